package com.interviewiq.engine.db.jdbc;

import com.interviewiq.engine.db.Drain;
import com.interviewiq.engine.db.SyncExecutor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The threads that run JDBC transactions, so that callers never block. */
final class WorkerExecutors {
    private WorkerExecutors() {
    }

    /**
     * Platform: one thread per connection at most (more threads could only wait for a
     * connection). Virtual: a new virtual thread per transaction.
     */
    static ExecutorService create(SyncExecutor kind, int maxConnections, String poolName) {
        if (kind == SyncExecutor.VIRTUAL) {
            return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(poolName + "-vt-", 0).factory());
        }
        ThreadPoolExecutor executor = new ThreadPoolExecutor(maxConnections, maxConnections, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), Drain.daemonThreads(poolName + "-worker-"));
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
