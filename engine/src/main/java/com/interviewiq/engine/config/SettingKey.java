package com.interviewiq.engine.config;

/**
 * Every user-facing setting: its name in settings.json, its environment variable (the seed's
 * names are kept) and its default. Values are parsed by {@link SettingsResolver}.
 */
public enum SettingKey {
    DATABASE_URL("databaseUrl", "DATABASE_URL", null),
    DATABASE_USER("databaseUser", "DATABASE_USER", null),
    DATABASE_PASSWORD("databasePassword", "DATABASE_PASSWORD", null),
    DATABASE_POOLER("databasePooler", "INTERVIEWIQ_DATABASE_POOLER", "none"),
    ASYNC_ENABLED("asyncEnabled", "ASYNC_DATABASE_ENABLED", "false"),
    ASYNC_FALLBACK("asyncFallback", "ASYNC_DATABASE_FALLBACK", "true"),
    SYNC_EXECUTOR("syncExecutor", "INTERVIEWIQ_SYNC_EXECUTOR", "platform"),
    POOL_SIZE("poolSize", "ASYNC_DATABASE_POOL_SIZE", "20"),
    MAX_OVERFLOW("maxOverflow", "ASYNC_DATABASE_MAX_OVERFLOW", "30"),
    POOL_MIN_IDLE("poolMinIdle", "INTERVIEWIQ_POOL_MIN_IDLE", "1"),
    POOL_IDLE_SECONDS("poolIdleSeconds", "INTERVIEWIQ_POOL_IDLE_SECONDS", "60"),
    POOL_TIMEOUT_SECONDS("poolTimeoutSeconds", "ASYNC_DATABASE_POOL_TIMEOUT", "30"),
    POOL_RECYCLE_SECONDS("poolRecycleSeconds", "ASYNC_DATABASE_POOL_RECYCLE", "3600"),
    LEAK_DETECTION_SECONDS("leakDetectionSeconds", "INTERVIEWIQ_LEAK_DETECTION_SECONDS", "60"),
    MONITORING_ENABLED("monitoringEnabled", "ASYNC_DATABASE_MONITORING_ENABLED", "true"),
    SAMPLE_INTERVAL_MILLIS("sampleIntervalMillis", "INTERVIEWIQ_SAMPLE_INTERVAL_MILLIS", "1000"),
    SWITCH_DRAIN_SECONDS("switchDrainSeconds", "INTERVIEWIQ_SWITCH_DRAIN_SECONDS", "30"),
    EVALUATOR("evaluator", "INTERVIEWIQ_EVALUATOR", null),
    EVALUATOR_URL("evaluatorUrl", "INTERVIEWIQ_EVALUATOR_URL", null),
    EVALUATOR_MODEL("evaluatorModel", "INTERVIEWIQ_EVALUATOR_MODEL", null),
    EVALUATOR_API_KEY_ENV("evaluatorApiKeyEnv", "INTERVIEWIQ_EVALUATOR_API_KEY_ENV", "INTERVIEWIQ_EVALUATOR_API_KEY"),
    EVALUATOR_TIMEOUT_SECONDS("evaluatorTimeoutSeconds", "INTERVIEWIQ_EVALUATOR_TIMEOUT_SECONDS", "10"),
    EVALUATOR_COOLDOWN_SECONDS("evaluatorCooldownSeconds", "INTERVIEWIQ_EVALUATOR_COOLDOWN_SECONDS", "60"),
    HEALTH_PING_MS("healthPingMs", "INTERVIEWIQ_HEALTH_PING_MS", "250/2000"),
    HEALTH_POOL_SATURATION("healthPoolSaturation", "INTERVIEWIQ_HEALTH_POOL_SATURATION", "0.8/0.95"),
    HEALTH_PENDING_ACQUIRES("healthPendingAcquires", "INTERVIEWIQ_HEALTH_PENDING_ACQUIRES", "5/50"),
    HEALTH_P99_MS("healthP99Ms", "INTERVIEWIQ_HEALTH_P99_MS", "250/1000"),
    HEALTH_ERRORS_PER_SECOND("healthErrorsPerSecond", "INTERVIEWIQ_HEALTH_ERRORS_PER_SECOND", "1/10"),
    HEALTH_SERVER_CONNECTIONS("healthServerConnections", "INTERVIEWIQ_HEALTH_SERVER_CONNECTIONS", "0.8/0.95"),
    HEALTH_SUSTAIN_SECONDS("healthSustainSeconds", "INTERVIEWIQ_HEALTH_SUSTAIN_SECONDS", "10"),
    HEALTH_QUIET_SECONDS("healthQuietSeconds", "INTERVIEWIQ_HEALTH_QUIET_SECONDS", "60"),
    DESKTOP_NOTIFICATIONS("desktopNotifications", "INTERVIEWIQ_DESKTOP_NOTIFICATIONS", "true"),
    HTTP_ENABLED("httpEnabled", "INTERVIEWIQ_HTTP_ENABLED", "false"),
    HTTP_PORT("httpPort", "INTERVIEWIQ_HTTP_PORT", "8765"),
    HTTP_TOKEN("httpToken", "INTERVIEWIQ_HTTP_TOKEN", null),
    BACKUP_KEEP("backupKeep", "INTERVIEWIQ_BACKUP_KEEP", "7"),
    RETENTION_DAYS("retentionDays", "INTERVIEWIQ_RETENTION_DAYS", "0"),
    METRICS_KEEP_DAYS("metricsKeepDays", "INTERVIEWIQ_METRICS_KEEP_DAYS", "7"),
    INTERVIEWER_NAME("interviewerName", "INTERVIEWIQ_INTERVIEWER", null);

    private final String fileKey;
    private final String envVar;
    private final String defaultValue;

    SettingKey(String fileKey, String envVar, String defaultValue) {
        this.fileKey = fileKey;
        this.envVar = envVar;
        this.defaultValue = defaultValue;
    }

    public String fileKey() {
        return fileKey;
    }

    public String envVar() {
        return envVar;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public boolean isSecret() {
        return this == DATABASE_PASSWORD || this == HTTP_TOKEN;
    }
}
