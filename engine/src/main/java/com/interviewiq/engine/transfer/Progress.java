package com.interviewiq.engine.transfer;

/** Progress of long work, reported from a worker thread; listeners must not block. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> {
    };

    void update(long done, long total);
}
