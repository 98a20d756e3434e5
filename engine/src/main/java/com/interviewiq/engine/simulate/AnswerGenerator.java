package com.interviewiq.engine.simulate;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.RubricCriterion;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Typed answers of varied quality for load generation: strong answers mention every rubric
 * point, partial ones about half, weak ones none. Repeatable for a given seed.
 */
final class AnswerGenerator {
    private AnswerGenerator() {
    }

    static String answer(Question q, SplittableRandom random) {
        double quality = random.nextDouble();
        List<String> said = new ArrayList<>();
        for (RubricCriterion c : q.rubric()) {
            boolean mention = quality > 0.6 || (quality > 0.25 && random.nextBoolean());
            if (mention && !c.keywords().isEmpty()) {
                said.add(c.keywords().get(random.nextInt(c.keywords().size())));
            }
        }
        if (said.isEmpty()) {
            return "I am not sure about this one; I would look it up and discuss it with the team.";
        }
        return "My approach: I would consider " + String.join(", then ", said)
                + ". I would also explain the trade-offs to the interviewer.";
    }
}
