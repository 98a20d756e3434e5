package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.QuestionRules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for a duplicated question: the key gets "-copy", then "-copy-2", "-copy-3"… until one is
 * free; the title gets " (copy)". A copy of a copy counts on from the same base instead of
 * growing "-copy-copy".
 */
final class CopyNames {
    static final int MAX_KEY = 100; // QuestionRules' key pattern allows 1..100 characters
    private static final Pattern COPY_SUFFIX = Pattern.compile("(.+?)-copy(?:-\\d+)?");
    private static final String TITLE_SUFFIX = " (copy)";

    private CopyNames() {
    }

    /** The attempt-th candidate key (1 = "-copy", 2 = "-copy-2", …), never longer than a key may be. */
    static String key(String original, int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt counts from 1");
        }
        String base = original.strip();
        Matcher m = COPY_SUFFIX.matcher(base);
        if (m.matches()) {
            base = m.group(1);
        }
        String suffix = attempt == 1 ? "-copy" : "-copy-" + attempt;
        if (base.length() + suffix.length() > MAX_KEY) {
            base = base.substring(0, MAX_KEY - suffix.length());
        }
        return base + suffix;
    }

    static String title(String original) {
        String t = original == null ? "" : original.strip();
        if (t.endsWith(TITLE_SUFFIX)) {
            return t;
        }
        if (t.length() + TITLE_SUFFIX.length() > QuestionRules.MAX_TITLE) {
            t = t.substring(0, QuestionRules.MAX_TITLE - TITLE_SUFFIX.length());
        }
        return t + TITLE_SUFFIX;
    }
}
