package com.interviewiq.engine.resilience;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.db.Failures;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.NextStep;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The child JVM of {@link CrashTest}: runs interviews on an H2 file and, after each answer is
 * acknowledged by the engine, appends "session,question" to a file, until it is killed.
 */
public final class CrashWorkload {
    private CrashWorkload() {
    }

    public static void main(String[] args) throws Exception {
        // the test kills this process; if the test's own JVM dies first (a timeout, a killed build),
        // this one must not interview for ever
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
        Path dataDir = Path.of(args[0]);
        Path acks = Path.of(args[1]);
        try (Engine engine = Engine.start(SettingsResolver.load(dataDir, Map.of(), Map.of()));
             FileOutputStream out = new FileOutputStream(acks.toFile(), true)) {
            engine.transfer().importSampleBank().toCompletableFuture().join();
            List<Thread> workers = new java.util.ArrayList<>();
            for (int w = 0; w < 8; w++) {
                workers.add(Thread.ofPlatform().start(() -> interviewForever(engine, out)));
            }
            for (Thread t : workers) {
                t.join();
            }
        }
    }

    private static void interviewForever(Engine engine, FileOutputStream out) {
        while (true) {
            var s = engine.sessions().create(new NewSession("Crash", "crash-test", List.of("SQL", "Java"), 5, null))
                    .toCompletableFuture().join();
            engine.sessions().start(s.id()).toCompletableFuture().join();
            NextStep step;
            while (!(step = engine.sessions().next(s.id()).toCompletableFuture().join()).finished()) {
                try {
                    engine.sessions().submit(s.id(), step.question().id(), "an index and a join", 1000)
                            .toCompletableFuture().join();
                } catch (RuntimeException e) {
                    throw Failures.propagate(e);
                }
                // only now is the answer acknowledged: record it (the OS keeps it even if this JVM is killed)
                byte[] line = (s.id() + "," + step.question().id() + "\n").getBytes(StandardCharsets.UTF_8);
                synchronized (out) {
                    try {
                        out.write(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
    }
}
