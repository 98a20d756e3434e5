package com.interviewiq.engine;

import com.interviewiq.engine.config.LocalH2;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.db.BackendSpec;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.SwitchProgress;
import com.interviewiq.engine.db.SwitchResult;
import com.interviewiq.engine.db.SwitchableDatabase;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Migrations;
import com.interviewiq.engine.config.EvaluatorSettings;
import com.interviewiq.engine.evaluation.EvaluatorStatus;
import com.interviewiq.engine.evaluation.Evaluators;
import com.interviewiq.engine.health.CheckResult;
import com.interviewiq.engine.evaluation.HybridEvaluator;
import com.interviewiq.engine.monitor.DatabaseMetrics;
import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.engine.monitor.Monitor;
import com.interviewiq.engine.monitor.ServerCheckAlerts;
import com.interviewiq.engine.monitor.ServerCrossCheck;
import com.interviewiq.engine.db.ServerConnections;
import com.interviewiq.engine.health.HealthMonitor;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.engine.transfer.QuestionTransferService;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import com.interviewiq.engine.data.ArchiveExport;
import com.interviewiq.engine.data.ArchiveImport;
import com.interviewiq.engine.data.Backups;
import com.interviewiq.engine.data.Housekeeping;
import com.interviewiq.engine.data.SessionEraser;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The embedded engine: migrates the schema, opens the backend of the configured mode and owns
 * the services. Headless; the console and the CLI both start one.
 */
