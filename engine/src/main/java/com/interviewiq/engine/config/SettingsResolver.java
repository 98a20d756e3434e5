package com.interviewiq.engine.config;


import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns raw values from the four sources into one validated {@link Settings}. Every error names
 * the setting and the source of the bad value.
 */
public final class SettingsResolver {
    private final Path dataDir;
    private final Map<SettingKey, String> cli;
    private final Map<String, String> env;
    private final Map<SettingKey, String> file;
    private final Map<SettingKey, SettingSource> sources = new EnumMap<>(SettingKey.class);

    private SettingsResolver(Path dataDir, Map<SettingKey, String> cli, Map<String, String> env,
                             Map<SettingKey, String> file) {
        this.dataDir = dataDir;
        this.cli = cli;
        this.env = env;
        this.file = file;
    }

    /**
     * Loads settings for a process: resolves the data dir, reads its settings.json, applies the
     * environment and then the command-line values.
     */
    public static Settings load(Path cliDataDir, Map<SettingKey, String> cli, Map<String, String> env) {
        Path dataDir = DataDirs.resolve(cliDataDir, env);
        Map<SettingKey, String> file = SettingsFile.read(dataDir.resolve(SettingsFile.FILE_NAME));
        return resolve(dataDir, cli, env, file);
    }

    public static Settings resolve(Path dataDir, Map<SettingKey, String> cli, Map<String, String> env,
                                   Map<SettingKey, String> file) {
        return new SettingsResolver(dataDir, cli, env, file).build();
    }

    private Settings build() {
        String url = raw(SettingKey.DATABASE_URL);
        DatabaseTarget target;
        try {
            target = url == null ? DatabaseTarget.defaultH2(dataDir) : DatabaseTarget.parse(url, dataDir);
        } catch (SettingsException e) {
            throw new SettingsException(where(SettingKey.DATABASE_URL) + ": " + e.getMessage());
        }
        String user = raw(SettingKey.DATABASE_USER);
        String password = raw(SettingKey.DATABASE_PASSWORD);
        target = target.withCredentials(user, password == null ? null : Secret.of(password));
        try {
            target = target.withPooler(Pooler.parse(raw(SettingKey.DATABASE_POOLER)));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(where(SettingKey.DATABASE_POOLER) + ": " + e.getMessage());
        }

        Mode mode = bool(SettingKey.ASYNC_ENABLED) ? Mode.ASYNC : Mode.SYNC;
        SyncExecutor executor;
        try {
            executor = SyncExecutor.parse(raw(SettingKey.SYNC_EXECUTOR));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(where(SettingKey.SYNC_EXECUTOR) + ": " + e.getMessage());
        }
        int size = integer(SettingKey.POOL_SIZE, 1, 1000);
        int overflow = integer(SettingKey.MAX_OVERFLOW, 0, 1000);
        Duration timeout = seconds(SettingKey.POOL_TIMEOUT_SECONDS, 0.25, 600);
        Duration recycle = seconds(SettingKey.POOL_RECYCLE_SECONDS, 30, 7 * 24 * 3600);
        Duration leak = seconds(SettingKey.LEAK_DETECTION_SECONDS, 0, 3600);
        if (!leak.isZero() && leak.toMillis() < 2000) {
            throw new SettingsException(where(SettingKey.LEAK_DETECTION_SECONDS)
                    + ": must be 0 (off) or at least 2 seconds");
        }
        int minIdle = integer(SettingKey.POOL_MIN_IDLE, 0, 1000);
        if (minIdle > size) {
            throw new SettingsException(where(SettingKey.POOL_MIN_IDLE) + ": " + minIdle
                    + " is more than the pool size (" + size + ")");
        }
        Duration idle = seconds(SettingKey.POOL_IDLE_SECONDS, PoolSettings.MIN_IDLE_TIMEOUT.toSeconds(), 24 * 3600);
        if (idle.compareTo(recycle) >= 0) {
            throw new SettingsException(where(SettingKey.POOL_IDLE_SECONDS) + ": must be less than the pool recycle ("
                    + recycle.toSeconds() + " s)");
        }
        boolean monitoring = bool(SettingKey.MONITORING_ENABLED);
        Duration sample = Duration.ofMillis(integer(SettingKey.SAMPLE_INTERVAL_MILLIS, 100, 60_000));
        Duration drain = seconds(SettingKey.SWITCH_DRAIN_SECONDS, 0.1, 3600);
        EvaluatorSettings evaluator = evaluator();
        HealthThresholds health = new HealthThresholds(pair(SettingKey.HEALTH_PING_MS), pair(SettingKey.HEALTH_POOL_SATURATION),
                pair(SettingKey.HEALTH_PENDING_ACQUIRES), pair(SettingKey.HEALTH_P99_MS),
                pair(SettingKey.HEALTH_ERRORS_PER_SECOND), pair(SettingKey.HEALTH_SERVER_CONNECTIONS), seconds(SettingKey.HEALTH_SUSTAIN_SECONDS, 0, 3600),
                seconds(SettingKey.HEALTH_QUIET_SECONDS, 0, 24 * 3600), bool(SettingKey.DESKTOP_NOTIFICATIONS));
        String token = raw(SettingKey.HTTP_TOKEN);
        HttpSettings http = new HttpSettings(bool(SettingKey.HTTP_ENABLED), integer(SettingKey.HTTP_PORT, 0, 65535),
                token == null || token.isBlank() ? Secret.EMPTY : Secret.of(token.strip()));
        return new Settings(dataDir, target, mode, bool(SettingKey.ASYNC_FALLBACK), executor,
                new PoolSettings(size, overflow, timeout, recycle, leak, minIdle, idle), monitoring, sample, drain, evaluator, health,
                http, new DataSettings(integer(SettingKey.BACKUP_KEEP, 1, 1000), integer(SettingKey.RETENTION_DAYS, 0, 36500),
                        interviewerName(), integer(SettingKey.METRICS_KEEP_DAYS, 1, 3650)),
                sources);
    }

