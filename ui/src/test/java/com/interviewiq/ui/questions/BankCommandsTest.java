package com.interviewiq.ui.questions;

import com.interviewiq.ui.common.QueuedFxThread;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.questions.CategoryCount;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static com.interviewiq.ui.common.QueuedFxThread.done;
import static org.assertj.core.api.Assertions.assertThat;

/** The question bank's commands on a real engine (temporary H2 file), without a screen. */
class BankCommandsTest {
    @TempDir
    Path dataDir;
    private Engine engine;
    private final QueuedFxThread fx = new QueuedFxThread();
    private final QuestionBankViewModel model = new QuestionBankViewModel();
    private final List<Long> selected = new ArrayList<>();
    private final AtomicReference<List<CategoryCount>> categories = new AtomicReference<>();
    private BankCommands commands;

    @BeforeEach
    void open() throws Exception {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of()));
        for (int i = 1; i <= 3; i++) {
            done(questions().create(draft("q-" + i, i == 3 ? "sql" : "java")));
        }
        commands = new BankCommands(model, questions(), fx, 2); // pages of 2: the load pages
        commands.showWith(selected::add, categories::set);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private QuestionBankService questions() {
        return engine.questions();
    }

    private static QuestionDraft draft(String key, String category) {
        return new QuestionDraft(key, category, 2, "Title of " + key, "Prompt?", List.of(),
                List.of(new RubricCriterion("names it", 1, List.of("it"))), 300, QuestionStatus.READY);
    }


    private void settle(BooleanSupplier condition) {
        fx.settle(condition);
    }

    private Question row(String key) {
        return model.rows().stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aLoadPagesThroughTheBankAndAFilteredOneSaysHowManyOfAllMatchThenSelectsTheKeptRow() throws Exception {
        commands.bankChanged(null);
        settle(() -> model.rows().size() == 3 && categories.get() != null);
        assertThat(model.countText().get()).isEqualTo("3 questions");
        assertThat(categories.get()).extracting(CategoryCount::category).containsExactlyInAnyOrder("java", "sql");
        assertThat(selected).isEmpty();

        model.category().set("java");
        long kept = row("q-2").id();
        commands.reload(kept);
        settle(() -> model.rows().size() == 2);
        assertThat(model.countText().get()).isEqualTo("2 of 3 match");
        assertThat(selected).containsExactly(kept);
    }

    @Test
    void aBurstOfFilterChangesMakesOneReload() {
        commands.reloadSoon(() -> null);
        commands.reloadSoon(() -> null);
        commands.reloadSoon(() -> null);
        assertThat(fx.waiting()).isEqualTo(1);
        settle(() -> model.rows().size() == 3);
    }

    @Test
    void aCopyTakesTheFirstFreeKeyAndIsNotSaved() throws Exception {
        commands.reload(null);
        settle(() -> model.rows().size() == 3);
        AtomicReference<QuestionDraft> copy = new AtomicReference<>();
        commands.duplicate(row("q-1"), copy::set);
        settle(() -> copy.get() != null);
        assertThat(copy.get().key()).isEqualTo("q-1-copy");
        assertThat(copy.get().title()).isEqualTo("Title of q-1 (copy)");
        assertThat(done(questions().count())).as("nothing saved yet").isEqualTo(3);
        assertThat(commands.status().get()).isEqualTo("Copy of q-1 as q-1-copy: not saved yet, Save (Ctrl+S) adds it.");

        Question saved = done(questions().create(copy.get()));
        commands.saved(saved);
        settle(() -> model.rows().size() == 4);
        assertThat(selected).as("the saved question is selected").containsExactly(saved.id());
        assertThat(commands.status().get()).isEqualTo("Saved q-1-copy (version 1).");
        copy.set(null);
        commands.duplicate(row("q-1"), copy::set);
        settle(() -> copy.get() != null);
        assertThat(copy.get().key()).isEqualTo("q-1-copy-2");
    }

    @Test
    void aDeleteOfTheVersionShownRemovesItAndAStaleOneChangesNothing() throws Exception {
        commands.reload(null);
        settle(() -> model.rows().size() == 3);
        Question shown = row("q-1");
        done(questions().update(shown.id(), shown.version(), draft("q-1", "java").withTitle("Changed elsewhere")));
        List<Question> deleted = new ArrayList<>();
        commands.delete(shown, deleted::add);
        settle(() -> commands.status().get().startsWith("Not deleted"));
        assertThat(deleted).isEmpty();
        assertThat(done(questions().count())).isEqualTo(3);
        settle(() -> row("q-1").title().equals("Changed elsewhere"));

        commands.delete(row("q-1"), deleted::add);
        settle(() -> model.rows().size() == 2);
        assertThat(deleted).extracting(Question::key).containsExactly("q-1");
        assertThat(commands.status().get()).isEqualTo("Deleted q-1.");
        assertThat(done(questions().findByKey("q-1"))).isEmpty();
    }
}
