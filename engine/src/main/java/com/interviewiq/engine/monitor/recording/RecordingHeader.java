package com.interviewiq.engine.monitor.recording;

import java.time.Instant;

/**
 * The first line of a recording: which process recorded, on which database and mode, how often
 * it sampled. {@code part} counts the files of one run (a run past midnight UTC continues in a new
 * file, so retention can drop whole days).
 */
public record RecordingHeader(String format, String run, int part, Instant started, String process, long pid,
                              String database, String mode, long sampleIntervalMillis) {
    public static final String FORMAT = "interviewiq-metrics/1";

    RecordingHeader nextPart(Instant at) {
        return new RecordingHeader(format, run, part + 1, at, process, pid, database, mode, sampleIntervalMillis);
    }
}
