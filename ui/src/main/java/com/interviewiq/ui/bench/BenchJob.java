package com.interviewiq.ui.bench;

import com.interviewiq.engine.bench.BenchListener;
import com.interviewiq.engine.bench.BenchOptions;
import com.interviewiq.engine.bench.BenchReport;
import com.interviewiq.engine.bench.BenchmarkRunner;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One benchmark on a thread of its own (it blocks for minutes: never the FX thread). On a
 * temporary H2 database unless given the console's settings: the temporary one lives in a fresh
 * directory that is deleted when the run ends, stopped or failed alike, before the caller hears
 * the outcome. Callbacks come on the benchmark's thread.
 */
final class BenchJob {
    private static final Logger LOG = LoggerFactory.getLogger(BenchJob.class);

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile Path temporaryDir;
    private Thread thread;

    /** Where the temporary database was (null when on the configured database or not created yet). */
    Path temporaryDir() {
        return temporaryDir;
    }

    /**
     * Starts the run. {@code configured} is the console's settings, or null for a temporary H2
     * database. Exactly one of {@code done} and {@code failed} is called, after the clean-up.
     */
    static BenchJob start(BenchOptions options, Settings configured, BenchListener listener, Consumer<BenchReport> done,
                          Consumer<Throwable> failed) {
        BenchJob job = new BenchJob();
        job.thread = Thread.ofPlatform().daemon().name("iq-benchmark").start(() -> job.run(options, configured,
                listener, done, failed));
        return job;
    }

    /** Ends the run in progress early; the points measured so far are still reported. */
    void stop() {
        cancelled.set(true);
    }

    boolean running() {
        return thread != null && thread.isAlive();
    }

    private void run(BenchOptions options, Settings configured, BenchListener listener, Consumer<BenchReport> done,
                     Consumer<Throwable> failed) {
        BenchReport report = null;
        Throwable failure = null;
        Thread exitCleanUp = null;
        try {
            Settings settings = configured;
            if (settings == null) {
                temporaryDir = Files.createTempDirectory("interviewiq-bench-");
                // the console may close mid-run (this thread is a daemon): the directory must not outlive it
                Path dir = temporaryDir;
                exitCleanUp = new Thread(() -> delete(dir), "iq-benchmark-cleanup");
                Runtime.getRuntime().addShutdownHook(exitCleanUp);
                // defaults only (no environment, no settings file): nothing can point it at real data
                settings = SettingsResolver.resolve(temporaryDir, Map.of(), Map.of(), Map.of());
            }
            report = new BenchmarkRunner(settings).run(options, listener, cancelled::get);
        } catch (Throwable e) {
            failure = e;
        } finally {
            if (temporaryDir != null) {
                delete(temporaryDir);
            }
            if (exitCleanUp != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(exitCleanUp);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway and finds nothing left to delete
                }
            }
        }
        if (failure == null) {
            done.accept(report);
        } else {
            LOG.warn("benchmark failed", failure);
            failed.accept(failure);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not delete the benchmark's temporary database {}: {}", dir, e.toString());
        }
    }
}
