package com.interviewiq.engine.db;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A first-come-first-served admission limit in front of a pool that is not fair by itself.
 * HikariCP lets a new borrower take a just-released connection ahead of queued waiters; with
 * one permit per connection, callers queue here in arrival order instead, and nobody holds a
 * thread while waiting. A waiter that is not admitted within the timeout fails.
 */
public final class FairAdmission {
    private final Object lock = new Object();
    private final ArrayDeque<CompletableFuture<Void>> waiters = new ArrayDeque<>();
    private final int permits;
    private int available;

    public FairAdmission(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be positive");
        }
        this.permits = permits;
        this.available = permits;
    }

    /** Completes when admitted; fails with a {@link java.util.concurrent.TimeoutException} after the timeout. */
    public CompletableFuture<Void> acquire(Duration timeout) {
        CompletableFuture<Void> ticket = new CompletableFuture<>();
        synchronized (lock) {
            if (available > 0 && waiters.isEmpty()) {
                available--;
                ticket.complete(null);
                return ticket;
            }
            waiters.addLast(ticket);
        }
        ticket.orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
        ticket.whenComplete((ok, err) -> {
            if (err != null) {
                synchronized (lock) {
                    waiters.remove(ticket);
                }
            }
        });
        return ticket;
    }

    /** Returns a permit; the longest waiter still waiting gets it. */
    public void release() {
        while (true) {
            CompletableFuture<Void> next;
            synchronized (lock) {
                next = waiters.pollFirst();
                if (next == null) {
                    if (available >= permits) {
                        throw new IllegalStateException("released more permits than acquired");
                    }
                    available++;
                    return;
                }
            }
            // complete outside the lock: the waiter's continuation may run right here
            if (next.complete(null)) {
                return;
            }
            // that waiter timed out or was cancelled meanwhile: hand the permit to the next one
        }
    }

    public int waiting() {
        synchronized (lock) {
            return waiters.size();
        }
    }

    public int permits() {
        return permits;
    }
}