    /** Who overrides and erases here: the setting, or the OS user. */
    private String interviewerName() {
        String name = raw(SettingKey.INTERVIEWER_NAME);
        if (name == null || name.isBlank()) {
            return DataSettings.osUser();
        }
        String n = name.strip();
        if (n.length() > DataSettings.MAX_NAME || com.interviewiq.engine.validation.Text.hasControlCharacter(n)) {
            throw new SettingsException(where(SettingKey.INTERVIEWER_NAME) + ": must be a name of at most "
                    + DataSettings.MAX_NAME + " characters without control characters");
        }
        return n;
    }

    private EvaluatorSettings evaluator() {
        String url = raw(SettingKey.EVALUATOR_URL);
        String model = raw(SettingKey.EVALUATOR_MODEL);
        String keyEnv = raw(SettingKey.EVALUATOR_API_KEY_ENV);
        if (keyEnv != null && !keyEnv.isBlank() && !EvaluatorSettings.isVariableName(keyEnv)) {
            // not echoed: a key pasted here by mistake must not end up in a message (or the settings file)
            throw new SettingsException(where(SettingKey.EVALUATOR_API_KEY_ENV) + ": must be the name of an"
                    + " environment variable (letters, digits, '_'), not the key itself");
        }
        keyEnv = keyEnv == null || keyEnv.isBlank() ? null : keyEnv.strip();
        Duration timeout = seconds(SettingKey.EVALUATOR_TIMEOUT_SECONDS, 1, 120);
        Duration coolDown = seconds(SettingKey.EVALUATOR_COOLDOWN_SECONDS, 1, 3600);
        String chosen = raw(SettingKey.EVALUATOR);
        EvaluatorKind kind = null; // unset: remote when a URL is set (as before this setting existed), else semantic
        if (chosen != null && !chosen.isBlank()) {
            kind = EvaluatorKind.parse(chosen);
            if (kind == null) {
                throw new SettingsException(where(SettingKey.EVALUATOR) + ": must be semantic, rubric or remote, got '"
                        + chosen.strip() + "'");
            }
        }
        if (url == null || url.isBlank()) {
            if (kind == EvaluatorKind.REMOTE) {
                throw new SettingsException(where(SettingKey.EVALUATOR_URL) + ": a chat-completions URL is required when"
                        + " the evaluator is remote");
            }
            return new EvaluatorSettings(kind, null, null, keyEnv, timeout, coolDown);
        }
        java.net.URI uri;
        try {
            uri = java.net.URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new SettingsException(where(SettingKey.EVALUATOR_URL) + ": '" + url + "' is not a URL");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new SettingsException(where(SettingKey.EVALUATOR_URL) + ": must be an http(s) URL of a"
                    + " chat-completions endpoint, e.g. http://127.0.0.1:11434/v1/chat/completions");
        }
        if (model == null || model.isBlank()) {
            throw new SettingsException(where(SettingKey.EVALUATOR_MODEL) + ": a model name is required when the"
                    + " remote evaluator URL is set");
        }
        return new EvaluatorSettings(kind, uri, model.strip(), keyEnv, timeout, coolDown);
    }

