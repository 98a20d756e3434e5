package com.interviewiq.engine.config;

/**
 * Every user-facing setting: its name in settings.json, its environment variable (the seed's
 * names are kept) and its default. Values are parsed by {@link SettingsResolver}.
 */
public enum SettingKey {
    DATABASE_URL("databaseUrl", "DATABASE_URL", null),
    DATABASE_USER("databaseUser", "DATABASE_USER", null),
    DATABASE_PASSWORD("databasePassword", "DATABASE_PASSWORD", null),
    ASYNC_ENABLED("asyncEnabled", "ASYNC_DATABASE_ENABLED", "false"),
    SYNC_EXECUTOR("syncExecutor", "INTERVIEWIQ_SYNC_EXECUTOR", "platform"),
    POOL_SIZE("poolSize", "ASYNC_DATABASE_POOL_SIZE", "20"),
    MAX_OVERFLOW("maxOverflow", "ASYNC_DATABASE_MAX_OVERFLOW", "30"),
    POOL_TIMEOUT_SECONDS("poolTimeoutSeconds", "ASYNC_DATABASE_POOL_TIMEOUT", "30"),
    POOL_RECYCLE_SECONDS("poolRecycleSeconds", "ASYNC_DATABASE_POOL_RECYCLE", "3600"),
    LEAK_DETECTION_SECONDS("leakDetectionSeconds", "INTERVIEWIQ_LEAK_DETECTION_SECONDS", "60"),
    MONITORING_ENABLED("monitoringEnabled", "ASYNC_DATABASE_MONITORING_ENABLED", "true"),
    SAMPLE_INTERVAL_MILLIS("sampleIntervalMillis", "INTERVIEWIQ_SAMPLE_INTERVAL_MILLIS", "1000"),
    SWITCH_DRAIN_SECONDS("switchDrainSeconds", "INTERVIEWIQ_SWITCH_DRAIN_SECONDS", "30"),
    EVALUATOR_URL("evaluatorUrl", "INTERVIEWIQ_EVALUATOR_URL", null),
    EVALUATOR_MODEL("evaluatorModel", "INTERVIEWIQ_EVALUATOR_MODEL", null),
    EVALUATOR_API_KEY_ENV("evaluatorApiKeyEnv", "INTERVIEWIQ_EVALUATOR_API_KEY_ENV", "INTERVIEWIQ_EVALUATOR_API_KEY"),
    EVALUATOR_TIMEOUT_SECONDS("evaluatorTimeoutSeconds", "INTERVIEWIQ_EVALUATOR_TIMEOUT_SECONDS", "10");

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
        return this == DATABASE_PASSWORD;
    }
}
