package com.interviewiq.ui;

import com.interviewiq.engine.Engine;

/** What every screen gets: the running engine and the remembered UI state. */
public record ConsoleContext(Engine engine, UiState state) {
}
