package com.interviewiq.ui.common;

import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.feather.Feather;

/** The console's screens, in navigation order; Ctrl+1..7 jumps to one. */
public enum Page {
    DASHBOARD("Dashboard", Feather.ACTIVITY, KeyCode.DIGIT1),
    INTERVIEW("Interview", Feather.MIC, KeyCode.DIGIT2),
    QUESTION_BANK("Question bank", Feather.BOOK_OPEN, KeyCode.DIGIT3),
    SESSIONS("Sessions", Feather.LIST, KeyCode.DIGIT4),
    BENCHMARK("Benchmark", Feather.BAR_CHART_2, KeyCode.DIGIT5),
    HEALTH("Health", Feather.HEART, KeyCode.DIGIT6),
    SETTINGS("Settings", Feather.SETTINGS, KeyCode.DIGIT7);

    private final String title;
    private final Feather icon;
    private final KeyCode key;

    Page(String title, Feather icon, KeyCode key) {
        this.title = title;
        this.icon = icon;
        this.key = key;
    }

    public String title() {
        return title;
    }

    public Feather icon() {
        return icon;
    }

    public KeyCode key() {
        return key;
    }

    /** A stable id for lookups in tests: "nav-dashboard". */
    public String navId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
