package com.interviewiq.ui.settings;

import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsException;
import com.interviewiq.engine.config.SettingsFile;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.db.BackendSpec;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Settings screen's state: one text value, one error and one "set by the environment" flag per
 * setting. Values are checked by the engine's own resolver, one field at a time, so the screen and
 * the command line accept exactly the same things and errors name the same settings.
 */
public final class SettingsViewModel {
    private final Path dataDir;
    private final Map<String, String> env;
    private final Map<SettingKey, StringProperty> values = new EnumMap<>(SettingKey.class);
    private final Map<SettingKey, StringProperty> errors = new EnumMap<>(SettingKey.class);
    private final Map<SettingKey, BooleanProperty> fromEnvironment = new EnumMap<>(SettingKey.class);

    public SettingsViewModel(Path dataDir, Map<String, String> env, Settings current) {
        this.dataDir = dataDir;
        this.env = env;
        Map<SettingKey, String> file = SettingsFile.read(dataDir.resolve(SettingsFile.FILE_NAME));
        for (SettingKey key : SettingKey.values()) {
            values.put(key, new SimpleStringProperty(initial(key, file, current)));
            errors.put(key, new SimpleStringProperty(""));
            fromEnvironment.put(key, new SimpleBooleanProperty(setByEnvironment(key)));
        }
    }

    private String initial(SettingKey key, Map<SettingKey, String> file, Settings current) {
        if (key.isSecret()) {
            return ""; // never shown back
        }
        if (setByEnvironment(key)) {
            return env.getOrDefault(key.envVar(), "");
        }
        return switch (key) {
            // the running engine's values (they may have been switched live)
            case ASYNC_ENABLED -> Boolean.toString(current.mode() == com.interviewiq.engine.config.Mode.ASYNC);
            case SYNC_EXECUTOR -> current.syncExecutor().label();
            case POOL_SIZE -> Integer.toString(current.pool().size());
            case MAX_OVERFLOW -> Integer.toString(current.pool().maxOverflow());
            case POOL_TIMEOUT_SECONDS -> seconds(current.pool().timeout().toMillis());
            case POOL_RECYCLE_SECONDS -> Long.toString(current.pool().recycle().toSeconds());
            case POOL_MIN_IDLE -> Integer.toString(current.pool().minIdle());
            case POOL_IDLE_SECONDS -> Long.toString(current.pool().idle().toSeconds());
            case EVALUATOR -> current.evaluator().kind().label(); // also when unset in the file: what runs
            default -> file.getOrDefault(key, key.defaultValue() == null ? "" : key.defaultValue());
        };
    }

    /** The environment wins over the file (and over this screen) for any variable that is set. */
    private boolean setByEnvironment(SettingKey key) {
        String v = env.get(key.envVar());
        return v != null && !v.isBlank();
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }

    public StringProperty value(SettingKey key) {
        return values.get(key);
    }

    public StringProperty error(SettingKey key) {
        return errors.get(key);
    }

    public BooleanProperty fromEnvironment(SettingKey key) {
        return fromEnvironment.get(key);
    }

    /** Checks every field on its own; returns true when all are valid. Errors appear beside their fields. */
    public boolean validate() {
        boolean ok = true;
        for (SettingKey key : SettingKey.values()) {
            String v = values.get(key).get();
            errors.get(key).set("");
            if (fromEnvironment.get(key).get() || v == null || v.isBlank()) {
                continue;
            }
            Map<SettingKey, String> alone = new EnumMap<>(SettingKey.class);
            alone.put(key, v.strip());
            if (key == SettingKey.EVALUATOR_URL) { // a URL is only valid together with a model
                alone.put(SettingKey.EVALUATOR_MODEL, blankOr(values.get(SettingKey.EVALUATOR_MODEL).get(), "model"));
            }
            String url = values.get(SettingKey.EVALUATOR_URL).get();
            if (key == SettingKey.EVALUATOR && url != null && !url.isBlank()) { // remote is only valid with a URL
                alone.put(SettingKey.EVALUATOR_URL, url.strip());
                alone.put(SettingKey.EVALUATOR_MODEL, blankOr(values.get(SettingKey.EVALUATOR_MODEL).get(), "model"));
            }
            try {
                SettingsResolver.resolve(dataDir, alone, Map.of(), Map.of());
            } catch (SettingsException e) {
                errors.get(key).set(fieldMessage(e.getMessage()));
                ok = false;
            }
        }
        return ok;
    }

    private static String blankOr(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    /** "command-line option for poolSize: 'x' is not a whole number" -> "'x' is not a whole number". */
    private static String fieldMessage(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    /** The settings these fields describe, with the environment still on top (what a restart would give). */
    public Settings resolved() {
        return SettingsResolver.resolve(dataDir, Map.of(), env, merged());
    }

    /** What Apply switches the engine to. */
    public BackendSpec backendSpec() {
        return backendSpec(resolved());
    }

    /** The backend part of settings already resolved from these fields. */
    static BackendSpec backendSpec(Settings s) {
        return new BackendSpec(s.database(), s.mode(), s.syncExecutor(), s.pool());
    }

    /** Writes the fields to settings.json (secrets left empty keep their saved value). */
    public void save() {
        SettingsFile.write(dataDir.resolve(SettingsFile.FILE_NAME), merged());
    }

    private Map<SettingKey, String> merged() {
        Map<SettingKey, String> out = new EnumMap<>(SettingsFile.read(dataDir.resolve(SettingsFile.FILE_NAME)));
        for (SettingKey key : SettingKey.values()) {
            String v = values.get(key).get();
            if (fromEnvironment.get(key).get()) {
                continue; // the environment decides; the file keeps what it had
            }
            if (v == null || v.isBlank()) {
                if (!key.isSecret()) {
                    out.remove(key);
                }
            } else {
                out.put(key, v.strip());
            }
        }
        return out;
    }
}
