package com.interviewiq.ui.startup;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.health.CheckResult;
import com.interviewiq.engine.health.HealthReport;
import com.interviewiq.engine.health.HealthStatus;
import com.interviewiq.ui.health.HealthSource;
import com.interviewiq.ui.settings.SettingsApplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The console before it has an engine: starting, or a banner naming the database and why it
 * could not be opened, with three ways on: Retry, the Settings page (whose Apply starts on the
 * edited fields), and the local H2 database (without overwriting the saved setting). Meanwhile it
 * is the Health screen's source: the database check is down with the reason, and every failed
 * attempt is in the log. No controls here: the starts run on {@code background}, their outcome is
 * applied through {@code fx}.
 */
public final class StartupViewModel implements HealthSource {
    private final EngineStarter starter;
    private final Executor background;
    private final Executor fx;
    private final Consumer<Engine> onStarted;
    private final Clock clock;
    private Runnable openSettings = () -> { };

    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty started = new SimpleBooleanProperty();
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("Starting the engine…");
    private final List<Alert> log = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Instant downSince;

    /** @param onStarted called on the FX thread with the engine once one has started */
    public StartupViewModel(EngineStarter starter, Executor background, Executor fx, Consumer<Engine> onStarted) {
        this(starter, background, fx, onStarted, Clock.systemUTC());
    }

    StartupViewModel(EngineStarter starter, Executor background, Executor fx, Consumer<Engine> onStarted, Clock clock) {
        this.starter = starter;
        this.background = background;
        this.fx = fx;
        this.onStarted = onStarted;
        this.clock = clock;
        database.set(describe(starter.savedSettings()));
    }

    /** Starts on the saved settings (at launch, and Retry). */
    public CompletionStage<Engine> start() {
        database.set(describe(starter.savedSettings()));
        return attempt(starter::start, "Connecting to " + database.get() + "…");
    }

    public CompletionStage<Engine> retry() {
        return start();
    }

    /** The local H2 database for this run; the saved setting stays as it is unless the user saves. */
    public CompletionStage<Engine> useLocalDatabase() {
        Settings saved = starter.savedSettings(); // read once: it reads settings.json
        database.set(describe(saved.withDatabase(com.interviewiq.engine.config.DatabaseTarget.defaultH2(saved.dataDir()))));
        return attempt(starter::startLocal, "Opening the local database…");
    }

    /** Starts on settings edited on the Settings page (not saved: Save does that). */
    public CompletionStage<Engine> startWith(Settings settings) {
        database.set(describe(settings));
        return attempt(() -> starter.start(settings), "Connecting to " + database.get() + "…");
    }

    /** The console closed its engine on purpose (a restore): pages wait with {@code why} until {@link #resume}. */
    public void engineClosed(String why) {
        started.set(false);
        failed.set(false);
        busy.set(true);
        progress.set(why);
    }

    /** Starts again after {@link #engineClosed}, on the settings the closed engine ran with. */
    public CompletionStage<Engine> resume(Settings settings) {
        busy.set(false);
        return startWith(settings);
    }

    /** Apply on the Settings page while there is no engine: start on the fields. */
    public SettingsApplier applier() {
        return (fields, progress) -> startWith(fields.resolved())
                .thenApply(e -> "Started on " + e.settings().database().location()
                        + "; Save keeps these settings for the next start.");
    }

    /** What "Settings…" on the banner does (the shell brings the Settings page to the front). */
    public void onOpenSettings(Runnable action) {
        this.openSettings = action;
    }

    public void openSettings() {
        openSettings.run();
    }

    private CompletionStage<Engine> attempt(Callable<Engine> how, String message) {
        CompletableFuture<Engine> result = new CompletableFuture<>();
        if (busy.get() || started.get()) {
            result.completeExceptionally(new IllegalStateException(started.get() ? "already started" : "already connecting"));
            return result;
        }
        busy.set(true);
        progress.set(message);
        String target = database.get();
        background.execute(() -> {
            try {
                Engine engine = how.call();
                fx.execute(() -> {
                    busy.set(false);
                    failed.set(false);
                    started.set(true);
                    progress.set("");
                    onStarted.accept(engine);
                    result.complete(engine);
                });
            } catch (Exception e) {
                String why = oneSentence(e);
                Instant now = clock.instant();
                if (downSince == null) {
                    downSince = now;
                }
                log.add(new Alert(now, "database", Alert.RAISED, "down", null, null, "cannot open " + target + ": " + why));
                fx.execute(() -> {
                    busy.set(false);
                    failed.set(true);
                    reason.set(why);
                    progress.set("");
                    result.completeExceptionally(e);
                });
                listeners.forEach(Runnable::run);
            }
        });
        return result;
    }

    @Override
    public HealthReport health() {
        String why = reason.get();
        CheckResult check = new CheckResult("database", "down", null, "", null, null, downSince,
                why.isEmpty() ? "starting: " + progress.get() : why);
        return new HealthReport(HealthStatus.DOWN, "no engine", database.get(), clock.instant(), List.of(check));
    }

    @Override
    public List<Alert> alerts() {
        return List.copyOf(log);
    }

    @Override
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** What the settings point at ("PostgreSQL 10.0.0.5:5432/iq"); never a password. */
    private static String describe(Settings settings) {
        return settings.database().location();
    }

    private static String oneSentence(Throwable e) {
        Throwable t = e;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    public ReadOnlyBooleanProperty failed() {
        return failed;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy;
    }

    /** True once an engine has started: the banner goes, every screen comes up. */
    public ReadOnlyBooleanProperty started() {
        return started;
    }

    public ReadOnlyStringProperty database() {
        return database;
    }

    public ReadOnlyStringProperty reason() {
        return reason;
    }

    public ReadOnlyStringProperty progress() {
        return progress;
    }
}
