package com.interviewiq.app;

import com.interviewiq.engine.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** validate against a real PostgreSQL server that checks passwords. */
class PostgresCliTest {
    @TempDir
    Path dataDir;

    @Test
    void asyncpgStyleUrlValidatesInBothModes() {
        String db = TestDatabases.createPostgresDatabase();
        String url = "postgresql+asyncpg://postgres:" + TestDatabases.PASSWORD + "@127.0.0.1:"
                + TestDatabases.postgres().getPort() + "/" + db;
        Cli r = Cli.run("validate", "--mode", "both", "--database-url", url, "--data-dir", dataDir.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("PostgreSQL", "OK   both modes see the same data")
                .doesNotContain(TestDatabases.PASSWORD);
    }

    @Test
    void wrongPasswordIsOneClearFailureWithoutThePassword() {
        String db = TestDatabases.createPostgresDatabase();
        String wrong = "Not-The-Password-42";
        String url = "postgresql+asyncpg://postgres:" + wrong + "@127.0.0.1:" + TestDatabases.postgres().getPort() + "/" + db;
        Cli r = Cli.run("validate", "--mode", "both", "--database-url", url, "--data-dir", dataDir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.startsWith("FAIL")).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("database reachable", "password authentication failed"));
        assertThat(r.out() + r.err()).doesNotContain(wrong);
        Cli json = Cli.run("validate", "--json", "--database-url", url, "--data-dir", dataDir.toString());
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).contains("\"ok\" : false").doesNotContain(wrong);
    }
}
