package com.interviewiq.ui.dashboard;

import com.interviewiq.ui.common.FxThread;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries items from engine threads to the FX thread in batches. However many items arrive
 * while the FX thread is busy, it is woken once and gets them all together, so a slow frame is
 * followed by one catch-up update (one redraw) rather than a queue of them.
 */
final class FxInbox<T> {
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<List<T>> onFxThread;

    FxInbox(Consumer<List<T>> onFxThread) {
        this.onFxThread = onFxThread;
    }

    /** Any thread; never blocks. */
    void offer(T item) {
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            FxThread.run(this::drain);
        }
    }

    private void drain() {
        // cleared before polling: an item offered from now on schedules another drain, so none is stranded
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            onFxThread.accept(batch);
        }
    }
}
