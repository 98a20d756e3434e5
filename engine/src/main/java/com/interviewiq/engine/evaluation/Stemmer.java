package com.interviewiq.engine.evaluation;

/**
 * A small English suffix stripper: Porter's steps 1a-1c and 5 only (plurals, -ed, -ing, final
 * -e). Rubric keywords and answers go through the same function, so "indexes", "indexing" and
 * "index" meet on one stem, and so do "cache", "caches", "cached" and "caching". The stems are
 * not words ("cach", "queri"); they are only ever compared with each other.
 *
 * <p>Porter's measure and consonant-vowel-consonant rules are what keep unrelated words apart:
 * "case" keeps its e (so "cas" stays distinct), while "coding" gets its e back (so it meets
 * "code"). Stems shorter than {@value #MIN_STEM} letters are not produced: "used" and "uses"
 * would otherwise collapse onto the pronoun "us".
 */
final class Stemmer {
    private static final int MIN_STEM = 3;

    private Stemmer() {
    }

    /** The stem of one lower-case token; tokens with anything but a-z (digits, "c++") are left as they are. */
    static String stem(String token) {
        if (token.length() < MIN_STEM || !isAsciiWord(token)) {
            return token;
        }
        String w = pluralStep(token);
        w = edIngStep(w);
        w = yStep(w);
        return finalEStep(w);
    }

    /** Step 1a: "classes" -> "class", "queries" -> "queri", "trees" -> "tree"; "class" stays. */
    private static String pluralStep(String w) {
        if (w.endsWith("sses")) {
            return cut(w, 2);
        }
        if (w.endsWith("ies") && w.length() - 2 >= MIN_STEM) {
            return cut(w, 2);
        }
        if (w.endsWith("ss") || !w.endsWith("s")) {
            return w;
        }
        // "indexes", "caches", "hashes": the e belongs to the plural, not the word
        if (w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zes")) {
            return cut(w, 2);
        }
        return w.length() - 1 >= MIN_STEM ? cut(w, 1) : w;
    }

    /** Step 1b: "indexed"/"indexing" -> "index", "mapping" -> "map", "coding" -> "code". */
    private static String edIngStep(String w) {
        if (w.endsWith("eed")) {
            String stem = cut(w, 1);
            return measure(cut(w, 3)) > 0 ? stem : w;
        }
        String stem;
        if (w.endsWith("ed")) {
            stem = cut(w, 2);
        } else if (w.endsWith("ing")) {
            stem = cut(w, 3);
        } else {
            return w;
        }
        if (stem.length() < MIN_STEM || !hasVowel(stem)) {
            return w; // "string", "bed", "used"
        }
        if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
            return stem + "e"; // "related" -> "relate"
        }
        char last = stem.charAt(stem.length() - 1);
        if (endsWithDoubleConsonant(stem) && last != 'l' && last != 's' && last != 'z') {
            return cut(stem, 1); // "running" -> "run"
        }
        if (measure(stem) == 1 && endsCvc(stem)) {
            return stem + "e"; // "storing" -> "store"
        }
        return stem;
    }

    /** Step 1c: "query" -> "queri", so it meets "queries". */
    private static String yStep(String w) {
        if (w.endsWith("y") && hasVowel(cut(w, 1))) {
            return cut(w, 1) + "i";
        }
        return w;
    }

    /** Step 5: drop a final e ("cache" -> "cach") unless the word is short and cvc ("case", "code"). */
    private static String finalEStep(String w) {
        if (w.endsWith("e") && w.length() - 1 >= MIN_STEM) {
            String stem = cut(w, 1);
            int m = measure(stem);
            if (m > 1 || (m == 1 && !endsCvc(stem))) {
                return stem;
            }
        }
        if (w.endsWith("ll") && measure(w) > 1) {
            return cut(w, 1); // "controlling" -> "controll" -> "control"
        }
        return w;
    }

    private static String cut(String w, int n) {
        return w.substring(0, w.length() - n);
    }

    private static boolean isAsciiWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isConsonant(String w, int i) {
        return switch (w.charAt(i)) {
            case 'a', 'e', 'i', 'o', 'u' -> false;
            case 'y' -> i == 0 || !isConsonant(w, i - 1);
            default -> true;
        };
    }

    private static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!isConsonant(w, i)) {
                return true;
            }
        }
        return false;
    }

    /** Porter's m: how many vowel-run-then-consonant-run pairs the word has ("tree" 0, "cach" 1, "databas" 3). */
    private static int measure(String w) {
        int m = 0;
        boolean inVowels = false;
        for (int i = 0; i < w.length(); i++) {
            boolean consonant = isConsonant(w, i);
            if (consonant && inVowels) {
                m++;
            }
            inVowels = !consonant;
        }
        return m;
    }

    private static boolean endsWithDoubleConsonant(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && isConsonant(w, n - 1);
    }

    /** Ends consonant-vowel-consonant, the last not w, x or y ("cas", "cod", "stor"). */
    private static boolean endsCvc(String w) {
        int n = w.length();
        if (n < 3 || !isConsonant(w, n - 1) || isConsonant(w, n - 2) || !isConsonant(w, n - 3)) {
            return false;
        }
        char last = w.charAt(n - 1);
        return last != 'w' && last != 'x' && last != 'y';
    }
}
