package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;
import com.interviewiq.engine.validation.FieldError;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's view model without a screen: text to draft, rubric rows, errors beside fields. */
class QuestionFormTest {
    private static final Question STORED = new Question(7, "gc-1", "jvm", 3, "Explain GC", "How does GC work?",
            List.of("jvm", "gc"), List.of(new RubricCriterion("Generations", 2, List.of("young", "old")),
            new RubricCriterion("Pauses", 1, List.of("stop the world"))), 240, QuestionStatus.DRAFT, 4,
            Instant.EPOCH, Instant.EPOCH);

    @Test
    void aStoredQuestionRoundTripsThroughTheForm() {
        QuestionForm f = new QuestionForm();
        f.edit(STORED);
        assertThat(f.tags().get()).isEqualTo("jvm, gc");
        assertThat(f.criteria().getFirst().keywords().get()).isEqualTo("young, old");
        QuestionForm.Parsed p = f.parse();
        assertThat(p.ok()).isTrue();
        assertThat(p.draft()).isEqualTo(STORED.toDraft());
        assertThat(f.isNew()).isFalse();
    }

    @Test
    void exampleAnswersAreOnePerLineAndSurviveAnEdit() {
        Question withExamples = new Question(8, "gc-2", "jvm", 3, "Explain GC", "How does GC work?", List.of("jvm"),
                List.of(new RubricCriterion("Generations", 2, List.of("young"),
                        List.of("Most objects die young, so new ones live in a small area that is swept often.",
                                "Long-lived objects move to a bigger area, collected rarely."))),
                240, QuestionStatus.READY, 1, Instant.EPOCH, Instant.EPOCH);
        QuestionForm f = new QuestionForm();
        f.edit(withExamples);
        assertThat(f.criteria().getFirst().examples().get()).contains("\n").contains("swept often.");
        assertThat(f.parse().draft()).as("saved unchanged: nothing lost").isEqualTo(withExamples.toDraft());

        f.criteria().getFirst().examples().set("  First, with a comma.  \n\n Second one.\r\n");
        assertThat(f.isDirty()).isTrue();
        assertThat(f.parse().draft().rubric().getFirst().examples()).containsExactly("First, with a comma.", "Second one.");

        f.showErrors(List.of(FieldError.of("rubric[0].examples[1]", "must be at most 300 characters"),
                FieldError.of("rubric[0].examples", "at most 5 example answers, got 6")));
        assertThat(f.criteria().getFirst().error().get())
                .isEqualTo("Example answer 2 must be at most 300 characters; Example answers: at most 5 example answers, got 6");
    }

    @Test
    void commasSeparateAndBlanksAreDropped() {
        assertThat(QuestionForm.split(" a, b,,c , ")).containsExactly("a", "b", "c");
        assertThat(QuestionForm.split("   ")).isEmpty();
        assertThat(QuestionForm.split(null)).isEmpty();
    }

    @Test
    void rubricRowsMoveAndStayInBounds() {
        QuestionForm f = new QuestionForm();
        f.edit(STORED);
        f.addCriterion();
        f.criteria().get(2).criterion().set("Tuning");
        f.moveUp(2);
        assertThat(names(f)).containsExactly("Generations", "Tuning", "Pauses");
        f.moveUp(0);
        f.moveDown(2);
        assertThat(names(f)).containsExactly("Generations", "Tuning", "Pauses");
        f.moveDown(0);
        assertThat(names(f)).containsExactly("Tuning", "Generations", "Pauses");
        f.removeCriterion(1);
        assertThat(names(f)).containsExactly("Tuning", "Pauses");
        assertThat(f.parse().draft().rubric()).extracting(RubricCriterion::criterion).containsExactly("Tuning", "Pauses");
    }

    private static List<String> names(QuestionForm f) {
        return f.criteria().stream().map(c -> c.criterion().get()).toList();
    }

