package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.evaluation.semantic.SentenceEmbedder;

import com.interviewiq.engine.questions.RubricCriterion;
import com.interviewiq.engine.transfer.SampleBankExamples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Embeddings of the texts every answer to a question is compared with (its prompt, its criteria
 * and their parts), computed once per process rather than once per answer. Bounded: a bank of
 * a few thousand questions fits; beyond that the least recently used go.
 */
final class EmbeddingCache {
    private static final int SIZE = 4096;
    /** Where a criterion's list splits into parts: "Causes: timing, shared state or real network". */
    private static final Pattern PART_BREAK = Pattern.compile("[;,()]|\\bor\\b|\\band\\b");

    private final SentenceEmbedder embedder;
    private final Map<String, List<float[]>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<float[]>> eldest) {
            return size() > SIZE;
        }
    };

    EmbeddingCache(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** An answer's clause: cached too, though answers rarely repeat (a few per answer, only those the contradiction check weighs). */
    float[] clause(String text) {
        return get(text);
    }

    float[] get(String text) {
        return lookUp("=" + text, () -> List.of(text)).getFirst();
    }

    /** The criterion's parts of two words or more, each with the criterion's heading ("Causes: shared state"); none for a plain one. */
    List<float[]> parts(String criterion) {
        return lookUp("/" + criterion, () -> parts0(criterion));
    }

    /**
     * The criterion's parts and then its example answers (its own, or the sample bank's for a criterion
     * of the same text): the texts of the scorer's "parts" similarity.
     */
    List<float[]> partsAndExamples(RubricCriterion c) {
        List<float[]> parts = parts(c.criterion());
        List<String> examples = SampleBankExamples.of(c);
        if (examples.isEmpty()) {
            return parts;
        }
        List<float[]> all = new ArrayList<>(parts);
        examples.forEach(e -> all.add(get(e)));
        return all;
    }

    static List<String> parts0(String criterion) {
        int colon = criterion.indexOf(':');
        String head = colon >= 0 ? criterion.substring(0, colon).strip() : "";
        String rest = colon >= 0 ? criterion.substring(colon + 1) : criterion;
        List<String> out = new ArrayList<>();
        for (String p : PART_BREAK.split(rest)) {
            p = p.strip();
            if (p.split("\\s+").length >= 2) {
                out.add(head.isEmpty() ? p : head + ": " + p);
            }
        }
        return out;
    }

    private List<float[]> lookUp(String key, java.util.function.Supplier<List<String>> texts) {
        synchronized (cache) {
            List<float[]> hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        List<String> t = texts.get();
        List<float[]> v = t.isEmpty() ? List.of() : List.copyOf(embedder.embed(t));
        synchronized (cache) {
            cache.put(key, v);
        }
        return v;
    }
}
