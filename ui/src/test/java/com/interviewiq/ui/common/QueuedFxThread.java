package com.interviewiq.ui.common;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.awaitility.Awaitility.await;

/**
 * The FX thread's stand-in for view-model tests: engine answers queue up here and run, on the
 * test's thread, when the test settles them. No screen, and no answer runs while the test looks.
 */
public final class QueuedFxThread implements Executor {
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    /** How many callbacks wait to run. */
    public int waiting() {
        return queue.size();
    }

    /** Runs the callbacks as they arrive until {@code condition} holds (30 s at most). */
    public void settle(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (Runnable r = queue.poll(); r != null; r = queue.poll()) {
                r.run();
            }
            return condition.getAsBoolean();
        });
    }

    /** Waits for an engine call the test makes itself (set-up and checks). */
    public static <T> T done(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
