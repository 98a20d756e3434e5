package com.interviewiq.engine.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence says the opposite of a criterion while using its words, which sentence
 * embeddings cannot tell: "a HashMap is thread-safe, so no synchronisation is needed" lies as close
 * to "HashMap is not thread-safe; concurrent writes need synchronisation" as a correct answer does.
 *
 * <p>A known limit, chosen on the labelled answers: a correct sentence that says the negative
 * without a negation word ("sharing a HashMap between writing threads corrupts it" for "HashMap is
 * not thread-safe") reads as a contradiction; requiring the negated words on both sides spared
 * those and lost half the wrong answers, which state the opposite in their own words as often.
 *
 * <p>Both texts are cut into clauses; each clause of the criterion is lined up with the sentence's
 * clause that shares most of its content words (stemmed, without function words). A pair votes
 * "contradicts" when one side is negated and the other is not (an odd number of negation words:
 * not, no, never, without, n't ...), or when the sentence uses the opposite of one of the
 * criterion's words (faster for slower, runtime for compile time) and not the word itself; it
 * votes "agrees" otherwise, and one contradicting clause makes the sentence contradict the
 * criterion. Deterministic and cheap: a few hundred word comparisons.
 */
final class Contradiction {
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[,;:()\\u2014\\u2013]|\\s-\\s|\\b(?:but|so|because|while|whereas|although|though|since|however|hence|therefore|thus|which|unless|otherwise|instead)\\b");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nothing", "neither", "nor",
            "without", "cannot", "unnecessary", "irrelevant", "nobody", "nowhere");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "is", "are", "was", "were", "be", "been",
            "being", "it", "its", "it's", "this", "that", "these", "those", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "as", "and", "or", "if", "then", "than", "do", "does", "did", "can", "could", "will", "would",
            "should", "must", "may", "might", "has", "have", "had", "you", "your", "we", "our", "i", "my", "they", "them",
            "their", "he", "she", "one", "some", "any", "each", "every", "all", "also", "just", "only", "very", "really",
            "into", "about", "like", "such", "e", "g", "eg", "ie", "etc", "what", "which", "who", "how", "when", "where",
            "why", "there", "here", "so", "up", "out", "get", "gets", "make", "makes", "use", "uses", "used", "using",
            "need", "needs", "needed", "way", "thing", "things", "something", "t", "s", "not", "no", "never");
    /** Opposites, both ways; stemmed like the texts. */
    private static final Map<String, Set<String>> OPPOSITES = opposites(
            "fast slow", "faster slower", "quick slow", "increase decrease", "increases decreases", "more less",
            "more fewer", "higher lower", "high low", "larger smaller", "bigger smaller", "safe unsafe",
            "mutable immutable", "synchronous asynchronous", "before after", "cheap expensive", "cheaper costlier",
            "compile runtime", "compiler runtime", "checked unchecked", "stable unstable", "sorted unsorted",
            "true false", "always rarely", "ascending descending", "static dynamic", "strong weak", "strongly eventually",
            "blocking nonblocking", "sequential parallel", "private public", "first last", "most least",
            "better worse", "improve degrade", "reduce increase", "add remove", "deterministic random", "correct wrong",
            "valid invalid", "consistent inconsistent", "independent dependent", "isolated shared", "same different");

    private Contradiction() {
    }

    /** How close two clauses are in meaning (cosine), to tell a claim about the same thing from one that shares a word. */
    @FunctionalInterface
    interface ClauseSimilarity {
        double of(String criterionClause, String sentenceClause);
    }

    /**
     * A clause pair this close is about the same thing; below it a shared word ("equals") is a
     * coincidence. Calibrated with the weights (0.3-0.6 tried; higher spares more correct answers
     * and lets more wrong ones through).
     */
    static final double SAME_THING = 0.30;

    /** Without a model: every aligned pair counts (tests of the word rules). */
    static String between(String criterion, String sentence) {
        return between(criterion, sentence, (a, b) -> 1);
    }

    /** The contradicting word pair or negation, e.g. "'thread safe' negated", or null when the sentence does not contradict. */
    static String between(String criterion, String sentence, ClauseSimilarity similarity) {
        List<Clause> wanted = clauses(criterion);
        List<Clause> said = clauses(sentence);
        Set<String> wantedNegated = negatedWords(wanted);
        Set<String> saidNegated = negatedWords(said);
        int contra = 0;
        String why = null;
        for (Clause c : wanted) {
            Clause best = null;
            int bestShared = 0;
            boolean bestAgrees = false;
            for (Clause s : said) {
                int shared = shared(c, s);
                boolean agrees = negatedFor(c, saidNegated) == negatedFor(s, wantedNegated) && opposite(c, s) == null;
                // on a tie the agreeing clause wins: one clause that says it right is enough
                if (shared > bestShared || (shared == bestShared && shared > 0 && agrees && !bestAgrees)) {
                    best = s;
                    bestShared = shared;
                    bestAgrees = agrees;
                }
            }
            if (best == null) {
                continue;
            }
            if (!bestAgrees && similarity.of(c.text.strip(), best.text.strip()) >= SAME_THING) {
                contra += bestShared;
                if (why == null) {
                    String opposite = opposite(c, best);
                    why = opposite != null ? opposite
                            : "'" + best.text.strip() + "' " + (negatedFor(best, wantedNegated) ? "denies" : "asserts") + " what the criterion "
                            + (negatedFor(c, saidNegated) ? "denies" : "asserts");
                }
            }
        }
        // one contradicted clause is enough, however much the rest agrees: a wrong answer stuffed with
        // the rubric's words agrees on most of them (calibrated: see SemanticScorer)
        return contra > 0 ? why : null;
    }

    private static int shared(Clause c, Clause s) {
        int n = 0;
        for (String w : c.content) {
            if (s.content.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** "'faster' where the criterion says 'slower'", when the sentence uses an opposite and not the word itself. */
    private static String opposite(Clause c, Clause s) {
        for (String w : c.words) {
            Set<String> opposites = OPPOSITES.get(w);
            if (opposites == null || s.words.contains(w)) {
                continue;
            }
            for (String o : opposites) {
                if (s.words.contains(o) && !c.words.contains(o)) {
                    return "'" + s.raw(o) + "' where the criterion says '" + c.raw(w) + "'";
                }
            }
        }
        return null;
    }

    /** The words each negation of the text applies to ("no preemption" gives "preemption"). */
    private static Set<String> negatedWords(List<Clause> clauses) {
        Set<String> out = new HashSet<>();
        clauses.forEach(c -> out.addAll(c.negatedWords));
        return out;
    }

    /**
     * Whether a clause is negated as read beside the other text: an odd number of negations, not
     * counting one the other text puts before the same word ("no preemption" in a list of the
     * Coffman conditions is a term both use, not a denial).
     */
    private static boolean negatedFor(Clause a, Set<String> otherNegated) {
        int n = 0;
        for (String w : a.negatedWords) {
            if (otherNegated.stream().noneMatch(o -> sameRoot(w, o))) {
                n++;
            }
        }
        return n % 2 == 1;
    }

    /** Stems of one word family: the stemmer leaves "declared" as "declar" but "declaration" whole. */
    private static boolean sameRoot(String a, String b) {
        return a.equals(b) || (a.length() >= 5 && b.length() >= 5 && a.regionMatches(0, b, 0, 5));
    }

    private record Clause(String text, List<String> words, Set<String> content, Map<String, String> rawByStem,
                          List<String> negatedWords) {
        String raw(String stem) {
            return rawByStem.getOrDefault(stem, stem);
        }
    }

    /**
     * The clauses {@link #between} may ask the similarity of, as it passes them: the scorer embeds a
     * criterion's when the question is served, not while the answer waits.
     */
    static List<String> clauseTexts(String text) {
        return clauses(text).stream().map(c -> c.text.strip()).distinct().toList();
    }

    static List<Clause> clauses(String text) {
        List<Clause> out = new ArrayList<>();
        String normal = normalise(text);
        for (String part : CLAUSE_BREAK.split(normal)) {
            List<String> raw = new ArrayList<>();
            for (String w : part.split("[^\\p{L}\\p{N}+#]+")) {
                if (!w.isEmpty()) {
                    raw.add(w);
                }
            }
            if (raw.isEmpty()) {
                continue;
            }
            List<String> negatedWords = new ArrayList<>();
            List<String> words = new ArrayList<>();
            Set<String> content = new HashSet<>();
            Map<String, String> rawByStem = new java.util.HashMap<>();
            for (int i = 0; i < raw.size(); i++) {
                String w = raw.get(i);
                if (NEGATIONS.contains(w)) {
                    negatedWords.add(nextContent(raw, i));
                }
                String stem = Stemmer.stem(w);
                words.add(stem);
                rawByStem.putIfAbsent(stem, w);
                if (!FUNCTION_WORDS.contains(w) && !NEGATIONS.contains(w)) {
                    content.add(stem);
                }
            }
            out.add(new Clause(part, words, content, rawByStem, negatedWords));
        }
        return out;
    }

    /** The stem of the first content word after position i ("" when none): what a negation there applies to. */
    private static String nextContent(List<String> raw, int i) {
        for (int k = i + 1; k < raw.size(); k++) {
            String w = raw.get(k);
            if (!FUNCTION_WORDS.contains(w) && !NEGATIONS.contains(w)) {
                return Stemmer.stem(w);
            }
        }
        return "";
    }

    /** Lower case, "n't" and "cannot" spelt out, hyphens and "thread-safe" kept as words. */
    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("\\bcan't\\b|\\bcannot\\b", "can not")
                .replaceAll("\\bwon't\\b", "will not")
                .replaceAll("n't\\b", " not")
                .replace('-', ' ');
    }

    private static Map<String, Set<String>> opposites(String... pairs) {
        Map<String, Set<String>> map = new java.util.HashMap<>();
        for (String pair : pairs) {
            String[] p = pair.split(" ");
            String a = Stemmer.stem(p[0]);
            String b = Stemmer.stem(p[1]);
            map.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            map.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
        return Map.copyOf(map);
    }
}
