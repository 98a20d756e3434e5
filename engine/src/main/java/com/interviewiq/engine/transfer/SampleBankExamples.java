package com.interviewiq.engine.transfer;

import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.RubricCriterion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled sample bank's example answers, by criterion text. A bank imported from the sample
 * file before criteria had example answers holds the same criteria without them; the semantic scorer
 * borrows these for a criterion whose text is unchanged, so an existing bank gains them with no
 * migration, while a criterion someone reworded keeps its own (none), not examples written for other
 * words.
 */
public final class SampleBankExamples {
    private SampleBankExamples() {
    }

    /** The criterion's own examples, or the sample bank's for the same text, or none. */
    public static List<String> of(RubricCriterion c) {
        if (!c.examples().isEmpty() || c.criterion() == null) {
            return c.examples();
        }
        return Holder.BY_TEXT.getOrDefault(c.criterion(), List.of());
    }

    private static final class Holder {
        static final Map<String, List<String>> BY_TEXT = load();
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> byText = new HashMap<>();
        for (QuestionDraft d : SampleBankFile.drafts()) {
            for (RubricCriterion c : d.rubric()) {
                if (c != null && c.criterion() != null && !c.examples().isEmpty()) {
                    byText.putIfAbsent(c.criterion(), c.examples());
                }
            }
        }
        return Map.copyOf(byText);
    }
}
