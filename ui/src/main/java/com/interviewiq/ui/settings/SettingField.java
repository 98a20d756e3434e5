package com.interviewiq.ui.settings;

import com.interviewiq.engine.config.SettingKey;

import java.util.List;

/** One editable setting on the Settings screen: its section, label, kind and a hint. */
record SettingField(String section, SettingKey key, String label, Kind kind, String hint, List<String> choices,
                    boolean live) {
    enum Kind { TEXT, SECRET, CHOICE, CHECK }

    static SettingField text(String section, SettingKey key, String label, String hint, boolean live) {
        return new SettingField(section, key, label, Kind.TEXT, hint, List.of(), live);
    }

    /** Every field, in screen order. {@code live} fields take effect on Apply; the others after a restart. */
    static List<SettingField> all() {
        return List.of(
                text("Database", SettingKey.DATABASE_URL, "Database URL", "empty = the embedded H2 file in the data directory", true),
                text("Database", SettingKey.DATABASE_USER, "User", "empty = from the URL", true),
                new SettingField("Database", SettingKey.DATABASE_PASSWORD, "Password", Kind.SECRET,
                        "never shown; leave empty to keep the saved one", List.of(), true),
                new SettingField("Database", SettingKey.DATABASE_POOLER, "Pooler", Kind.CHOICE,
                        "pgbouncer: PostgreSQL behind PgBouncer in transaction mode", List.of("none", "pgbouncer"), true),
                new SettingField("Mode and pools", SettingKey.ASYNC_ENABLED, "Async mode (R2DBC)", Kind.CHECK,
                        "switches live, without losing work", List.of(), true),
                new SettingField("Mode and pools", SettingKey.ASYNC_FALLBACK, "Fall back to sync", Kind.CHECK,
                        "if async cannot start: run in sync with an alert (after a restart)", List.of(), false),
                new SettingField("Mode and pools", SettingKey.SYNC_EXECUTOR, "Sync executor", Kind.CHOICE,
                        "threads that run JDBC transactions", List.of("platform", "virtual"), true),
                text("Mode and pools", SettingKey.POOL_SIZE, "Pool size", "ceiling, opened on demand (1-1000)", true),
                text("Mode and pools", SettingKey.MAX_OVERFLOW, "Max overflow", "extra connections under load (0-1000)", true),
                text("Mode and pools", SettingKey.POOL_MIN_IDLE, "Pool min idle", "kept open when idle; what a switch warms", true),
                text("Mode and pools", SettingKey.POOL_IDLE_SECONDS, "Pool idle (s)", "idle connections above min idle close after", true),
                text("Mode and pools", SettingKey.POOL_TIMEOUT_SECONDS, "Pool timeout (s)", "wait for a connection (0.25-600)", true),
                text("Mode and pools", SettingKey.POOL_RECYCLE_SECONDS, "Pool recycle (s)", "connection lifetime (30 or more)", true),
                new SettingField("Monitoring", SettingKey.MONITORING_ENABLED, "Monitoring", Kind.CHECK,
                        "after a restart", List.of(), false),
                text("Monitoring", SettingKey.SAMPLE_INTERVAL_MILLIS, "Sample interval (ms)", "after a restart (100-60000)", false),
                text("Health thresholds (warn/critical)", SettingKey.HEALTH_PING_MS, "Ping (ms)", "e.g. 250/2000", false),
                text("Health thresholds (warn/critical)", SettingKey.HEALTH_POOL_SATURATION, "Pool saturation", "active/max, e.g. 0.8/0.95", false),
                text("Health thresholds (warn/critical)", SettingKey.HEALTH_PENDING_ACQUIRES, "Pending acquires", "e.g. 5/50", false),
                text("Health thresholds (warn/critical)", SettingKey.HEALTH_P99_MS, "p99 latency (ms)", "e.g. 250/1000", false),
                text("Health thresholds (warn/critical)", SettingKey.HEALTH_ERRORS_PER_SECOND, "Errors per second", "e.g. 1/10", false),
                text("Health thresholds (warn/critical)", SettingKey.HEALTH_SERVER_CONNECTIONS, "Server connections",
                        "PostgreSQL: in use/max_connections, e.g. 0.8/0.95", false),
                text("Health thresholds (warn/critical)", SettingKey.HEALTH_SUSTAIN_SECONDS, "Sustain (s)", "how long a level must hold", false),
                text("Health thresholds (warn/critical)", SettingKey.HEALTH_QUIET_SECONDS, "Quiet period (s)", "no repeat alert within", false),
                new SettingField("Health thresholds (warn/critical)", SettingKey.DESKTOP_NOTIFICATIONS, "Desktop notification",
                        Kind.CHECK, "system tray message when a check goes critical (after a restart)", List.of(), false),
                new SettingField("HTTP endpoint (127.0.0.1 only)", SettingKey.HTTP_ENABLED, "Enabled", Kind.CHECK,
                        "after a restart", List.of(), false),
                text("HTTP endpoint (127.0.0.1 only)", SettingKey.HTTP_PORT, "Port", "after a restart", false),
                new SettingField("HTTP endpoint (127.0.0.1 only)", SettingKey.HTTP_TOKEN, "Bearer token", Kind.SECRET,
                        "never shown; leave empty to keep the saved one", List.of(), false),
                new SettingField("Evaluator", SettingKey.EVALUATOR, "Scores answers", Kind.CHOICE,
                        "semantic: offline sentence model; rubric: keywords; remote: below, then semantic",
                        List.of("semantic", "rubric", "remote"), true),
                text("Remote evaluator", SettingKey.EVALUATOR_URL, "Chat-completions URL", "used when the evaluator is remote", true),
                text("Remote evaluator", SettingKey.EVALUATOR_MODEL, "Model", "required with a URL", true),
                text("Remote evaluator", SettingKey.EVALUATOR_API_KEY_ENV, "API key variable",
                        "the environment variable holding the key (never the key); unset = no key", true),
                text("Remote evaluator", SettingKey.EVALUATOR_TIMEOUT_SECONDS, "Timeout (s)", "one request (1-120)", true),
                text("Remote evaluator", SettingKey.EVALUATOR_COOLDOWN_SECONDS, "Breaker cool-down (s)",
                        "after 3 failures in a row the next evaluator scores for this long (1-3600)", true),
                text("Keeping data", SettingKey.BACKUP_KEEP, "Daily backups kept", "laptop (H2) database; in <data dir>/backups", false),
                text("Keeping data", SettingKey.RETENTION_DAYS, "Keep sessions (days)", "0 = for ever; older ones are purged daily", false),
                text("Keeping data", SettingKey.METRICS_KEEP_DAYS, "Keep metrics recordings (days)",
                        "in <data dir>/metrics; older ones are deleted daily (1-3650)", false),
                text("Keeping data", SettingKey.INTERVIEWER_NAME, "Your name", "recorded with your overrides and erasures; empty = the OS user", false));
    }
}
