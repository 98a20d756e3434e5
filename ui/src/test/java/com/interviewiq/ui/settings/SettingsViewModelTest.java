package com.interviewiq.ui.settings;

import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsFile;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.config.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Settings view model without a screen. */
class SettingsViewModelTest {
    @TempDir
    Path dataDir;

    private SettingsViewModel model(Map<String, String> env) {
        Settings current = SettingsResolver.resolve(dataDir, Map.of(), env, SettingsFile.read(dataDir.resolve("settings.json")));
        return new SettingsViewModel(dataDir, env, current);
    }

    @Test
    void badValuesAreReportedBesideTheirFieldAndNothingIsSaved() {
        SettingsViewModel m = model(Map.of());
        m.value(SettingKey.POOL_SIZE).set("lots");
        m.value(SettingKey.HEALTH_P99_MS).set("500/100");
        m.value(SettingKey.DATABASE_URL).set("mysql://root@db/iq");
        assertThat(m.validate()).isFalse();
        assertThat(m.error(SettingKey.POOL_SIZE).get()).isEqualTo("'lots' is not a whole number");
        assertThat(m.error(SettingKey.HEALTH_P99_MS).get()).contains("critical must be at least warn");
        assertThat(m.error(SettingKey.DATABASE_URL).get()).contains("unsupported database URL");
        assertThat(m.error(SettingKey.MAX_OVERFLOW).get()).isEmpty();
        assertThat(Files.exists(dataDir.resolve("settings.json"))).isFalse();
    }

    @Test
    void savedValuesComeBackAndSecretsAreNeverShown() {
        SettingsViewModel m = model(Map.of());
        m.value(SettingKey.POOL_SIZE).set("12");
        m.value(SettingKey.ASYNC_ENABLED).set("true");
        m.value(SettingKey.HTTP_TOKEN).set("tok-123456");
        assertThat(m.validate()).isTrue();
        m.save();
        SettingsViewModel again = model(Map.of());
        assertThat(again.value(SettingKey.POOL_SIZE).get()).isEqualTo("12");
        assertThat(again.value(SettingKey.ASYNC_ENABLED).get()).isEqualTo("true");
        assertThat(again.value(SettingKey.HTTP_TOKEN).get()).as("secret not shown back").isEmpty();
        again.save(); // an empty secret field keeps the saved one
        assertThat(SettingsFile.read(dataDir.resolve("settings.json"))).containsEntry(SettingKey.HTTP_TOKEN, "tok-123456");
        assertThat(again.backendSpec().mode()).isEqualTo(Mode.ASYNC);
        assertThat(again.backendSpec().pool().size()).isEqualTo(12);
    }

    @Test
    void environmentOverridesAreReadOnlyAndWin() {
        SettingsViewModel m = model(Map.of("ASYNC_DATABASE_POOL_SIZE", "7"));
        assertThat(m.fromEnvironment(SettingKey.POOL_SIZE).get()).isTrue();
        assertThat(m.value(SettingKey.POOL_SIZE).get()).isEqualTo("7");
        m.value(SettingKey.MAX_OVERFLOW).set("3");
        m.save();
        assertThat(SettingsFile.read(dataDir.resolve("settings.json"))).doesNotContainKey(SettingKey.POOL_SIZE)
                .containsEntry(SettingKey.MAX_OVERFLOW, "3");
        assertThat(m.backendSpec().pool().size()).isEqualTo(7);
    }
}
