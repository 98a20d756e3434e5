package com.interviewiq.engine.db.jdbc;

import com.interviewiq.engine.db.Drain;
import com.interviewiq.engine.db.SyncExecutor;

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
     * Platform: threads made on demand and handed work most-recently-idle first, so light load
     * runs on few threads. That matters to the pool: HikariCP hands a thread the connection it
     * last used, so threads taking turns (a fixed pool's FIFO queue) would keep every connection
     * busy now and then and the pool would never shrink. The admission limit (one permit per
     * connection) bounds the running transactions; a thread still finishing its last one while
     * the next is admitted is why the thread count is not capped at the connection count.
     * Virtual: a new virtual thread per transaction.
     */
    static ExecutorService create(SyncExecutor kind, int maxConnections, String poolName) {
        if (kind == SyncExecutor.VIRTUAL) {
            return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(poolName + "-vt-", 0).factory());
        }
        // a non-fair SynchronousQueue hands each task to the thread that went idle last (a stack)
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                Drain.daemonThreads(poolName + "-worker-"));
    }
}
