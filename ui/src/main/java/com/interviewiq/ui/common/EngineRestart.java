package com.interviewiq.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Closes the console's engine, runs work while nothing in this console holds the database (a
 * restore replaces its file), and starts the engine again on the same settings; every screen
 * follows the new engine. Completes with the work's sentence, or fails with its reason (the engine
 * is started again either way).
 */
@FunctionalInterface
public interface EngineRestart {
    EngineRestart NONE = work -> CompletableFuture.failedFuture(
            new IllegalStateException("this screen cannot restart the engine (open it from the console)"));

    CompletionStage<String> around(Callable<String> work);
}
