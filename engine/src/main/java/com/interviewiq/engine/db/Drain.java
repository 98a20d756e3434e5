package com.interviewiq.engine.db;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** Small helpers shared by the backends: waiting for in-flight work, stopping and naming their threads. */
public final class Drain {
    private Drain() {
    }

    /**
     * Waits until {@code inFlight} reaches zero or the deadline passes; returns what is still running.
     * Polls because in-flight work completes on many threads; the caller is a closing thread.
     */
    public static int await(IntSupplier inFlight, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        int remaining = inFlight.getAsInt();
        while (remaining > 0 && System.nanoTime() < end) {
            try {
                TimeUnit.MILLISECONDS.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            remaining = inFlight.getAsInt();
        }
        return remaining;
    }

    /**
     * Stops the executor and lets the task it is running end by itself (no interrupt: H2 treats an
     * interrupted file channel as a closed database) for up to {@code wait}; after that, or when the
     * caller is interrupted, interrupts it. Returns false when it had to interrupt.
     */
    public static boolean shutdownGently(ExecutorService executor, Duration wait) {
        executor.shutdown();
        try {
            if (executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdownNow();
        return false;
    }

    /**
     * Daemon threads with a recognisable name (they show up in thread dumps and profiles): a name
     * ending in '-' gets a counter appended, any other name is used as it is.
     */
    public static ThreadFactory daemonThreads(String name) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name.endsWith("-") ? name + n.incrementAndGet() : name);
            t.setDaemon(true);
            return t;
        };
    }
}
