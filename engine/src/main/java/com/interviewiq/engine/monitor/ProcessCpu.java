package com.interviewiq.engine.monitor;

import java.time.Duration;

/**
 * The engine process's total CPU time, read through {@link ProcessHandle} (java.base: no
 * management module needed in the packaged runtime). On Linux each read is one small /proc file;
 * once a tick is nothing. -1 where the platform does not tell.
 */
final class ProcessCpu {

    long totalNanos() {
        // Info is a snapshot: ask the current handle each time
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }
}
