package com.interviewiq.ui.questions;

import com.interviewiq.ui.common.QueuedFxThread;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static com.interviewiq.ui.common.QueuedFxThread.done;
import static org.assertj.core.api.Assertions.assertThat;

/** Saving from the question editor on a real engine (temporary H2 file), without a screen. */
class EditorCommandsTest {
    @TempDir
    Path dataDir;
    private Engine engine;
    private final QueuedFxThread fx = new QueuedFxThread();
    private final QuestionForm form = new QuestionForm();
    private final List<Question> saved = new ArrayList<>();
    private EditorCommands commands;

    @BeforeEach
    void open() {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of()));
        commands = new EditorCommands(form, questions(), fx, saved::add);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private QuestionBankService questions() {
        return engine.questions();
    }

    private static QuestionDraft draft(String key, String title) {
        return new QuestionDraft(key, "java", 2, title, "Prompt?", List.of("jvm"),
                List.of(new RubricCriterion("names it", 1, List.of("it"))), 300, QuestionStatus.READY);
    }


    private void settle(BooleanSupplier condition) {
        fx.settle(() -> !commands.saving().get() && condition.getAsBoolean());
    }

    @Test
    void aNewQuestionIsCreatedAndTheFormThenEditsIt() throws Exception {
        form.newFrom(draft("gc-1", "Explain GC"));
        commands.save();
        assertThat(commands.saving().get()).as("Save waits while one is on its way").isTrue();
        settle(() -> !saved.isEmpty());
        assertThat(form.message().get()).isEqualTo("Saved gc-1 (version 1).");
        assertThat(form.editing().get().key()).isEqualTo("gc-1");
        assertThat(done(questions().findByKey("gc-1"))).isPresent();
    }

    @Test
    void theFormsOwnProblemsStayOnTheFormAndNothingIsCalled() throws Exception {
        form.newFrom(draft("gc-1", "Explain GC"));
        form.difficulty().set("hard");
        commands.save();
        assertThat(commands.saving().get()).isFalse();
        assertThat(form.error("difficulty").get()).isNotBlank();
        assertThat(done(questions().count())).isZero();
    }

    @Test
    void theEnginesRefusalLandsAtTheField() throws Exception {
        done(questions().create(draft("gc-1", "Taken")));
        form.newFrom(draft("gc-1", "Another"));
        commands.save();
        settle(() -> !form.error("key").get().isBlank());
        assertThat(saved).isEmpty();
        assertThat(done(questions().count())).isEqualTo(1);
    }

    @Test
    void someoneElsesNewerSaveIsExplainedAndReloadShowsIt() throws Exception {
        Question stored = done(questions().create(draft("gc-1", "Explain GC")));
        form.edit(stored);
        done(questions().update(stored.id(), stored.version(), draft("gc-1", "Their title")));
        form.title().set("My title");
        commands.save();
        settle(() -> !commands.conflict().get().isEmpty());
        assertThat(commands.conflict().get()).contains("Someone else saved this question")
                .contains("it is now version 2; you edited version 1");
        assertThat(commands.canReload().get()).isTrue();
        assertThat(form.message().get()).isEqualTo("Not saved.");
        assertThat(done(questions().find(stored.id())).orElseThrow().title()).isEqualTo("Their title");

        commands.reload();
        settle(() -> commands.conflict().get().isEmpty());
        assertThat(form.title().get()).isEqualTo("Their title");
        assertThat(form.message().get()).isEqualTo("Reloaded version 2.");
        assertThat(commands.canReload().get()).isFalse();
    }
}
