package com.interviewiq.engine.db.jdbc;

import com.interviewiq.engine.db.Drain;
import com.interviewiq.engine.config.SyncExecutor;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The threads that run JDBC transactions, so that callers never block. */
final class WorkerExecutors {
    private WorkerExecutors() {
    }

    /**
     * Platform: threads made on demand and handed work most-recently-idle first, so light load runs
     * on few threads. That matters to the pool: HikariCP hands a thread the connection it last
     * used, so threads taking turns (a fixed pool's FIFO queue) keep every connection busy now and
     * then, and a pool grown by a burst would never shrink (the monitor's ping each second alone
     * would keep it). Virtual: a new virtual thread per transaction.
     */
    static Workers create(SyncExecutor kind, String poolName) {
        if (kind == SyncExecutor.VIRTUAL) {
            return new Workers(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(poolName + "-vt-", 0).factory()));
        }
        // a non-fair SynchronousQueue hands each task to the thread that went idle last (a stack)
        return new Workers(new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                Drain.daemonThreads(poolName + "-worker-")));
    }

    /**
     * Runs transactions. Work started by the end of a task (the caller's next transaction, started
     * from the completion of its previous one, or a waiter admitted by the released permit) runs on
     * the same worker right after, with no hand-off to another thread, as a fixed pool's worker
     * would take it from its queue. Only the first such transaction stays: more (a fan-out) are
     * handed off so they run in parallel. Work submitted from inside a transaction body is always
     * handed off (running it later on the same thread could wait on itself).
     */
    static final class Workers {
        /** Set on a worker thread while it runs its tasks: what it runs next. */
        private static final ThreadLocal<ArrayDeque<Runnable>> CONTINUATION = new ThreadLocal<>();
        /** Set while a task ends (its caller is told, its permit released): work started then may continue here. */
        private static final ThreadLocal<ArrayDeque<Runnable>> RELEASING = new ThreadLocal<>();
        private final ExecutorService executor;

        Workers(ExecutorService executor) {
            this.executor = executor;
        }

        void execute(Runnable task) {
            ArrayDeque<Runnable> next = RELEASING.get();
            if (next != null && next.isEmpty()) {
                next.add(task);
                return;
            }
            executor.execute(() -> runThenContinue(task));
        }

        /** Runs {@code ending} at the end of a task; the first transaction it starts runs next on this thread. */
        void atTaskEnd(Runnable ending) {
            ArrayDeque<Runnable> continuation = CONTINUATION.get();
            if (continuation == null) {
                ending.run();
                return;
            }
            RELEASING.set(continuation);
            try {
                ending.run();
            } finally {
                RELEASING.remove();
            }
        }

        private static void runThenContinue(Runnable first) {
            ArrayDeque<Runnable> continuation = new ArrayDeque<>();
            CONTINUATION.set(continuation);
            try {
                for (Runnable r = first; r != null; r = continuation.poll()) {
                    r.run();
                }
            } finally {
                CONTINUATION.remove();
            }
        }

        void shutdown() {
            executor.shutdown();
        }
    }
}
