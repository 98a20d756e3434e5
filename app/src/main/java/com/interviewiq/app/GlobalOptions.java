package com.interviewiq.app;

import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsResolver;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Options every command accepts, before or after the subcommand name: the root command and
 * each subcommand mix these in, and a subcommand's own value wins over the root's.
 */
public final class GlobalOptions {
    @Option(names = "--database-url", paramLabel = "URL",
            description = "Database URL (jdbc:, r2dbc:, postgresql://, postgresql+asyncpg:// or an H2 file path).")
    String databaseUrl;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory for settings.json, H2 files and logs (default: $INTERVIEWIQ_HOME or the OS convention).")
    Path dataDir;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "sync (JDBC) or async (R2DBC); validate also takes both.")
    String mode;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    Map<String, String> env = System.getenv();

    /** A copy without --mode, for commands that read the mode themselves. */
    GlobalOptions withoutMode() {
        GlobalOptions copy = over(this);
        copy.mode = null;
        return copy;
    }

    /** The options given to this command and to every command above it, nearest first. */
    static GlobalOptions merged(picocli.CommandLine.Model.CommandSpec spec) {
        GlobalOptions merged = null;
        for (var s = spec; s != null; s = s.parent()) {
            var mixin = s.mixins().get("global");
            if (mixin != null) {
                GlobalOptions here = (GlobalOptions) mixin.userObject();
                merged = merged == null ? here.over(here) : merged.over(here);
            }
        }
        return merged == null ? new GlobalOptions() : merged;
    }

    /** This command's values, with the root command's filling what this one left unset. */
    GlobalOptions over(GlobalOptions root) {
        GlobalOptions merged = new GlobalOptions();
        merged.databaseUrl = databaseUrl != null ? databaseUrl : root.databaseUrl;
        merged.dataDir = dataDir != null ? dataDir : root.dataDir;
        merged.mode = mode != null ? mode : root.mode;
        merged.verbose = verbose || root.verbose;
        merged.env = root.env;
        return merged;
    }

    /** The settings with CLI flags applied over the environment, the settings file and the defaults. */
    Settings settings() {
        return SettingsResolver.load(dataDir, cliValues(), env);
    }

    private Map<SettingKey, String> cliValues() {
        Map<SettingKey, String> cli = new EnumMap<>(SettingKey.class);
        if (databaseUrl != null) {
            cli.put(SettingKey.DATABASE_URL, databaseUrl);
        }
        if (mode != null) {
            String m = mode.trim().toLowerCase(Locale.ROOT);
            switch (m) {
                case "sync" -> cli.put(SettingKey.ASYNC_ENABLED, "false");
                case "async" -> cli.put(SettingKey.ASYNC_ENABLED, "true");
                case "both" -> {
                    // only validate runs both; it reads the mode itself
                }
                default -> throw new UsageException("--mode must be sync or async (validate also takes both), got '"
                        + mode + "'");
            }
        }
        return cli;
    }
}
