package com.interviewiq.engine.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Finds the data directory: --data-dir, then INTERVIEWIQ_HOME, then the OS convention. */
public final class DataDirs {
    public static final String ENV = "INTERVIEWIQ_HOME";

    private DataDirs() {
    }

    public static Path resolve(Path cliDataDir, Map<String, String> env) {
        if (cliDataDir != null) {
            return cliDataDir.toAbsolutePath().normalize();
        }
        String home = env.get(ENV);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        return osDefault(env);
    }

    static Path osDefault(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String userHome = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", userHome);
            return Path.of(appData, "InterviewIQ");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "InterviewIQ");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("interviewiq");
    }
}
