package com.interviewiq.engine;

import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.db.Backends;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Migrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded engine: migrates the schema, opens the backend of the configured mode and owns
 * the services. Headless; the console and the CLI both start one.
 */
public final class Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final Settings settings;
    private final Database database;

    private Engine(Settings settings, Database database) {
        this.settings = settings;
        this.database = database;
    }

    /** Migrates and opens; fails with a clear DatabaseException when the database is unreachable. */
    public static Engine start(Settings settings) {
        int applied = Migrations.migrate(settings.database());
        if (applied > 0) {
            LOG.info("applied {} schema migration(s) to {}", applied, settings.database().location());
        }
        Database db = Backends.open(settings.database(), settings.mode(), settings.syncExecutor(), settings.pool());
        LOG.info("engine started: {}", db.describe());
        return new Engine(settings, db);
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }
}
