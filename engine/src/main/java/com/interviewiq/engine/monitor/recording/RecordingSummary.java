package com.interviewiq.engine.monitor.recording;

import java.time.Instant;

/**
 * What {@code metrics list} shows of one recording file. {@code start}/{@code end} are the first
 * and last moments recorded (null for a file cut off before its first line); {@code complete} is
 * false for a file whose writer was killed (it reads up to the last flushed second). {@code problem}
 * says why a file in the folder could not be read (null when it could): one bad file does not hide
 * the others.
 */
public record RecordingSummary(String file, String path, Instant start, Instant end, int samples, int modeSwitches,
                               int alerts, String process, String database, boolean complete, String problem) {

    static RecordingSummary unreadable(java.nio.file.Path file, String problem) {
        return new RecordingSummary(file.getFileName().toString(), file.toAbsolutePath().toString(), null, null, 0, 0, 0,
                null, null, false, problem);
    }
}
