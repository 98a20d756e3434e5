package com.interviewiq.engine.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the data lives, as both a JDBC and an R2DBC URL for the same database, so either stack
 * (or both at once during a live switch) can open it. Credentials are kept apart from the URLs.
 */
public record DatabaseTarget(Vendor vendor, String jdbcUrl, String r2dbcUrl, String user, Secret password,
                             String location, Pooler pooler) {

    public static final String ACCEPTED_FORMS = String.join(", ",
            "jdbc:h2:file:/path/db", "jdbc:h2:mem:name", "r2dbc:h2:file:////path/db", "r2dbc:h2:mem:///name",
            "an H2 file path (/path/db)", "jdbc:postgresql://host:port/db", "r2dbc:postgresql://user:pass@host:port/db",
            "postgresql://user:pass@host:port/db", "postgresql+asyncpg://user:pass@host:port/db");

    /** The H2 database file this target names (without H2's .mv.db suffix), or null for memory and PostgreSQL. */
    public Path h2File() {
        if (vendor != Vendor.H2 || !jdbcUrl.startsWith("jdbc:h2:file:")) {
            return null;
        }
        String rest = jdbcUrl.substring("jdbc:h2:file:".length());
        int semi = rest.indexOf(';');
        return Path.of(semi < 0 ? rest : rest.substring(0, semi));
    }

    /** The default: an H2 file in the data directory. */
    public static DatabaseTarget defaultH2(Path dataDir) {
        return h2File(dataDir.resolve("db").resolve("interviewiq").toAbsolutePath().toString(), List.of());
    }

    /**
     * Parses any accepted form. Relative H2 paths resolve against {@code dataDir}.
     *
     * @throws SettingsException naming the accepted forms
     */
    public static DatabaseTarget parse(String url, Path dataDir) {
        if (url == null || url.isBlank()) {
            throw new SettingsException("the database URL is empty; accepted forms: " + ACCEPTED_FORMS);
        }
        String u = url.trim();
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return parseH2(u.substring("jdbc:h2:".length()), ';', dataDir, u);
        }
        if (lower.startsWith("r2dbc:h2:")) {
            return parseR2dbcH2(u.substring("r2dbc:h2:".length()), dataDir, u);
        }
        if (lower.startsWith("jdbc:postgresql://")) {
            return parsePostgres(u.substring("jdbc:".length()), u);
        }
        if (lower.startsWith("r2dbc:postgresql://") || lower.startsWith("r2dbc:postgres://")) {
            return parsePostgres(u.substring("r2dbc:".length()), u);
        }
        for (String scheme : List.of("postgresql+asyncpg://", "postgresql://", "postgres://")) {
            if (lower.startsWith(scheme)) {
                return parsePostgres("postgresql://" + u.substring(scheme.length()), u);
            }
        }
        if (u.startsWith("/") || u.startsWith("~") || u.startsWith("./") || u.matches("^[A-Za-z]:[\\\\/].*")) {
            return parseH2("file:" + u, ';', dataDir, u);
        }
        throw new SettingsException("unsupported database URL '" + redactUserInfo(u) + "'; accepted forms: "
                + ACCEPTED_FORMS);
    }

    private static DatabaseTarget parseH2(String rest, char optionSeparator, Path dataDir, String original) {
        List<String> options = new ArrayList<>();
        int semi = rest.indexOf(optionSeparator);
        String spec = semi < 0 ? rest : rest.substring(0, semi);
        if (semi >= 0) {
            for (String o : rest.substring(semi + 1).split(";")) {
                if (!o.isBlank()) {
                    options.add(o.trim());
                }
            }
        }
        String lower = spec.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:")) {
            String name = spec.substring(4);
            if (name.isBlank()) {
                throw new SettingsException("an H2 in-memory URL needs a name, e.g. jdbc:h2:mem:interviewiq");
            }
            return h2Mem(name, options);
        }
        if (lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
            throw new SettingsException("H2 server mode ('" + original + "') is not supported; use an H2 file or"
                    + " PostgreSQL for a shared database");
        }
        String path = lower.startsWith("file:") ? spec.substring(5) : spec;
        if (path.isBlank()) {
            throw new SettingsException("the H2 URL '" + original + "' names no file; e.g. jdbc:h2:file:/path/db");
        }
        return h2File(resolvePath(path, dataDir), options);
    }

    private static DatabaseTarget parseR2dbcH2(String rest, Path dataDir, String original) {
        // r2dbc:h2:file:///<path>?options=A=1;B=2 and r2dbc:h2:mem:///<name>?options=...
        int q = rest.indexOf('?');
        String spec = q < 0 ? rest : rest.substring(0, q);
        List<String> options = new ArrayList<>();
        if (q >= 0) {
            for (String param : rest.substring(q + 1).split("&")) {
                if (param.startsWith("options=")) {
                    for (String o : param.substring("options=".length()).split(";")) {
                        if (!o.isBlank()) {
                            options.add(o.trim());
                        }
                    }
                }
            }
        }
        String lower = spec.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem://")) {
            return h2Mem(stripSlashes(spec.substring(6)), options);
        }
        if (lower.startsWith("file://")) {
            String path = spec.substring(7);
            if (path.startsWith("/")) {
                path = path.substring(1); // the third slash separates the (empty) host from the path
            }
            if (path.isBlank()) {
                throw new SettingsException("the R2DBC H2 URL '" + original + "' names no file");
            }
            return h2File(resolvePath(path, dataDir), options);
        }
        throw new SettingsException("unsupported H2 R2DBC URL '" + original + "'; accepted forms: " + ACCEPTED_FORMS);
    }

    private static String stripSlashes(String s) {
        String r = s;
        while (r.startsWith("/")) {
            r = r.substring(1);
        }
        return r;
    }

    private static String resolvePath(String path, Path dataDir) {
        String p = path;
        if (p.startsWith("~")) {
            p = System.getProperty("user.home") + p.substring(1);
        }
        Path resolved = Path.of(p);
        if (!resolved.isAbsolute()) {
            resolved = dataDir.resolve(resolved);
        }
        return resolved.toAbsolutePath().normalize().toString();
    }

    /** H2's page cache for a file database, in KB, unless the URL sets CACHE_SIZE itself. */
    public static final int CACHE_SIZE_KB = 32 * 1024;

    private static DatabaseTarget h2File(String absolutePath, List<String> userOptions) {
        List<String> options = new ArrayList<>(userOptions);
        // H2 writes committed changes to the file in the background (WRITE_DELAY, 500 ms by default),
        // so a killed process loses acknowledged commits: the crash test saw 139 of 553 answers lost.
        // With 0 every commit reaches the file (the OS cache) before it is acknowledged.
        if (options.stream().noneMatch(o -> o.toUpperCase(Locale.ROOT).startsWith("WRITE_DELAY="))) {
            options.add("WRITE_DELAY=0");
        }
        // the console, serve and the CLI share the file: the first opens it, the others reach it
        // through its loopback-only server (see LocalH2)
        if (options.stream().noneMatch(o -> o.toUpperCase(Locale.ROOT).startsWith("AUTO_SERVER="))) {
            options.add("AUTO_SERVER=TRUE");
        }
        // H2 sizes its page cache from the heap (64 MB per GB of -Xmx): 384 MB on a JVM left to size
        // itself on a 24 GB machine, most of the 1.9 GB RSS seen under bench. 32 MB is what it picks for
        // the launchers' 512 MB heap and holds a laptop's interviews many times over (docs/BENCHMARKS.md).
        if (options.stream().noneMatch(o -> o.toUpperCase(Locale.ROOT).startsWith("CACHE_SIZE="))) {
            options.add("CACHE_SIZE=" + CACHE_SIZE_KB);
        }
        LocalH2.loopbackOnly();
        String jdbcOptions = options.isEmpty() ? "" : ";" + String.join(";", options);
        String r2dbcOptions = options.isEmpty() ? "" : "?options=" + String.join(";", options);
        // R2DBC needs "file:///" + the absolute path, i.e. four slashes before a Unix path
        String r2dbcPath = absolutePath.startsWith("/") ? absolutePath : "/" + absolutePath.replace('\\', '/');
        return new DatabaseTarget(Vendor.H2, "jdbc:h2:file:" + absolutePath + jdbcOptions,
                "r2dbc:h2:file:///" + r2dbcPath + r2dbcOptions, "sa", Secret.EMPTY, "H2 file " + absolutePath,
                Pooler.NONE);
    }

    private static DatabaseTarget h2Mem(String name, List<String> options) {
        List<String> opts = new ArrayList<>(options);
        // both pools must see one database that survives while either pool has no connection open
        if (opts.stream().noneMatch(o -> o.toUpperCase(Locale.ROOT).startsWith("DB_CLOSE_DELAY="))) {
            opts.add("DB_CLOSE_DELAY=-1");
        }
        return new DatabaseTarget(Vendor.H2, "jdbc:h2:mem:" + name + ";" + String.join(";", opts),
                "r2dbc:h2:mem:///" + name + "?options=" + String.join(";", opts), "sa", Secret.EMPTY,
                "H2 in-memory " + name, Pooler.NONE);
    }

    private static DatabaseTarget parsePostgres(String postgresUrl, String original) {
        URI uri;
        try {
            uri = new URI(postgresUrl);
        } catch (URISyntaxException e) {
            throw new SettingsException("the PostgreSQL URL '" + redactUserInfo(original) + "' is malformed: "
                    + e.getReason() + "; expected e.g. postgresql://user:pass@host:5432/db");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new SettingsException("the PostgreSQL URL '" + redactUserInfo(original)
                    + "' names no host; expected e.g. postgresql://user:pass@host:5432/db");
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String db = uri.getPath() == null ? "" : stripSlashes(uri.getPath());
        if (db.isBlank()) {
            throw new SettingsException("the PostgreSQL URL '" + redactUserInfo(original)
                    + "' names no database; expected e.g. postgresql://user:pass@host:5432/db");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String kv : uri.getRawQuery().split("&")) {
                String[] p = kv.split("=", 2);
                query.put(decode(p[0]).toLowerCase(Locale.ROOT), p.length > 1 ? decode(p[1]) : "");
            }
        }
        if (query.containsKey("user")) {
            user = query.get("user");
        }
        if (query.containsKey("password")) {
            password = query.get("password");
        }
        String sslMode = query.getOrDefault("sslmode", query.get("ssl"));
        String hostPort = (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
        String jdbc = "jdbc:postgresql://" + hostPort + "/" + db + (sslMode == null ? "" : "?sslmode=" + sslMode);
        String r2dbc = "r2dbc:postgresql://" + hostPort + "/" + db + (sslMode == null ? "" : "?sslMode=" + sslMode);
        return new DatabaseTarget(Vendor.POSTGRESQL, jdbc, r2dbc, user == null ? "postgres" : user,
                Secret.of(password), "PostgreSQL " + hostPort + "/" + db, Pooler.NONE);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** Drops the user-info part of a URL so a password in it is never echoed. */
    public static String redactUserInfo(String url) {
        return url.replaceAll("//[^/@\\s]*@", "//***@").replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    public DatabaseTarget withCredentials(String newUser, Secret newPassword) {
        return new DatabaseTarget(vendor, jdbcUrl, r2dbcUrl, newUser == null ? user : newUser,
                newPassword == null ? password : newPassword, location, pooler);
    }

    /**
     * The same database reached through a pooler. For PgBouncer the JDBC URL asks pgjdbc for
     * unnamed statements only (prepareThreshold=0), so Flyway and HikariCP alike work in
     * transaction pooling; the R2DBC adapter reads {@link #pooler()} itself. H2 has no pooler.
     */
    public DatabaseTarget withPooler(Pooler newPooler) {
        Pooler effective = vendor == Vendor.POSTGRESQL ? newPooler : Pooler.NONE;
        if (effective == pooler) {
            return this;
        }
        String base = jdbcUrl.replaceAll("[?&]prepareThreshold=0", "");
        String jdbc = effective == Pooler.PGBOUNCER ? base + (base.contains("?") ? "&" : "?") + "prepareThreshold=0" : base;
        return new DatabaseTarget(vendor, jdbc, r2dbcUrl, user, password, location, effective);
    }

    @Override
    public String toString() {
        return location;
    }
}