    private String raw(SettingKey key) {
        String v = cli.get(key);
        if (v != null) {
            sources.put(key, SettingSource.CLI);
            return v;
        }
        v = env.get(key.envVar());
        if (v != null && !v.isBlank()) {
            sources.put(key, SettingSource.ENVIRONMENT);
            return v;
        }
        v = file.get(key);
        if (v != null) {
            sources.put(key, SettingSource.FILE);
            return v;
        }
        sources.put(key, SettingSource.DEFAULT);
        return key.defaultValue();
    }

    private String where(SettingKey key) {
        SettingSource source = sources.getOrDefault(key, SettingSource.DEFAULT);
        return switch (source) {
            case ENVIRONMENT -> "environment variable " + key.envVar();
            case FILE -> "setting '" + key.fileKey() + "' in " + dataDir.resolve(SettingsFile.FILE_NAME);
            case CLI -> "command-line option for " + key.fileKey();
            case DEFAULT -> "default of " + key.fileKey();
        };
    }

    private boolean bool(SettingKey key) {
        String v = raw(key).trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new SettingsException(where(key) + ": '" + v + "' is not true or false");
        };
    }

    private int integer(SettingKey key, int min, int max) {
        String v = raw(key).trim();
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new SettingsException(where(key) + ": '" + v + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new SettingsException(where(key) + ": " + n + " is outside " + min + ".." + max);
        }
        return n;
    }

    private Duration seconds(SettingKey key, double min, double max) {
        String v = raw(key).trim().toLowerCase(Locale.ROOT);
        String number = v.endsWith("s") ? v.substring(0, v.length() - 1).trim() : v;
        BigDecimal s;
        try {
            s = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new SettingsException(where(key) + ": '" + v + "' is not a number of seconds");
        }
        if (s.doubleValue() < min || s.doubleValue() > max) {
            throw new SettingsException(where(key) + ": " + v + " s is outside " + fmt(min) + ".." + fmt(max) + " s");
        }
        return Duration.ofMillis(s.movePointRight(3).longValue());
    }

    /** "warn/critical", e.g. "250/1000"; critical must not be below warn. */
    private HealthThresholds.Pair pair(SettingKey key) {
        String v = raw(key).trim();
        String[] parts = v.split("/");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            double warn = Double.parseDouble(parts[0].trim());
            double critical = Double.parseDouble(parts[1].trim());
            if (warn < 0 || critical < warn) {
                throw new SettingsException(where(key) + ": critical must be at least warn, and both 0 or more; got " + v);
            }
            return new HealthThresholds.Pair(warn, critical);
        } catch (NumberFormatException e) {
            throw new SettingsException(where(key) + ": '" + v + "' is not WARN/CRITICAL, e.g. 250/1000");
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
