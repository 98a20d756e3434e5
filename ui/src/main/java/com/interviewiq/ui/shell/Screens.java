package com.interviewiq.ui.shell;

import com.interviewiq.ui.common.EngineRestart;
import com.interviewiq.ui.common.UiState;
import com.interviewiq.ui.common.Navigator;
import com.interviewiq.ui.common.ConsoleContext;
import com.interviewiq.ui.common.Views;
import com.interviewiq.engine.Engine;
import com.interviewiq.ui.health.HealthScreen;
import com.interviewiq.ui.interview.InterviewScreen;
import com.interviewiq.ui.questions.QuestionBankScreen;
import com.interviewiq.ui.sessions.SessionsScreen;
import com.interviewiq.ui.settings.SettingsScreen;
import com.interviewiq.ui.common.Page;
import javafx.scene.Parent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Builds each page's screen, and carries the user between them: the interview runner opens a
 * report, the history resumes an interview.
 */
final class Screens implements Navigator {
    private final ConsoleContext context;
    private Consumer<Page> show = page -> { };
    private InterviewScreen interview;
    private SessionsScreen sessions;

    Screens(Engine engine, UiState state, EngineRestart restart) {
        this.context = new ConsoleContext(engine, state, this, restart);
    }

    ConsoleContext context() {
        return context;
    }

    /** How to bring a page to the front (the shell's), known once the shell exists. */
    void showWith(Consumer<Page> showPage) {
        this.show = showPage;
    }

    Parent build(Page page) {
        return switch (page) {
            case DASHBOARD -> com.interviewiq.ui.dashboard.DashboardScreen.create(context);
            case HEALTH -> HealthScreen.create(context);
            case SETTINGS -> SettingsScreen.create(context);
            case INTERVIEW -> {
                Views.Loaded<InterviewScreen> loaded = InterviewScreen.load(context);
                interview = loaded.controller();
                yield loaded.root();
            }
            case QUESTION_BANK -> QuestionBankScreen.create(context);
            case SESSIONS -> {
                Views.Loaded<SessionsScreen> loaded = SessionsScreen.load(context);
                sessions = loaded.controller();
                yield loaded.root();
            }
            case BENCHMARK -> com.interviewiq.ui.bench.BenchmarkScreen.create(context);
        };
    }

    @Override
    public void openReport(long sessionId) {
        show.accept(Page.SESSIONS);
        sessions.openReport(sessionId);
    }

    @Override
    public void resumeInterview(long sessionId) {
        show.accept(Page.INTERVIEW);
        interview.resume(sessionId);
    }

    /** Work to finish before the engine closes: a running interview is paused so it can be resumed. */
    CompletionStage<?> beforeExit() {
        return interview == null ? CompletableFuture.completedFuture(null) : interview.pauseForExit();
    }
}
