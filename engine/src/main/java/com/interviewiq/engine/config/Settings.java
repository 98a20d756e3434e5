package com.interviewiq.engine.config;


import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The engine's settings, resolved once (CLI flag > environment > settings file > default) and
 * immutable. {@link #sources()} tells where each value came from, so the UI can show which
 * values the environment overrides. {@code asyncFallback}: when async mode cannot start but sync
 * can, the engine starts in sync and raises an alert (the seed's behaviour) instead of failing.
 */
public record Settings(Path dataDir, DatabaseTarget database, Mode mode, boolean asyncFallback, SyncExecutor syncExecutor,
                       PoolSettings pool, boolean monitoringEnabled, Duration sampleInterval,
                       Duration switchDrainDeadline, EvaluatorSettings evaluator, HealthThresholds health,
                       HttpSettings http, DataSettings data, Map<SettingKey, SettingSource> sources) {

    public Settings {
        sources = Map.copyOf(sources);
    }

    public SettingSource sourceOf(SettingKey key) {
        return sources.getOrDefault(key, SettingSource.DEFAULT);
    }

    public Settings withMode(Mode newMode) {
        return new Settings(dataDir, database, newMode, asyncFallback, syncExecutor, pool, monitoringEnabled, sampleInterval,
                switchDrainDeadline, evaluator, health, http, data, sources);
    }

    public Settings withSyncExecutor(SyncExecutor executor) {
        return new Settings(dataDir, database, mode, asyncFallback, executor, pool, monitoringEnabled, sampleInterval,
                switchDrainDeadline, evaluator, health, http, data, sources);
    }

    public Settings withPool(PoolSettings newPool) {
        return new Settings(dataDir, database, mode, asyncFallback, syncExecutor, newPool, monitoringEnabled, sampleInterval,
                switchDrainDeadline, evaluator, health, http, data, sources);
    }

    public Settings withDatabase(DatabaseTarget target) {
        return new Settings(dataDir, target, mode, asyncFallback, syncExecutor, pool, monitoringEnabled, sampleInterval,
                switchDrainDeadline, evaluator, health, http, data, sources);
    }

    /** With the remote evaluator as applied live from the Settings screen. */
    public Settings withEvaluator(EvaluatorSettings newEvaluator) {
        return new Settings(dataDir, database, mode, asyncFallback, syncExecutor, pool, monitoringEnabled, sampleInterval,
                switchDrainDeadline, newEvaluator, health, http, data, sources);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path settingsFile() {
        return dataDir.resolve(SettingsFile.FILE_NAME);
    }
}
