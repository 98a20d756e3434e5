package com.interviewiq.ui.common;

import com.interviewiq.engine.Engine;

/**
 * What every screen gets: the running engine, the remembered UI state, a way to other screens,
 * and a way to restart the engine around work that needs the database closed (restore).
 */
public record ConsoleContext(Engine engine, UiState state, Navigator navigator, EngineRestart restart) {
    /** A context for a screen shown on its own (tests): navigation goes nowhere, no restart. */
    public ConsoleContext(Engine engine, UiState state) {
        this(engine, state, Navigator.NONE, EngineRestart.NONE);
    }

    /** A screen on its own with somewhere to go (tests). */
    public ConsoleContext(Engine engine, UiState state, Navigator navigator) {
        this(engine, state, navigator, EngineRestart.NONE);
    }
}
