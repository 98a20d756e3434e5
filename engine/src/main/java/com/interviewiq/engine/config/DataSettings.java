package com.interviewiq.engine.config;

/**
 * Keeping candidate data: how many daily backups of the laptop database to keep, after how many
 * days sessions are purged (0 keeps them for ever, the default: deleting is the user's call), and
 * the name recorded with overrides and erasures (the interviewer; by default the OS user). Also
 * how many days the metrics recordings in {@code <data dir>/metrics} are kept.
 */
public record DataSettings(int backupKeep, int retentionDays, String interviewerName, int metricsKeepDays) {
    public static final int MAX_NAME = 200;
    public static final int DEFAULT_METRICS_KEEP_DAYS = 7;

    public DataSettings(int backupKeep, int retentionDays) {
        this(backupKeep, retentionDays, osUser());
    }

    public DataSettings(int backupKeep, int retentionDays, String interviewerName) {
        this(backupKeep, retentionDays, interviewerName, DEFAULT_METRICS_KEEP_DAYS);
    }

    /** Whether old sessions are purged at all. */
    public boolean purges() {
        return retentionDays > 0;
    }

    /** The OS user's name, the default interviewer name. */
    public static String osUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