public final class Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final Settings settings;
    private final Database database;
    private final SwitchableDatabase switchable;
    private final EngineServices services;
    private final HybridEvaluator evaluator;
    private final Monitor monitor;
    private final HealthMonitor health;
    private final Clock clock;
    private volatile Housekeeping housekeeping;
    private final ServerCrossCheck serverCheck;
    private volatile com.interviewiq.engine.monitor.recording.MetricsRecorder recorder;
    private volatile EvaluatorSettings evaluatorSettings;
    private final java.util.List<AutoCloseable> companions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicReference<CompletableFuture<Void>> driverWarmup =
            new java.util.concurrent.atomic.AtomicReference<>();

    private Engine(Settings settings, Database database, SwitchableDatabase switchable, HybridEvaluator evaluator,
                   Monitor monitor, HealthMonitor health, ServerCrossCheck serverCheck, Clock clock) {
        this.settings = settings;
        this.health = health;
        this.serverCheck = serverCheck;
        this.database = database;
        this.switchable = switchable;
        this.evaluator = evaluator;
        this.monitor = monitor;
        this.services = EngineServices.over(database, evaluator, clock, settings.data().interviewerName());
        this.clock = clock;
        this.evaluatorSettings = settings.evaluator();
    }

    /** Migrates and opens; fails with a clear DatabaseException when the database is unreachable. */
    public static Engine start(Settings settings) {
        // the laptop's H2 file is opened once for the migrations and the pools, not once per step
        try (LocalH2.Hold open = LocalH2.holdOpen(settings.database())) {
            return startOn(settings);
        }
    }

    private static Engine startOn(Settings settings) {
        int applied = Migrations.migrate(settings.database());
        if (applied > 0) {
            LOG.info("applied {} schema migration(s) to {}", applied, settings.database().location());
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        DatabaseMetrics metrics = new DatabaseMetrics();
        // with monitoring off nothing is timed: the services talk to the backend directly
        BackendStack stack = settings.monitoringEnabled()
                ? BackendStack.measuredBy(Instruments.monitor(metrics, registry)) : BackendStack.bare();
        Clock clock = Clock.systemUTC();
        BackendSpec spec = new BackendSpec(settings.database(), settings.mode(), settings.syncExecutor(), settings.pool());
        Opened opened = open(settings, spec, stack::open, clock);
        SwitchableDatabase backend = opened.backend();
        String fallback = opened.fallback();
        Database served = stack.instrumented(backend);
        // health pings the backend beneath the timing (its checks are not the application's work) and is fed
        // each sample; before the first one, and with monitoring off, it judges the pool's gauges at once
        HealthMonitor health = new HealthMonitor(settings, () -> settings.withDatabase(backend.spec().target()),
                () -> backend, () -> MetricsSample.gaugesOnly(clock.instant(), served.mode().label(), served.poolStats()).load(),
                clock);
        // the server's own transaction count against the engine's, read after health's checks on the same thread
        ServerCrossCheck serverCheck = settings.monitoringEnabled()
                ? new ServerCrossCheck(() -> backend, () -> backend.spec().target(), metrics, health::ownTransactions,
                ServerConnections.readEvery(settings.sampleInterval()),
                Duration.ofMillis(Math.min(5000, settings.pool().timeout().toMillis() + 1000)), clock.instant())
                : ServerCrossCheck.off(() -> backend.spec().target(), clock.instant());
        Monitor monitor = new Monitor(settings, () -> served, metrics, registry, clock, s -> {
            health.onSample(s.load());
            serverCheck.onSample(s);
        });
        serverCheck.bind(registry);
        EngineMeters.bind(registry, health, monitor.history());
        health.addCheck(serverCheck::checkResult);
        serverCheck.onChange(new ServerCheckAlerts(health::raise, health::clear));
        backend.onSwitch(r -> monitor.history().addEvent(new MetricsEvent(r.at(),
                r.switched() ? MetricsEvent.MODE_SWITCH : MetricsEvent.SWITCH_REFUSED,
                r.switched() ? r.from().mode().label() + " → " + r.to().mode().label() : "stayed " + r.from().mode().label(),
                r.summary())));
        if (fallback != null) {
            String message = "async mode could not start: " + fallback + "; the engine runs in sync mode"
                    + " (set asyncFallback=false to fail instead)";
            health.raise("async mode", "warn", message);
            monitor.history().addEvent(new MetricsEvent(clock.instant(), MetricsEvent.ASYNC_FALLBACK, "async → sync",
                    message));
        }
        monitor.start();
        LOG.info("engine started: {} (monitoring {})", backend.describe(), settings.monitoringEnabled() ? "on" : "off");
        HybridEvaluator evaluator = Evaluators.from(settings);
        watchEvaluator(evaluator, health);
        io.micrometer.core.instrument.Gauge.builder("interviewiq_evaluator_breaker_open", evaluator,
                        e -> e.status().unavailable() ? 1 : 0)
                .description("1 while the remote evaluator's circuit breaker keeps answers from it (open or half-open)")
                .register(registry);
        return new Engine(settings, served, backend, evaluator, monitor, health, serverCheck, clock);
    }

    /** The evaluator's breaker on the Health screen, and an alert when it opens or closes. */
    private static void watchEvaluator(HybridEvaluator evaluator, HealthMonitor health) {
        health.addCheck(() -> {
            EvaluatorStatus e = evaluator.status();
            return new CheckResult("evaluator", e.level(), null, "", null, null, e.unavailableSince(), e.summary());
        });
        java.util.concurrent.atomic.AtomicBoolean raised = new java.util.concurrent.atomic.AtomicBoolean();
        evaluator.onChange(e -> {
            if (e.unavailable() && raised.compareAndSet(false, true)) {
                health.raise("evaluator", "warn", e.reason() + "; answers are scored by the "
                        + ("semantic".equals(e.offlineName()) ? "semantic evaluator" : "rubric"));
            } else if (!e.unavailable() && raised.compareAndSet(true, false)) {
                health.clear("evaluator", e.remote() ? "remote evaluator answers again" : "remote evaluator turned off");
            }
        });
    }

    /** The backend the engine starts on, and why it is not the configured async one (null when it is as configured). */
    private record Opened(SwitchableDatabase backend, String fallback) {
    }

    private static Opened open(Settings settings, BackendSpec spec, Function<BackendSpec, Database> opener, Clock clock) {
        try {
            return new Opened(new SwitchableDatabase(spec, opener, Migrations::migrate, settings.switchDrainDeadline(),
                    clock), null);
        } catch (RuntimeException e) {
            if (spec.mode() != Mode.ASYNC || !settings.asyncFallback()) {
                throw e;
            }
            // the seed's promise: async that cannot start (driver, pool, check) falls back to sync, loudly
            String reason = settings.database().password().redact(String.valueOf(e.getMessage()));
            LOG.warn("async mode could not start ({}); starting in sync mode", reason);
            return new Opened(new SwitchableDatabase(spec.withMode(Mode.SYNC), opener, Migrations::migrate,
                    settings.switchDrainDeadline(), clock), reason);
        }
    }

    /**
     * Switches live to another mode, executor, pool configuration or database. New transactions
     * go to the new backend at once; in-flight ones finish on the old one (up to the drain
     * deadline). If the new backend cannot be opened or fails its check, the engine stays as it is
     * and the result says why.
     */
    public CompletionStage<SwitchResult> reconfigure(BackendSpec target, Consumer<SwitchProgress> progress) {
        return switchable.switchTo(target, progress);
    }

    /**
     * Loads the other mode's driver in the background (one connection opened and closed, no pool),
     * so the first live switch does not spend seconds loading classes on a CPU busy with the
     * workload it is meant to keep serving. For processes that may switch: the console, serve,
     * simulate --switch-every. Failures are only logged: the switch itself reports them.
     */
    public CompletionStage<Void> warmOtherDriver() {
        Mode other = switchable.spec().mode() == Mode.SYNC ? Mode.ASYNC : Mode.SYNC;
        CompletableFuture<Void> fresh = new CompletableFuture<>();
        if (!driverWarmup.compareAndSet(null, fresh)) {
            return driverWarmup.get();
        }
        Thread.ofPlatform().daemon().name("driver-warmup").start(() -> {
            try {
                Backends.warmDriver(switchable.spec().target(), other, settings.pool().timeout());
                LOG.debug("{} driver loaded", other.label());
            } catch (RuntimeException e) {
                LOG.info("could not load the {} driver ahead of a switch: {}", other.label(), e.getMessage());
            } finally {
                fresh.complete(null);
            }
        });
        return fresh;
    }

    public CompletionStage<SwitchResult> switchMode(Mode mode, Consumer<SwitchProgress> progress) {
        return reconfigure(switchable.spec().withMode(mode), progress);
    }

    /** The evaluator: its breaker's status, change notifications for the status bar. */
    public HybridEvaluator evaluator() {
        return evaluator;
    }

    /**
     * Replaces the remote evaluator live (Settings' Apply): answers evaluated from now on use it;
     * its breaker starts closed. Rubric only when {@code e} has no URL.
     */
    public void applyEvaluator(EvaluatorSettings e) {
        Evaluators.apply(evaluator, e);
        evaluatorSettings = e;
    }

    /** What serves transactions now. */
    public BackendSpec backend() {
        return switchable.spec();
    }

    public Monitor monitor() {
        return monitor;
    }

    /** The server's own transaction count against the engine's (PostgreSQL; "not available" on H2). */
    public ServerCrossCheck serverCheck() {
        return serverCheck;
    }

    /** The health checks and alerts, fed by the monitor's samples; {@link HealthMonitor#now()} is the verdict to show. */
    public HealthMonitor health() {
        return health;
    }

    /** The settings, with the backend's current mode, executor, pool and database (after live switches). */
    public Settings settings() {
        BackendSpec now = switchable.spec();
        return settings.withDatabase(now.target()).withMode(now.mode()).withSyncExecutor(now.executor())
                .withPool(now.pool()).withEvaluator(evaluatorSettings);
    }

    public Database database() {
        return database;
    }

    public QuestionBankService questions() {
        return services.questions();
    }

    public QuestionTransferService transfer() {
        return services.transfer();
    }

    public SessionService sessions() {
        return services.sessions();
    }

    public Simulator simulator() {
        return services.simulator();
    }

    /** Backups of the database in use now (a live switch may have changed it); only laptop (H2 file) ones can be made. */
    public Backups backups() {
        return new Backups(database, switchable.spec().target(), settings.dataDir().resolve("backups"), clock);
    }

    /** Everything as one portable archive (any database to any database). */
    public ArchiveExport archiveExport() {
        return new ArchiveExport(database, clock);
    }

    /** Every answer of the sessions a filter selects, as CSV or JSON (the CLI's and the Sessions screen's bulk export). */
    public com.interviewiq.engine.export.AnswerExport answerExport() {
        return new com.interviewiq.engine.export.AnswerExport(database);
    }

    public ArchiveImport archiveImport() {
        return new ArchiveImport(database, clock);
    }

    /** The settings as running now: a live switch may have changed the mode, executor, pools or database. */
    public Settings currentSettings() {
        BackendSpec spec = switchable.spec();
        return settings.withDatabase(spec.target()).withMode(spec.mode()).withSyncExecutor(spec.executor())
                .withPool(spec.pool()).withEvaluator(evaluatorSettings);
    }

    /** Something started beside the engine (the HTTP endpoints) that must stop when it closes. */
    public void closeWith(AutoCloseable companion) {
        companions.add(companion);
    }

    /** Deleting sessions, erasing a candidate, purging by age. */
    public SessionEraser eraser() {
        return services.eraser();
    }

    /**
     * Starts the daily backup and retention purge (the console and serve: processes where a day
     * passes); closed with the engine.
     */
    public Housekeeping startHousekeeping() {
        if (housekeeping == null) {
            housekeeping = new Housekeeping(() -> Backups.supports(switchable.spec().target()) ? backups() : null,
                    services.eraser(), settings.data(), clock).start();
        }
        return housekeeping;
    }

    /**
     * Starts recording the metrics history, events and alerts to {@code <data dir>/metrics} (the
     * console and serve: processes whose last night someone may want to look at; one-shot CLI
     * commands do not record). Nothing is recorded with monitoring off. Closed with the engine.
     *
     * @param process what records, in the file name and header ("console", "serve")
     */
    public synchronized java.util.Optional<com.interviewiq.engine.monitor.recording.MetricsRecorder> startRecording(
            String process) {
        if (recorder == null && monitor.enabled()) {
            recorder = com.interviewiq.engine.monitor.recording.MetricsRecorder.start(
                    com.interviewiq.engine.monitor.recording.Recordings.in(settings.dataDir()), monitor.history(),
                    health.alerts(), new com.interviewiq.engine.monitor.recording.RecordingHeader(
                            com.interviewiq.engine.monitor.recording.RecordingHeader.FORMAT,
                            java.util.UUID.randomUUID().toString(), 1, clock.instant(), process,
                            ProcessHandle.current().pid(), switchable.spec().target().location(),
                            switchable.spec().mode().label(), settings.sampleInterval().toMillis()),
                    java.time.Duration.ofDays(settings.data().metricsKeepDays()), clock);
        }
        return java.util.Optional.ofNullable(recorder);
    }

    /** The recorder started by {@link #startRecording}, if any. */
    public java.util.Optional<com.interviewiq.engine.monitor.recording.MetricsRecorder> recorder() {
        return java.util.Optional.ofNullable(recorder);
    }

    @Override
    public void close() {
        for (AutoCloseable c : companions) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("could not stop {}: {}", c.getClass().getSimpleName(), e.getMessage());
            }
        }
        if (housekeeping != null) {
            housekeeping.close();
        }
        CompletableFuture<Void> warming = driverWarmup.get();
        if (warming != null) { // its connection must be closed before the database is (an H2 file is written to)
            try {
                warming.get(settings.pool().timeout().toMillis() + 2000, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                LOG.warn("closing while the driver warm-up is still running");
            }
        }
        monitor.close();
        health.close(); // after a check in progress; from now on health reports its last state and pings nothing
        if (recorder != null) { // after the sampler and health: their last sample and alert are in the file
            recorder.close();
        }
        evaluator.close();
        database.close();
    }
}
