package com.interviewiq.ui.bench;

import com.interviewiq.ui.charts.BenchExport;
import com.interviewiq.ui.common.FxThread;
import com.interviewiq.engine.bench.BenchListener;
import com.interviewiq.engine.bench.BenchMode;
import com.interviewiq.engine.bench.BenchOptions;
import com.interviewiq.engine.bench.BenchPoint;
import com.interviewiq.engine.bench.BenchReport;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.ui.bench.BenchmarkViewModel.State;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * The Benchmark screen's commands: start (the matrix runs on a thread of its own, every event is
 * handed to the FX thread through {@code fx}), stop and export. They change the view model only,
 * so they are tested without a screen.
 */
final class BenchmarkCommands {
    private final BenchmarkViewModel model;
    private final Settings consoleSettings;
    private final Executor fx;
    private BenchJob job;

    /** @param consoleSettings the console's own database, for a run on it rather than on a temporary H2 file */
    BenchmarkCommands(BenchmarkViewModel model, Settings consoleSettings, Executor fx) {
        this.model = model;
        this.consoleSettings = consoleSettings;
        this.fx = fx;
    }

    /** Starts a run with the form's options; bad fields are marked by the model and nothing starts. */
    boolean start() {
        if (model.state().get() != State.IDLE) {
            return false;
        }
        BenchOptions options = model.validate().orElse(null);
        if (options == null) {
            model.message("");
            return false;
        }
        boolean configured = model.configuredDatabase().get();
        model.started(options, configured ? consoleSettings.database().location() : "a temporary H2 database");
        job = BenchJob.start(options, configured ? consoleSettings : null, new BenchListener() {
            @Override
            public void warming(BenchMode mode, int nth, int of) {
                fx.execute(() -> model.warming(mode, nth, of));
            }

            @Override
            public void measuring(BenchMode mode, int concurrency, int poolSize, int round, int done, int total) {
                fx.execute(() -> model.measuring(mode, concurrency, poolSize, round, options.rounds(), done, total));
            }

            @Override
            public void progress(int done, int total) {
                fx.execute(() -> model.progress(done, total));
            }

            @Override
            public void measured(BenchPoint point) {
                fx.execute(() -> model.add(point));
            }
        }, report -> fx.execute(() -> model.finished(report)), e -> fx.execute(() -> model.failed(FxThread.message(e))));
        return true;
    }

    /** Stops a running benchmark promptly, keeping what was measured. */
    void stop() {
        if (job != null && model.state().get() == State.RUNNING) {
            job.stop();
            model.stopping();
        }
    }

    /** Writes the four files into {@code dir}; says what happened in the message line. */
    void export(Path dir) {
        BenchReport report = model.report().get();
        if (report == null) {
            model.message("Nothing to export yet: run a benchmark first.");
            return;
        }
        try {
            BenchExport.write(dir, report);
            model.exported(String.join(", ", BenchExport.FILES), dir.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            model.message("Export failed: " + FxThread.message(e));
        }
    }

    /** Where the last run's temporary database was (tests check that it is gone). */
    Path lastTemporaryDir() {
        return job == null ? null : job.temporaryDir();
    }

}
