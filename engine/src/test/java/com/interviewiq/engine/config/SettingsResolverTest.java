package com.interviewiq.engine.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsResolverTest {
    @TempDir
    Path dir;

    @Test
    void defaultsMatchTheSeed() {
        Settings s = SettingsResolver.resolve(dir, Map.of(), Map.of(), Map.of());
        assertThat(s.mode()).isEqualTo(Mode.SYNC);
        assertThat(s.syncExecutor()).isEqualTo(SyncExecutor.PLATFORM);
        assertThat(s.pool()).isEqualTo(new PoolSettings(20, 30, Duration.ofSeconds(30), Duration.ofSeconds(3600),
                Duration.ofSeconds(60)));
        assertThat(s.pool().max()).isEqualTo(50);
        assertThat(s.pool().minIdle()).as("an idle console holds one connection, not twenty").isEqualTo(1);
        assertThat(s.pool().idle()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.database().pooler()).isEqualTo(Pooler.NONE);
        assertThat(s.health().serverConnections()).isEqualTo(new HealthThresholds.Pair(0.8, 0.95));
        assertThat(s.monitoringEnabled()).isTrue();
        assertThat(s.database().vendor()).isEqualTo(Vendor.H2);
        assertThat(s.database().jdbcUrl()).isEqualTo("jdbc:h2:file:" + dir.resolve("db/interviewiq") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=32768");
        assertThat(s.sourceOf(SettingKey.POOL_SIZE)).isEqualTo(SettingSource.DEFAULT);
    }

    @Test
    void elasticPoolAndPoolerSettingsComeFromTheirVariables() {
        Map<String, String> env = Map.of("INTERVIEWIQ_POOL_MIN_IDLE", "2", "INTERVIEWIQ_POOL_IDLE_SECONDS", "30",
                "INTERVIEWIQ_DATABASE_POOLER", "pgbouncer", "DATABASE_URL", "postgresql://app:pw@db:6432/interviewiq");
        Settings s = SettingsResolver.resolve(dir, Map.of(), env, Map.of());
        assertThat(s.pool().minIdle()).isEqualTo(2);
        assertThat(s.pool().idle()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.database().pooler()).isEqualTo(Pooler.PGBOUNCER);
        assertThat(s.database().jdbcUrl()).isEqualTo("jdbc:postgresql://db:6432/interviewiq?prepareThreshold=0");
        assertThat(s.database().withPooler(Pooler.NONE).jdbcUrl()).isEqualTo("jdbc:postgresql://db:6432/interviewiq");
        // H2 has no pooler: the setting changes nothing there
        Settings h2 = SettingsResolver.resolve(dir, Map.of(SettingKey.DATABASE_POOLER, "pgbouncer"), Map.of(), Map.of());
        assertThat(h2.database().pooler()).isEqualTo(Pooler.NONE);
    }

    @Test
    void badElasticPoolValuesNameTheSettingAndWhere() {
        assertThatThrownBy(() -> SettingsResolver.resolve(dir, Map.of(), Map.of("INTERVIEWIQ_POOL_MIN_IDLE", "25"), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessage("environment variable INTERVIEWIQ_POOL_MIN_IDLE: 25 is more than the pool size (20)");
        assertThatThrownBy(() -> SettingsResolver.resolve(dir, Map.of(), Map.of(), Map.of(SettingKey.POOL_IDLE_SECONDS, "5")))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("setting 'poolIdleSeconds' in ").hasMessageEndingWith("5 s is outside 10..86400 s");
        assertThatThrownBy(() -> SettingsResolver.resolve(dir, Map.of(SettingKey.DATABASE_POOLER, "pgpool"), Map.of(), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessage("command-line option for databasePooler: 'pgpool' is not a pooler; use none or pgbouncer");
        assertThatThrownBy(() -> SettingsResolver.resolve(dir, Map.of(SettingKey.POOL_IDLE_SECONDS, "120",
                SettingKey.POOL_RECYCLE_SECONDS, "60"), Map.of(), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessage("command-line option for poolIdleSeconds: must be less than the pool recycle (60 s)");
    }

    @Test
    void cliBeatsEnvironmentBeatsFileBeatsDefault() {
        Map<SettingKey, String> file = Map.of(SettingKey.POOL_SIZE, "5", SettingKey.MAX_OVERFLOW, "6",
                SettingKey.POOL_TIMEOUT_SECONDS, "7", SettingKey.ASYNC_ENABLED, "true");
        Map<String, String> env = Map.of("ASYNC_DATABASE_POOL_SIZE", "8", "ASYNC_DATABASE_MAX_OVERFLOW", "9");
        Map<SettingKey, String> cli = Map.of(SettingKey.POOL_SIZE, "10");
        Settings s = SettingsResolver.resolve(dir, cli, env, file);
        assertThat(s.pool().size()).isEqualTo(10);
        assertThat(s.pool().maxOverflow()).isEqualTo(9);
        assertThat(s.pool().timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(s.pool().recycle()).isEqualTo(Duration.ofSeconds(3600));
        assertThat(s.mode()).isEqualTo(Mode.ASYNC);
        assertThat(s.sourceOf(SettingKey.POOL_SIZE)).isEqualTo(SettingSource.CLI);
        assertThat(s.sourceOf(SettingKey.MAX_OVERFLOW)).isEqualTo(SettingSource.ENVIRONMENT);
        assertThat(s.sourceOf(SettingKey.POOL_TIMEOUT_SECONDS)).isEqualTo(SettingSource.FILE);
        assertThat(s.sourceOf(SettingKey.POOL_RECYCLE_SECONDS)).isEqualTo(SettingSource.DEFAULT);
    }

    @Test
    void seedEnvironmentVariablesAreHonoured() {
        Map<String, String> env = Map.of("ASYNC_DATABASE_ENABLED", "true", "ASYNC_DATABASE_POOL_TIMEOUT", "2.5",
                "ASYNC_DATABASE_POOL_RECYCLE", "120", "ASYNC_DATABASE_MONITORING_ENABLED", "false",
                "DATABASE_URL", "postgresql+asyncpg://app:pw@db:5432/interviewiq");
        Settings s = SettingsResolver.resolve(dir, Map.of(), env, Map.of());
        assertThat(s.mode()).isEqualTo(Mode.ASYNC);
        assertThat(s.pool().timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(s.pool().recycle()).isEqualTo(Duration.ofSeconds(120));
        assertThat(s.monitoringEnabled()).isFalse();
        assertThat(s.database().vendor()).isEqualTo(Vendor.POSTGRESQL);
        assertThat(s.database().user()).isEqualTo("app");
    }

    @Test
    void badValuesNameTheSettingAndWhereItCameFrom() {
        assertThatThrownBy(() -> SettingsResolver.resolve(dir, Map.of(), Map.of("ASYNC_DATABASE_POOL_SIZE", "lots"), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("ASYNC_DATABASE_POOL_SIZE").hasMessageContaining("'lots' is not a whole number");
        assertThatThrownBy(() -> SettingsResolver.resolve(dir, Map.of(), Map.of(), Map.of(SettingKey.POOL_TIMEOUT_SECONDS, "0")))
                .hasMessageContaining("poolTimeoutSeconds").hasMessageContaining("settings.json");
        assertThatThrownBy(() -> SettingsResolver.resolve(dir, Map.of(), Map.of("ASYNC_DATABASE_ENABLED", "maybe"), Map.of()))
                .hasMessageContaining("ASYNC_DATABASE_ENABLED").hasMessageContaining("not true or false");
        assertThatThrownBy(() -> SettingsResolver.resolve(dir, Map.of(),
                Map.of("DATABASE_URL", "sqlite+aiosqlite:///x.db"), Map.of()))
                .hasMessageContaining("environment variable DATABASE_URL").hasMessageContaining("accepted forms");
    }

    @Test
    void fileRoundTripsAndIsPrivateWhenItHoldsAPassword() throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsFile.write(file, Map.of(SettingKey.POOL_SIZE, "12", SettingKey.ASYNC_ENABLED, "true"));
        assertThat(SettingsFile.read(file)).containsEntry(SettingKey.POOL_SIZE, "12")
                .containsEntry(SettingKey.ASYNC_ENABLED, "true");
        assertThat(Files.readString(file)).contains("\"poolSize\" : 12").contains("\"asyncEnabled\" : true");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");

        SettingsFile.write(file, Map.of(SettingKey.DATABASE_URL, "postgresql://h/db",
                SettingKey.DATABASE_PASSWORD, "hunter2-secret"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Settings s = SettingsResolver.load(dir, Map.of(), Map.of());
        assertThat(s.database().password().reveal()).isEqualTo("hunter2-secret");
        assertThat(s.toString()).doesNotContain("hunter2-secret");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void malformedFileIsOneClearError() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"poolSize\": 12,\n \"asyncEnabled\": }");
        assertThatThrownBy(() -> SettingsResolver.load(dir, Map.of(), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("settings.json").hasMessageContaining("not valid JSON").hasMessageContaining("line 2");
    }

    @Test
    void dataDirComesFromFlagThenEnvironmentThenXdg() {
        Path flag = dir.resolve("flag");
        assertThat(DataDirs.resolve(flag, Map.of("INTERVIEWIQ_HOME", "/elsewhere"))).isEqualTo(flag);
        assertThat(DataDirs.resolve(null, Map.of("INTERVIEWIQ_HOME", "/srv/iq"))).isEqualTo(Path.of("/srv/iq"));
        assertThat(DataDirs.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"))).isEqualTo(Path.of("/xdg/interviewiq"));
    }

    @org.junit.jupiter.api.Test
    void theEvaluatorChoiceDefaultsToSemanticOrToRemoteWhenAUrlIsSet() {
        assertThat(SettingsResolver.resolve(dir, Map.of(), Map.of(), Map.of()).evaluator().kind())
                .isEqualTo(EvaluatorKind.SEMANTIC);
        Settings remote = SettingsResolver.resolve(dir, Map.of(SettingKey.EVALUATOR_URL, "http://127.0.0.1:9/v1/chat/completions",
                SettingKey.EVALUATOR_MODEL, "m"), Map.of(), Map.of());
        assertThat(remote.evaluator().kind()).isEqualTo(EvaluatorKind.REMOTE);
        assertThat(remote.evaluator().remoteEnabled()).isTrue();
        Settings rubric = SettingsResolver.resolve(dir, Map.of(), Map.of("INTERVIEWIQ_EVALUATOR", "Rubric"), Map.of());
        assertThat(rubric.evaluator().kind()).isEqualTo(EvaluatorKind.RUBRIC);
        assertThat(rubric.evaluator().semanticEnabled()).isFalse();
        Settings semanticWithUrl = SettingsResolver.resolve(dir, Map.of(SettingKey.EVALUATOR, "semantic",
                SettingKey.EVALUATOR_URL, "http://127.0.0.1:9/v1/chat/completions", SettingKey.EVALUATOR_MODEL, "m"), Map.of(), Map.of());
        assertThat(semanticWithUrl.evaluator().remoteEnabled()).as("the URL is kept, not used").isFalse();
        assertThat(semanticWithUrl.evaluator().url()).isNotNull();

        assertThatThrownBy(() -> SettingsResolver.resolve(dir, Map.of(SettingKey.EVALUATOR, "remote"), Map.of(), Map.of()))
                .hasMessageContaining("evaluatorUrl").hasMessageContaining("required when the evaluator is remote");
        assertThatThrownBy(() -> SettingsResolver.resolve(dir, Map.of(), Map.of("INTERVIEWIQ_EVALUATOR", "gpt"), Map.of()))
                .hasMessageContaining("INTERVIEWIQ_EVALUATOR").hasMessageContaining("must be semantic, rubric or remote, got 'gpt'");
    }
}
