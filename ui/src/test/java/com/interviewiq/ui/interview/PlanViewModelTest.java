package com.interviewiq.ui.interview;

import com.interviewiq.ui.common.QueuedFxThread;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.questions.CategoryCount;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.SessionStatus;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.engine.validation.FieldError;
import com.interviewiq.engine.validation.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import static com.interviewiq.ui.common.QueuedFxThread.done;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan form's view model on a real engine (temporary H2 file), without a screen. */
class PlanViewModelTest {
    @TempDir
    Path dataDir;
    private Engine engine;
    private final QueuedFxThread fx = new QueuedFxThread();
    private PlanViewModel model;

    @BeforeEach
    void open() {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of()));
        model = new PlanViewModel(engine.questions(), engine.sessions(), fx);
    }

    @AfterEach
    void close() {
        engine.close();
    }


    private void settle(BooleanSupplier condition) {
        fx.settle(condition);
    }

    private void question(String key, String category, QuestionStatus status) throws Exception {
        done(engine.questions().create(new QuestionDraft(key, category, 2, "Title " + key, "Prompt?", List.of(),
                List.of(new RubricCriterion("names it", 1, List.of("it"))), 300, status)));
    }

    @Test
    void anEmptyBankSaysWhereTheSampleBankIs() {
        model.refresh();
        settle(() -> !model.message().get().isEmpty());
        assertThat(model.message().get()).startsWith("The question bank has no ready questions yet");
        assertThat(model.categories()).isEmpty();
        assertThat(model.unfinished()).isEmpty();
    }

    @Test
    void onlyCategoriesWithReadyQuestionsAreOfferedAndEveryOpenInterviewIsListedNewestFirst() throws Exception {
        question("j-1", "Java", QuestionStatus.READY);
        question("s-1", "SQL", QuestionStatus.DRAFT);
        var sessions = engine.sessions();
        long planned = done(sessions.create(new NewSession("Planned", "Grace", List.of("Java"), 1, null))).id();
        long paused = done(sessions.create(new NewSession("Paused", "Grace", List.of("Java"), 1, null))).id();
        done(sessions.start(paused));
        done(sessions.next(paused));
        done(sessions.pause(paused));
        long finished = done(sessions.create(new NewSession("Done", "Grace", List.of("Java"), 1, null))).id();
        done(sessions.start(finished));
        done(sessions.abandon(finished));

        model.refresh();
        settle(() -> !model.categories().isEmpty() && model.unfinished().size() == 2);
        assertThat(model.categories()).extracting(CategoryCount::category).containsExactly("Java");
        assertThat(model.unfinished()).extracting(SessionSummary::id).containsExactly(paused, planned);
        assertThat(model.unfinished()).extracting(SessionSummary::status)
                .containsExactly(SessionStatus.PAUSED, SessionStatus.PLANNED);
        assertThat(model.message().get()).isEmpty();
    }

    @Test
    void minutesMustBeAWholeNumberAndBecomeSeconds() {
        model.candidate().set("Ada");
        model.interviewer().set("Grace");
        model.minutes().set("half an hour");
        assertThat(model.plan(List.of("Java"), 5)).isEmpty();
        assertThat(model.error("timeLimitSeconds").get()).isEqualTo("Total time: a whole number of minutes, or empty for no limit");

        model.minutes().set(" 30 ");
        Optional<NewSession> plan = model.plan(List.of("Java"), 5);
        assertThat(plan).contains(new NewSession("Ada", "Grace", List.of("Java"), 5, 1800));
        assertThat(model.error("timeLimitSeconds").get()).as("cleared by a good plan").isEmpty();
        model.minutes().set("");
        assertThat(model.plan(List.of("Java"), 5).orElseThrow().timeLimitSeconds()).isNull();
    }

    @Test
    void theEnginesRefusalGoesBesideEachFieldAndAnythingElseUnderTheButton() {
        model.showError(new ValidationException(List.of(FieldError.of("candidate", "is required"),
                FieldError.of("track", "must name at least one category"), FieldError.of("other", "is odd"))));
        assertThat(model.error("candidate").get()).isEqualTo("Candidate is required");
        assertThat(model.error("track").get()).isEqualTo("Categories: must name at least one category");
        assertThat(model.message().get()).contains("other").contains("is odd");

        model.showError(new IllegalStateException("the database is unavailable"));
        assertThat(model.message().get()).isEqualTo("Could not start: the database is unavailable");

        model.candidate().set("Ada");
        model.interviewer().set("Grace");
        model.reset();
        assertThat(model.candidate().get()).isEmpty();
        assertThat(model.interviewer().get()).as("the interviewer stays for the next interview").isEqualTo("Grace");
        assertThat(model.error("candidate").get()).isEmpty();
    }
}
