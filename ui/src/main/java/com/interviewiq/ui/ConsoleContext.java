package com.interviewiq.ui;

import com.interviewiq.engine.Engine;

/** What every screen gets: the running engine, the remembered UI state, and a way to other screens. */
public record ConsoleContext(Engine engine, UiState state, Navigator navigator) {
    /** A context for a screen shown on its own (tests): navigation goes nowhere. */
    public ConsoleContext(Engine engine, UiState state) {
        this(engine, state, Navigator.NONE);
    }
}
