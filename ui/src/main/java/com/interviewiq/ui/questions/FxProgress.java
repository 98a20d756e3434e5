package com.interviewiq.ui.questions;

import com.interviewiq.engine.transfer.Progress;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Feeds a progress property from the engine's worker thread. The worker only stores the latest
 * numbers; at most one hand-over to the FX thread is queued at a time, so an import of 10,000
 * rows does not queue 10,000 runnables.
 */
final class FxProgress implements Progress {
    private final DoubleProperty target;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicBoolean queued = new AtomicBoolean();

    FxProgress(DoubleProperty target) {
        this.target = target;
    }

    @Override
    public void update(long doneNow, long totalNow) {
        done.set(doneNow);
        total.set(totalNow);
        if (queued.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                queued.set(false);
                long t = total.get();
                target.set(t <= 0 ? 0 : (double) done.get() / t);
            });
        }
    }
}
