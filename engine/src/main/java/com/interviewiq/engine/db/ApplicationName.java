package com.interviewiq.engine.db;

import com.interviewiq.engine.config.Mode;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/**
 * The name every connection to PostgreSQL carries ({@code interviewiq <host> <mode>}), so a DBA
 * reading pg_stat_activity sees which console or server holds which connections.
 */
public final class ApplicationName {
    /** PostgreSQL keeps NAMEDATALEN - 1 = 63 bytes of it. */
    private static final int MAX_BYTES = 63;
    private static volatile String host;

    private ApplicationName() {
    }

    public static String of(Mode mode) {
        return of(host(), mode.label());
    }

    static String of(String hostName, String role) {
        String name = "interviewiq " + hostName + " " + role;
        while (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            hostName = hostName.substring(0, hostName.length() - 1);
            name = "interviewiq " + hostName + " " + role;
        }
        return name;
    }

    /** The short host name; looked up once (the lookup may touch the resolver). */
    static String host() {
        String h = host;
        if (h == null) {
            String env = System.getenv("HOSTNAME");
            try {
                h = env != null && !env.isBlank() ? env : InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                h = "unknown-host";
            }
            int dot = h.indexOf('.');
            h = dot > 0 ? h.substring(0, dot) : h;
            host = h;
        }
        return h;
    }
}
