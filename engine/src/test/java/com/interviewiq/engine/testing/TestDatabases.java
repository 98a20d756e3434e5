package com.interviewiq.engine.testing;

import com.interviewiq.engine.config.DatabaseTarget;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real databases for tests: a fresh H2 file, or a fresh database in one embedded PostgreSQL
 * server started once per test JVM (a real server from Maven artifacts, no install needed).
 */
public final class TestDatabases {
    public static final String PASSWORD = "s3cret-Pa55";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static PgBouncer pgbouncer;

    private TestDatabases() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
                requirePasswords(postgres);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot configure embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }

    /**
     * The embedded server trusts every local login; real servers check passwords. Give the
     * superuser a password and require it over TCP, so tests see what users see (including
     * "wrong password").
     */
    private static void requirePasswords(EmbeddedPostgres pg) throws SQLException, IOException {
        String hbaFile;
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("ALTER USER postgres PASSWORD '" + PASSWORD + "'");
            try (var rs = st.executeQuery("SHOW hba_file")) {
                rs.next();
                hbaFile = rs.getString(1);
            }
        }
        Files.writeString(Path.of(hbaFile), """
                local all all trust
                host  all all 127.0.0.1/32 scram-sha-256
                host  all all ::1/128      scram-sha-256
                """);
        // the old rules (trust) still apply to this reload itself
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("SELECT pg_reload_conf()");
        }
    }

    /** A JDBC connection to one database as the superuser, with the password. */
    public static Connection admin(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres().getPort() + "/" + database,
                "postgres", PASSWORD);
    }

    /**
     * A PostgreSQL server of the test's own, which the test may stop and start again: pass the same
     * data directory and the port of the first start (0 for any free port the first time).
     */
    public static EmbeddedPostgres ownPostgres(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        return (port == 0 ? b : b.setPort(port)).start();
    }

    /**
     * A PostgreSQL server of the test's own with a connection limit, as a team's shared server has
     * (the shared test server allows more). Local logins are trusted; the caller closes it.
     */
    public static EmbeddedPostgres postgresWithMaxConnections(int maxConnections) {
        try {
            return EmbeddedPostgres.builder().setServerConfig("max_connections", Integer.toString(maxConnections)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /** A new, empty PostgreSQL database. */
    public static DatabaseTarget freshPostgres() {
        return DatabaseTarget.parse(postgresUrl(createPostgresDatabase()), Path.of("."));
    }

    /** Creates a new, empty PostgreSQL database and returns its name. */
    public static String createPostgresDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + SEQ.incrementAndGet();
        try (Connection c = admin("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name); // a generated identifier, not user input
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database", e);
        }
        return name;
    }

    /**
     * One PgBouncer per test JVM in front of the shared server. Missing PgBouncer skips a test on a
     * developer's machine but fails it in CI, which installs it.
     */
    public static synchronized PgBouncer pgbouncer() {
        if (pgbouncer == null) {
            if (!PgBouncer.installed()) {
                org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("CI") == null,
                        "pgbouncer is not installed (apt-get install pgbouncer; .ci/run does)");
                throw new IllegalStateException("pgbouncer is not installed, yet CI needs it: .ci/run installs it");
            }
            pgbouncer = PgBouncer.start(20);
            PgBouncer started = pgbouncer;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return pgbouncer;
    }

    /** A new, empty PostgreSQL database reached through PgBouncer (transaction pooling). */
    public static DatabaseTarget freshPostgresThroughPgBouncer() {
        return DatabaseTarget.parse(pgbouncer().url(createPostgresDatabase()), Path.of("."))
                .withPooler(com.interviewiq.engine.config.Pooler.PGBOUNCER);
    }

    public static String postgresUrl(String database) {
        return "postgresql://postgres:" + PASSWORD + "@localhost:" + postgres().getPort() + "/" + database;
    }

    /** A new H2 file database in a new directory under the given temp dir. */
    public static DatabaseTarget freshH2(Path tempDir) {
        try {
            Path dir = Files.createDirectories(tempDir.resolve("h2-" + SEQ.incrementAndGet()));
            return DatabaseTarget.parse("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
