package com.interviewiq.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real PgBouncer (Debian's package; .ci/run installs it) in transaction pooling mode in front of
 * the tests' embedded PostgreSQL, listening on loopback only. PgBouncer refuses to run as root, so
 * as root it runs as the {@code postgres} user (or {@code nobody}) from a directory that user owns.
 */
public final class PgBouncer implements AutoCloseable {
    private static final Path BINARY = Path.of("/usr/sbin/pgbouncer");

    private final Process process;
    private final int port;
    private final Path dir;

    private PgBouncer(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** Whether PgBouncer is installed here; CI installs it, so a CI run must not skip. */
    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Starts PgBouncer in front of the shared embedded PostgreSQL, with at most {@code serverPoolSize} server connections per database. */
    public static PgBouncer start(int serverPoolSize) {
        int pgPort = TestDatabases.postgres().getPort();
        try {
            Path dir = Files.createTempDirectory("pgbouncer-", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
            int port = freePort();
            Files.writeString(dir.resolve("userlist.txt"), "\"postgres\" \"" + TestDatabases.PASSWORD + "\"\n");
            Files.writeString(dir.resolve("pgbouncer.ini"), """
                    [databases]
                    * = host=127.0.0.1 port=%d
                    [pgbouncer]
                    listen_addr = 127.0.0.1
                    listen_port = %d
                    unix_socket_dir =
                    auth_type = scram-sha-256
                    auth_file = %s
                    pool_mode = transaction
                    default_pool_size = %d
                    max_client_conn = 1000
                    ignore_startup_parameters = extra_float_digits
                    logfile = %s
                    pidfile = %s
                    """.formatted(pgPort, port, dir.resolve("userlist.txt"), serverPoolSize, dir.resolve("pgbouncer.log"),
                    dir.resolve("pgbouncer.pid")));
            List<String> command = new ArrayList<>();
            String user = System.getProperty("user.name");
            if ("root".equals(user)) {
                String runAs = userExists("postgres") ? "postgres" : "nobody";
                chown(dir, runAs);
                command.addAll(List.of("runuser", "-u", runAs, "--"));
            }
            command.addAll(List.of(BINARY.toString(), dir.resolve("pgbouncer.ini").toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile()).start();
            PgBouncer bouncer = new PgBouncer(p, port, dir);
            try {
                await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                        .until(() -> !p.isAlive() || accepts(port));
                if (!p.isAlive()) {
                    throw new IllegalStateException("pgbouncer exited: " + bouncer.log());
                }
            } catch (RuntimeException e) {
                bouncer.close();
                throw e;
            }
            return bouncer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start pgbouncer", e);
        }
    }

    public int port() {
        return port;
    }

    /** A URL for a database of the embedded server, through this PgBouncer. */
    public String url(String database) {
        return "postgresql://postgres:" + TestDatabases.PASSWORD + "@127.0.0.1:" + port + "/" + database;
    }

    public String log() {
        try {
            Path log = dir.resolve("pgbouncer.log");
            return Files.exists(log) ? Files.readString(log) : Files.readString(dir.resolve("stdout.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean userExists(String name) {
        try {
            UserPrincipalLookupService lookup = Path.of("/").getFileSystem().getUserPrincipalLookupService();
            lookup.lookupPrincipalByName(name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void chown(Path dir, String user) throws IOException {
        var owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
        Files.setOwner(dir, owner);
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.setOwner(f, owner);
            }
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy); // pgbouncer itself, under runuser
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
