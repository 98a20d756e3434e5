package com.interviewiq.ui;

import com.interviewiq.ui.health.HealthScreen;
import com.interviewiq.ui.placeholder.PlaceholderView;
import com.interviewiq.ui.questions.QuestionBankScreen;
import com.interviewiq.ui.settings.SettingsScreen;
import com.interviewiq.ui.shell.Page;
import javafx.scene.Parent;

/** Builds each page's screen; pages of later releases show a placeholder naming today's way. */
final class Screens {
    private final ConsoleContext context;

    Screens(ConsoleContext context) {
        this.context = context;
    }

    Parent build(Page page) {
        return switch (page) {
            case DASHBOARD -> com.interviewiq.ui.dashboard.DashboardScreen.create(context);
            case HEALTH -> HealthScreen.create(context);
            case SETTINGS -> SettingsScreen.create(context);
            case INTERVIEW -> PlaceholderView.of(page, "Interviews run through the engine's services; 'interviewiq simulate' exercises them.");
            case QUESTION_BANK -> QuestionBankScreen.create(context);
            case SESSIONS -> PlaceholderView.of(page, "Use 'interviewiq sessions list' and 'sessions report ID --markdown' meanwhile.");
            case BENCHMARK -> PlaceholderView.of(page, "Use 'interviewiq simulate' to measure a mode meanwhile.");
        };
    }
}
