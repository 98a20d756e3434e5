package com.interviewiq.ui.startup;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.config.Vendor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The start-up banner's behaviour without a screen, on real databases: a saved PostgreSQL URL
 * that nothing answers, and the local H2 file of the data directory.
 */
class StartupViewModelTest {
    private static final String GONE = "postgresql://nobody:nothing@127.0.0.1:1/gone";

    @TempDir
    Path dataDir;

    private final List<Engine> started = new ArrayList<>();
    private StartupViewModel model;
    private SavedSettingsStarter starter;

    @BeforeEach
    void savedDatabaseIsUnreachable() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{\"databaseUrl\": \"" + GONE + "\"}");
        starter = new SavedSettingsStarter(dataDir,
                () -> SettingsResolver.load(dataDir, Map.of(), Map.of()), Engine::start);
        model = new StartupViewModel(starter, Runnable::run, Runnable::run, started::add);
    }

    @AfterEach
    void closeEngines() {
        started.forEach(Engine::close);
    }

    @Test
    void anUnreachableDatabaseShowsTheBannerWithTheDatabaseAndTheReason() {
        assertThatThrownBy(() -> model.start().toCompletableFuture().get(30, TimeUnit.SECONDS));
        assertThat(model.failed().get()).isTrue();
        assertThat(model.busy().get()).isFalse();
        assertThat(model.database().get()).isEqualTo("PostgreSQL 127.0.0.1:1/gone");
        assertThat(model.reason().get()).contains("127.0.0.1:1").doesNotContain("nothing");
        assertThat(started).isEmpty();
    }

    @Test
    void theLocalDatabaseOpensWithoutOverwritingTheSavedSetting() throws Exception {
        model.start().toCompletableFuture().handle((e, x) -> null).get(30, TimeUnit.SECONDS);
        Engine local = model.useLocalDatabase().toCompletableFuture().get(60, TimeUnit.SECONDS);
        assertThat(started).containsExactly(local);
        assertThat(model.failed().get()).isFalse();
        assertThat(local.settings().database().vendor()).isEqualTo(Vendor.H2);
        assertThat(local.settings().database().location()).contains(dataDir.toString());
        assertThat(Files.readString(dataDir.resolve("settings.json"))).contains(GONE);
    }

    @Test
    void meanwhileHealthSaysTheDatabaseIsDownAndLogsEveryAttempt() {
        assertThatThrownBy(() -> model.start().toCompletableFuture().get(30, TimeUnit.SECONDS));
        assertThatThrownBy(() -> model.retry().toCompletableFuture().get(30, TimeUnit.SECONDS));
        var report = model.health();
        assertThat(report.status()).isEqualTo(com.interviewiq.engine.health.HealthStatus.DOWN);
        assertThat(report.database()).isEqualTo("PostgreSQL 127.0.0.1:1/gone");
        assertThat(report.checks()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("database");
            assertThat(c.level()).isEqualTo("down");
            assertThat(c.detail()).isEqualTo(model.reason().get());
            assertThat(c.since()).isNotNull();
        });
        assertThat(model.alerts()).hasSize(2).allSatisfy(a -> assertThat(a.message())
                .startsWith("cannot open PostgreSQL 127.0.0.1:1/gone: ").doesNotContain("nothing"));
    }

    @Test
    void applyOnTheSettingsPageStartsOnTheEditedFieldsWithoutSavingThem() throws Exception {
        model.start().toCompletableFuture().handle((e, x) -> null).get(30, TimeUnit.SECONDS);
        var fields = new com.interviewiq.ui.settings.SettingsViewModel(dataDir, Map.of(), starter.savedSettings());
        assertThat(fields.value(SettingKey.DATABASE_URL).get()).isEqualTo(GONE);

        fields.value(SettingKey.DATABASE_URL).set("mysql://db/iq");
        assertThat(fields.validate()).isFalse();
        assertThat(fields.error(SettingKey.DATABASE_URL).get()).startsWith("unsupported database URL");
        assertThatThrownBy(() -> model.applier().apply(fields, p -> { }).toCompletableFuture().get(30, TimeUnit.SECONDS));
        assertThat(started).as("bad input starts nothing").isEmpty();

        Path other = dataDir.resolve("elsewhere").resolve("db");
        fields.value(SettingKey.DATABASE_URL).set("jdbc:h2:file:" + other);
        assertThat(fields.validate()).isTrue();
        String sentence = model.applier().apply(fields, p -> { }).toCompletableFuture().get(60, TimeUnit.SECONDS);
        assertThat(sentence).startsWith("Started on H2 file " + other);
        assertThat(started).singleElement().satisfies(e -> assertThat(e.settings().database().location())
                .isEqualTo("H2 file " + other));
        assertThat(model.started().get()).isTrue();
        assertThat(model.database().get()).isEqualTo("H2 file " + other);
        assertThat(Files.readString(dataDir.resolve("settings.json"))).as("Apply does not save").contains(GONE);
        assertThatThrownBy(() -> model.retry().toCompletableFuture().get(5, TimeUnit.SECONDS))
                .as("one engine per console").hasMessageContaining("already started");
    }
}