    @Test
    void engineErrorsLandBesideTheirFields() {
        QuestionForm f = new QuestionForm();
        f.edit(STORED);
        f.showErrors(List.of(FieldError.of("title", "is required"), FieldError.of("difficulty", "must be 1..5, got 9"),
                FieldError.of("tags[1]", "repeats 'GC'"), FieldError.of("tags", "at most 20 tags, got 21"),
                FieldError.of("timeLimitSeconds", "must be 10..7200 seconds, got 5"),
                FieldError.of("rubric[1].weight", "must be 1..10, got 0"),
                FieldError.of("rubric[1].keywords", "needs at least one expected keyword or phrase"),
                FieldError.of("rubric[0]", "must not be empty"), FieldError.of("rubric", "at most 10 criteria, got 11")));
        assertThat(f.error("title").get()).isEqualTo("Title is required");
        assertThat(f.error("difficulty").get()).isEqualTo("Difficulty must be 1..5, got 9");
        assertThat(f.error("tags").get()).isEqualTo("Tag 2 repeats 'GC'; Tags: at most 20 tags, got 21");
        assertThat(f.error("timeLimitSeconds").get()).isEqualTo("Time limit must be 10..7200 seconds, got 5");
        assertThat(f.criteria().get(1).error().get())
                .isEqualTo("Weight must be 1..10, got 0; Keywords needs at least one expected keyword or phrase");
        assertThat(f.criteria().get(0).error().get()).isEqualTo("Criterion 1 must not be empty");
        assertThat(f.error("rubric").get()).isEqualTo("Rubric: at most 10 criteria, got 11");
        assertThat(f.error("key").get()).isEmpty();
        assertThat(f.message().get()).isEqualTo("Not saved: fix the 9 problems marked in red.");

        f.clearErrors();
        assertThat(f.error("title").get()).isEmpty();
        assertThat(f.criteria().get(1).error().get()).isEmpty();
    }

    @Test
    void anErrorForARowThatIsGoneOrAnUnknownFieldIsStillShown() {
        QuestionForm f = new QuestionForm();
        f.showErrors(List.of(FieldError.of("rubric[5].criterion", "is required")));
        assertThat(f.error("rubric").get()).isEqualTo("Criterion text is required");
        f.showErrors(List.of(FieldError.of("owner", "is unknown")));
        assertThat(f.message().get()).isEqualTo("Not saved: owner is unknown");
    }

    @Test
    void textThatIsNoNumberIsReportedWithTheOtherProblems() {
        QuestionForm f = new QuestionForm();
        f.edit(STORED);
        f.difficulty().set("hard");
        f.timeLimit().set("");
        f.title().set("");
        f.criteria().get(1).weight().set("heavy");
        f.criteria().get(0).weight().set(" ");
        QuestionForm.Parsed p = f.parse();
        assertThat(p.ok()).isFalse();
        assertThat(p.problems()).containsExactlyInAnyOrder(
                FieldError.of("difficulty", "must be a whole number 1..5, got 'hard'"),
                FieldError.of("rubric[1].weight", "must be a whole number 1..10, got 'heavy'"),
                FieldError.of("rubric[0].weight", "is required (1..10)"),
                FieldError.of("title", "is required"));
        // a blank time limit is no problem: the engine's default applies
        assertThat(p.draft().timeLimitSeconds()).isNull();
    }

    @Test
    void aNewFormHasTheDefaultsAndADuplicateIsUnsaved() {
        QuestionForm f = new QuestionForm();
        assertThat(f.isNew()).isTrue();
        assertThat(f.timeLimit().get()).isEqualTo("300");
        assertThat(f.status().get()).isEqualTo(QuestionStatus.READY);
        assertThat(f.criteria()).hasSize(1);
        f.edit(STORED);
        QuestionDraft copy = STORED.toDraft().withKey("gc-1-copy");
        f.newFrom(copy);
        assertThat(f.isNew()).isTrue();
        assertThat(f.parse().draft()).isEqualTo(copy);
        assertThat(f.isDirty()).as("a duplicate was never saved").isTrue();
    }

    @Test
    void theFormKnowsWhenSomethingTypedWouldBeLost() {
        QuestionForm f = new QuestionForm();
        assertThat(f.isDirty()).isFalse();
        f.edit(STORED);
        assertThat(f.isDirty()).isFalse();
        f.title().set("Changed");
        assertThat(f.isDirty()).isTrue();
        f.title().set(STORED.title());
        assertThat(f.isDirty()).as("typed back to what was stored").isFalse();
        f.criteria().getFirst().keywords().set("new, words");
        assertThat(f.isDirty()).isTrue();
        f.edit(STORED);
        assertThat(f.isDirty()).isFalse();
    }
}
