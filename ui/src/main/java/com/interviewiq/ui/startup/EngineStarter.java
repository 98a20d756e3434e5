package com.interviewiq.ui.startup;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Settings;

/**
 * How the console gets its engine (the composition root's choice): on the saved settings, on
 * settings the user has just edited (Apply without an engine), or on the local H2 database in the
 * data directory without changing the saved settings. All may take seconds and throw when the
 * database cannot be opened; the console calls them off the FX thread.
 */
public interface EngineStarter {
    Engine start() throws Exception;

    Engine start(Settings settings) throws Exception;

    Engine startLocal() throws Exception;

    /** The saved settings as they read now (the defaults when the file cannot be read), for the banner and its fields. */
    Settings savedSettings();
}
