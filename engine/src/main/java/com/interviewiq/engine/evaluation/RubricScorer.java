package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.RubricCriterion;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Scores an answer against a question's rubric by keyword matching. It needs no network and
 * gives the same verdict for the same input every time, which is why it is the evaluator of
 * last resort: the console can always show a score, even offline.
 *
 * <p>A criterion is met when any of its keywords occurs in the answer ({@link TextMatcher}); the
 * score is the met share of the total weight, rounded half up, 0..100.
 */
public final class RubricScorer {
    /** How many keywords of a missed criterion the feedback suggests. */
    private static final int EXAMPLES = 3;

    public Evaluation score(Question question, String answer) {
        List<RubricCriterion> rubric = question.rubric();
        if (answer == null || answer.isBlank()) {
            List<CriterionMark> marks = rubric.stream()
                    .map(c -> new CriterionMark(c.criterion(), c.weight(), false, List.of()))
                    .toList();
            return new Evaluation(0, marks, "No answer was given, so no criterion was met.",
                    EvaluatorSource.RUBRIC, null);
        }
        TextMatcher text = TextMatcher.of(answer);
        List<CriterionMark> marks = new ArrayList<>(rubric.size());
        for (RubricCriterion criterion : rubric) {
            List<String> matched = criterion.keywords().stream().filter(text::matches).toList();
            marks.add(new CriterionMark(criterion.criterion(), criterion.weight(), !matched.isEmpty(), matched));
        }
        int score = score(marks);
        return new Evaluation(score, marks, feedback(rubric, marks, score), EvaluatorSource.RUBRIC, null);
    }

    /** round(100 * met weight / total weight); 0 for a rubric without weight, where nothing can be earned. */
    static int score(List<CriterionMark> marks) {
        // weights are validated to 1..10 on save; a negative one must not push the score out of 0..100
        long total = marks.stream().mapToLong(m -> Math.max(0, m.weight())).sum();
        long met = marks.stream().filter(CriterionMark::met).mapToLong(m -> Math.max(0, m.weight())).sum();
        return total == 0 ? 0 : (int) Math.round(100.0 * met / total);
    }

    private static String feedback(List<RubricCriterion> rubric, List<CriterionMark> marks, int score) {
        if (rubric.isEmpty()) {
            return "This question has no rubric, so the answer cannot be scored automatically.";
        }
        long metCount = marks.stream().filter(CriterionMark::met).count();
        StringBuilder out = new StringBuilder()
                .append("Met ").append(metCount).append(" of ").append(marks.size())
                .append(marks.size() == 1 ? " criterion" : " criteria")
                .append(" (score ").append(score).append("/100).");
        for (int i = 0; i < marks.size(); i++) {
            CriterionMark mark = marks.get(i);
            out.append('\n');
            if (mark.met()) {
                out.append("Met: ").append(mark.criterion()).append(" (found ").append(quoted(mark.matched())).append(')');
            } else {
                out.append("Missed: ").append(mark.criterion());
                List<String> examples = rubric.get(i).keywords().stream().limit(EXAMPLES).toList();
                if (!examples.isEmpty()) {
                    out.append(" (expected e.g. ").append(quoted(examples)).append(')');
                }
            }
        }
        return out.toString();
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
    }
}
