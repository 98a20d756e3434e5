package com.interviewiq.engine.evaluation.semantic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an answer into the sentences the semantic evaluator compares with each criterion, and
 * sentences into clauses for the contradiction check. A sentence ends at '.', '!', '?' or a line
 * break followed by white space (so "a.equals(b)", "1.5" and "e.g. this" stay whole), at ';', and
 * at list bullets. Very long sentences are cut into pieces of at most {@link #MAX_CHARS}
 * characters at a word boundary: the model reads 256 word pieces at most, and a long run-on
 * sentence says several things.
 */
public final class Sentences {
    /** About 60 words: well inside the model's window. */
    static final int MAX_CHARS = 400;
    /** Abbreviations whose full stop does not end a sentence. */
    private static final List<String> ABBREVIATIONS = List.of("e.g", "i.e", "etc", "vs", "cf", "approx", "incl", "resp");

    private Sentences() {
    }

    /** The answer's sentences in order, stripped; none for a blank answer. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder current = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == ';' || c == '\u2022') {
                flush(current, out);
                continue;
            }
            current.append(c);
            if ((c == '.' || c == '!' || c == '?' || c == '\u3002') && endsSentence(text, i, current)) {
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    /** A full stop ends a sentence when white space or the end follows and it does not close an abbreviation. */
    private static boolean endsSentence(String text, int i, StringBuilder current) {
        if (text.charAt(i) == '\u3002') {
            return true;
        }
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        String before = current.substring(0, current.length() - 1).strip();
        int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('('));
        String lastWord = before.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
        return !ABBREVIATIONS.contains(lastWord);
    }

    private static void flush(StringBuilder current, List<String> out) {
        String s = current.toString().strip();
        current.setLength(0);
        // bullets and numbering ("- ", "* ", "1) ") are not part of what is said
        s = s.replaceFirst("^([-*+>]|\\d{1,2}[.)])\\s+", "").strip();
        while (s.length() > MAX_CHARS) {
            int cut = s.lastIndexOf(' ', MAX_CHARS);
            cut = cut < MAX_CHARS / 2 ? MAX_CHARS : cut;
            add(s.substring(0, cut), out);
            s = s.substring(cut).strip();
        }
        add(s, out);
    }

    private static void add(String s, List<String> out) {
        if (s.codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(s);
        }
    }
}
