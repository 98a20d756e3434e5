package com.interviewiq.ui.startup;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsException;
import com.interviewiq.engine.config.SettingsResolver;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Starts engines from the saved settings, read afresh each time (the banner's Settings… may have
 * just saved new ones), or on the local H2 database of the data directory with everything else as
 * saved. A settings file that cannot be read does not stop the local database from opening.
 */
public final class SavedSettingsStarter implements EngineStarter {
    private final Path dataDir;
    private final Supplier<Settings> saved;
    private final Function<Settings, Engine> engines;

    public SavedSettingsStarter(Path dataDir, Supplier<Settings> saved, Function<Settings, Engine> engines) {
        this.dataDir = dataDir;
        this.saved = saved;
        this.engines = engines;
    }

    /** The saved settings of a data directory with the process environment, as the console reads them. */
    public static SavedSettingsStarter forDataDir(Path dataDir, Function<Settings, Engine> engines) {
        return new SavedSettingsStarter(dataDir, () -> SettingsResolver.load(dataDir, Map.of(), System.getenv()), engines);
    }

    @Override
    public Engine start() {
        return engines.apply(saved.get());
    }

    @Override
    public Engine start(Settings settings) {
        return engines.apply(settings);
    }

    @Override
    public Engine startLocal() {
        Settings base = savedSettings();
        return engines.apply(base.withDatabase(DatabaseTarget.defaultH2(base.dataDir())));
    }

    @Override
    public Settings savedSettings() {
        try {
            return saved.get();
        } catch (SettingsException e) {
            return SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of());
        }
    }
}
