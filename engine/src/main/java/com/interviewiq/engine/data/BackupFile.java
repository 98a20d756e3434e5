package com.interviewiq.engine.data;

import java.nio.file.Path;
import java.time.Instant;

/** A backup of the laptop database: a ZIP as H2's BACKUP TO writes it. {@code automatic} ones are pruned to the newest few. */
public record BackupFile(Path path, Instant created, long bytes, boolean automatic) {
}
