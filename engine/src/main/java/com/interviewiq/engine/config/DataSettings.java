package com.interviewiq.engine.config;

/**
 * Keeping candidate data: how many daily backups of the laptop database to keep, and after how
 * many days sessions are purged (0 keeps them for ever, the default: deleting is the user's call).
 */
public record DataSettings(int backupKeep, int retentionDays) {
    public static final DataSettings DEFAULTS = new DataSettings(7, 0);

    /** Whether old sessions are purged at all. */
    public boolean purges() {
        return retentionDays > 0;
    }
}
