package com.interviewiq.engine;

import com.interviewiq.engine.db.BackendSpec;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.monitor.InstrumentedDatabase;

/**
 * The composition root of the data path, one code path for the engine, validation and the
 * benchmark: an adapter opened with the stack's hooks ({@link #open}), the timing decorator over
 * a backend ({@link #instrumented}), and the services over what that serves ({@link EngineServices}).
 */
public final class BackendStack {
    private static final BackendStack BARE = new BackendStack(Instruments.OFF);

    private final Instruments instruments;

    private BackendStack(Instruments instruments) {
        this.instruments = instruments;
    }

    /** Nothing measured: validation's probes, the benchmark's set-up and clean-up, the engine with monitoring off. */
    public static BackendStack bare() {
        return BARE;
    }

    public static BackendStack measuredBy(Instruments instruments) {
        return new BackendStack(instruments);
    }

    /** Opens the adapter {@code spec} names, reporting connection waits and pool meters to this stack's hooks. */
    public Database open(BackendSpec spec) {
        return Backends.open(spec, instruments.hooks());
    }

    /**
     * {@code backend} as the services should see it: behind the timing decorator, or itself when
     * nothing measures (then nothing is timed at all). Closing the result closes the backend.
     */
    public Database instrumented(Database backend) {
        return instruments.timed() ? new InstrumentedDatabase(backend, instruments.metrics(), instruments.registry())
                : backend;
    }

    /** {@link #open} and {@link #instrumented} in one: a backend of its own, as a benchmark run needs. */
    public Database openInstrumented(BackendSpec spec) {
        return instrumented(open(spec));
    }
}
