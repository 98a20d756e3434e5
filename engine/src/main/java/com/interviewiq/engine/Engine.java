package com.interviewiq.engine;

import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.db.BackendHooks;
import com.interviewiq.engine.db.Backends;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Migrations;
import com.interviewiq.engine.evaluation.Evaluators;
import com.interviewiq.engine.evaluation.HybridEvaluator;
import com.interviewiq.engine.monitor.DatabaseMetrics;
import com.interviewiq.engine.monitor.InstrumentedDatabase;
import com.interviewiq.engine.monitor.Monitor;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.engine.transfer.QuestionTransferService;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * The embedded engine: migrates the schema, opens the backend of the configured mode and owns
 * the services. Headless; the console and the CLI both start one.
 */
public final class Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final Settings settings;
    private final Database database;
    private final QuestionBankService questions;
    private final QuestionTransferService transfer;
    private final SessionService sessions;
    private final Simulator simulator;
    private final HybridEvaluator evaluator;
    private final Monitor monitor;

    private Engine(Settings settings, Database database, HybridEvaluator evaluator, Monitor monitor, Clock clock) {
        this.settings = settings;
        this.database = database;
        this.evaluator = evaluator;
        this.monitor = monitor;
        this.questions = new QuestionBankService(database, clock);
        this.transfer = new QuestionTransferService(database, questions, clock);
        this.sessions = new SessionService(database, evaluator, clock);
        this.simulator = new Simulator(database, questions, sessions);
    }

    /** Migrates and opens; fails with a clear DatabaseException when the database is unreachable. */
    public static Engine start(Settings settings) {
        int applied = Migrations.migrate(settings.database());
        if (applied > 0) {
            LOG.info("applied {} schema migration(s) to {}", applied, settings.database().location());
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        DatabaseMetrics metrics = new DatabaseMetrics();
        BackendHooks hooks = settings.monitoringEnabled() ? new BackendHooks(metrics::acquired, registry) : BackendHooks.NONE;
        Database backend = Backends.open(settings.database(), settings.mode(), settings.syncExecutor(), settings.pool(), hooks);
        // with monitoring off nothing is timed: the services talk to the backend directly
        Database served = settings.monitoringEnabled() ? new InstrumentedDatabase(backend, metrics, registry) : backend;
        Clock clock = Clock.systemUTC();
        Monitor monitor = new Monitor(settings, () -> served, () -> backend, metrics, registry, clock);
        monitor.start();
        LOG.info("engine started: {} (monitoring {})", backend.describe(), settings.monitoringEnabled() ? "on" : "off");
        return new Engine(settings, served, Evaluators.from(settings), monitor, clock);
    }

    public Monitor monitor() {
        return monitor;
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public QuestionBankService questions() {
        return questions;
    }

    public QuestionTransferService transfer() {
        return transfer;
    }

    public SessionService sessions() {
        return sessions;
    }

    public Simulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        monitor.close();
        evaluator.close();
        database.close();
    }
}
