package com.interviewiq.engine.testing;

import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.config.Mode;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** Settings for a whole engine in a test: a database URL, a mode and any extra settings. */
public final class TestEngines {
    private TestEngines() {
    }

    public static Settings settings(Path dataDir, String databaseUrl, Mode mode, Map<SettingKey, String> extra) {
        Map<SettingKey, String> cli = new EnumMap<>(SettingKey.class);
        if (databaseUrl != null) {
            cli.put(SettingKey.DATABASE_URL, databaseUrl);
        }
        cli.put(SettingKey.ASYNC_ENABLED, Boolean.toString(mode == Mode.ASYNC));
        cli.putAll(extra);
        return SettingsResolver.resolve(dataDir, cli, Map.of(), Map.of());
    }
}
