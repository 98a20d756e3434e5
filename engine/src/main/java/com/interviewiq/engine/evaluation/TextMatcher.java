package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.cache.TextMemo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text prepared once for many keyword look-ups. Both the text and each keyword are folded the
 * same way (lower case, accents removed, split into words, each word {@link Stemmer stemmed}),
 * and a keyword matches when its words appear one after another in the text. Matching whole
 * words is what keeps "cas" out of "cascade" and "tree" out of "street"; comparing stems is
 * what lets "index" find "indexes" and "inner join" find "INNER   JOINS".
 *
 * <p>Any character that is not a letter or digit separates words, so "b-tree", "B_Tree" and
 * "b tree" are the same two words. Because people write such terms all three ways, a keyword of
 * several words also matches its run-together spelling ("b-tree" and "hash map" find "btree"
 * and "HashMap"), and a run-together keyword finds the punctuated spelling ("btree" finds
 * "b-tree", though not "b tree": splitting the text's words apart would invent matches). A
 * trailing "+" or "#" stays part of its word so that "C++" and "C#" are not taken for "c".
 *
 * <p>Work is linear in the text length (no regular expressions), so 20,000-character answers
 * are cheap. Instances are immutable and thread-safe.
 */
public final class TextMatcher {
    /** Stemmed words of the text, in order. */
    private final List<String> words;
    /** For a word that starts a punctuation-joined group ("b-tree"), the group's run-together stem ("btree"). */
    private final String[] joinedAt;
    /** Where that group ends (exclusive word index). */
    private final int[] joinedEnd;

    private TextMatcher(List<List<String>> groups) {
        words = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (List<String> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                words.add(Stemmer.stem(group.get(i)));
                joined.add(i == 0 && group.size() > 1 ? joinedStem(group) : null);
                ends.add(i == 0 ? words.size() - 1 + group.size() : -1);
            }
        }
        joinedAt = joined.toArray(String[]::new);
        joinedEnd = ends.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Prepares a text (null counts as empty). */
    public static TextMatcher of(String text) {
        return new TextMatcher(groups(text));
    }

    /** The folded, stemmed words of a text, e.g. "Naïve B-Trees" -> [naiv, b, tree]. */
    public static List<String> words(String text) {
        return List.copyOf(of(text).words);
    }

    /** Whether the keyword or phrase occurs in this text; a keyword without any word never matches. */
    public boolean matches(String keyword) {
        Keyword k = Keyword.of(keyword);
        Group[] wanted = k.groups();
        if (wanted.length == 0) {
            return false;
        }
        Group[] whole = k.whole();
        for (int pos = 0; pos < words.size(); pos++) {
            if (matchesFrom(wanted, 0, pos) || (wanted.length > 1 && matchesFrom(whole, 0, pos))) {
                return true;
            }
        }
        return false;
    }

    /** Whether keyword groups g.. match the text from word pos on; each group may be spelt apart or run together. */
    private boolean matchesFrom(Group[] wanted, int g, int pos) {
        if (g == wanted.length) {
            return true;
        }
        Group group = wanted[g];
        // the group's words one by one: "b-tree" in "b tree"
        if (wordsAt(group.words(), pos) && matchesFrom(wanted, g + 1, pos + group.words().length)) {
            return true;
        }
        if (pos >= words.size()) {
            return false;
        }
        // keyword spelt apart, text run together: "b-tree" in "btree"
        if (group.words().length > 1 && words.get(pos).equals(group.joined())
                && matchesFrom(wanted, g + 1, pos + 1)) {
            return true;
        }
        // keyword run together, text spelt apart: "btree" in "b-tree"
        return group.joined().equals(joinedAt[pos]) && matchesFrom(wanted, g + 1, joinedEnd[pos]);
    }

    private boolean wordsAt(String[] wanted, int pos) {
        if (pos + wanted.length > words.size()) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (!words.get(pos + i).equals(wanted[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A keyword folded and stemmed once per process, not once per answer: rubric keywords repeat
     * on every answer to their question, and stemming them was a quarter of the rubric scorer's
     * time. A keyword without any word has no groups and never matches.
     */
    private record Keyword(Group[] groups, Group[] whole) {
        private static final TextMemo<Keyword> COMPILED = new TextMemo<>(16_384, Keyword::compile);

        static Keyword of(String keyword) {
            return COMPILED.get(keyword);
        }

        private static Keyword compile(String keyword) {
            List<List<String>> groups = TextMatcher.groups(keyword);
            if (groups.isEmpty()) {
                return new Keyword(new Group[0], new Group[0]);
            }
            // the whole keyword as one group too, so that "hash map" also finds "HashMap"
            return new Keyword(groups.stream().map(Group::of).toArray(Group[]::new),
                    new Group[]{Group.of(groups.stream().flatMap(List::stream).toList())});
        }
    }

    /** One whitespace-delimited piece of a keyword: its stemmed words and its run-together stem. */
    private record Group(String[] words, String joined) {
        static Group of(List<String> raw) {
            String[] stems = raw.stream().map(Stemmer::stem).toArray(String[]::new);
            return new Group(stems, raw.size() > 1 ? joinedStem(raw) : stems[0]);
        }
    }

    private static String joinedStem(List<String> raw) {
        return Stemmer.stem(String.join("", raw));
    }

    /**
     * Splits a text into whitespace-delimited groups of folded words: "See (B-Tree), too" ->
     * [[see], [b, tree], [too]]. Groups without any word are dropped.
     */
    static List<List<String>> groups(String text) {
        List<List<String>> groups = new ArrayList<>();
        if (text == null) {
            return groups;
        }
        // lower-case first: some capitals ("İ") lower-case to a letter plus a combining mark
        String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> group = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isMark(cp)) {
                // an accent split off by NFD: "é" is now "e" + U+0301, and the accent goes
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if ((cp == '+' || cp == '#') && !word.isEmpty() && endsWord(s, i)) {
                next = symbolsEnd(s, i);
                word.append(s, i, next);
                endWord(word, group);
            } else {
                endWord(word, group);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    endGroup(group, groups);
                    group = new ArrayList<>();
                }
            }
            i = next;
        }
        endWord(word, group);
        endGroup(group, groups);
        return groups;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether the run of "+"/"#" starting at i closes a word ("c++ ", "c#,") rather than joining two ("a+b"). */
    private static boolean endsWord(String s, int i) {
        int end = symbolsEnd(s, i);
        return end == s.length() || !Character.isLetterOrDigit(s.codePointAt(end));
    }

    private static int symbolsEnd(String s, int i) {
        int end = i;
        while (end < s.length() && (s.charAt(end) == '+' || s.charAt(end) == '#')) {
            end++;
        }
        return end;
    }

    private static void endWord(StringBuilder word, List<String> group) {
        if (!word.isEmpty()) {
            group.add(word.toString());
            word.setLength(0);
        }
    }

    private static void endGroup(List<String> group, List<List<String>> groups) {
        if (!group.isEmpty()) {
            groups.add(group);
        }
    }
}
