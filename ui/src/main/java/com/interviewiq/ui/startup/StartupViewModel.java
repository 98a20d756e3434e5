package com.interviewiq.ui.startup;

import com.interviewiq.engine.Engine;
import com.interviewiq.ui.settings.SettingsViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The console before it has an engine: starting, or a banner naming the database and why it
 * could not be opened, with three ways on: Retry, the database settings (saved, then retried),
 * and the local H2 database (without overwriting the saved setting). No controls here: the
 * starts run on {@code background}, their outcome is applied through {@code fx}.
 */
public final class StartupViewModel {
    private final EngineStarter starter;
    private final Executor background;
    private final Executor fx;
    private final Consumer<Engine> onStarted;
    private final Supplier<SettingsViewModel> settingsFactory;

    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty settingsShown = new SimpleBooleanProperty();
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("Starting the engine…");
    private SettingsViewModel settings;

    /**
     * @param settingsFactory the database fields for "Settings…", made when first shown (they read settings.json)
     * @param onStarted       called on the FX thread with the engine once one has started
     */
    public StartupViewModel(EngineStarter starter, Supplier<SettingsViewModel> settingsFactory, Executor background,
                            Executor fx, Consumer<Engine> onStarted) {
        this.starter = starter;
        this.settingsFactory = settingsFactory;
        this.background = background;
        this.fx = fx;
        this.onStarted = onStarted;
        database.set(describe(starter));
    }

    /** Starts on the saved settings (at launch, and Retry). */
    public CompletionStage<Engine> start() {
        return attempt(starter::start, "Connecting to " + database.get() + "…");
    }

    public CompletionStage<Engine> retry() {
        database.set(describe(starter));
        return start();
    }

    /** The local H2 database for this run; the saved setting stays as it is unless the user saves. */
    public CompletionStage<Engine> useLocalDatabase() {
        return attempt(starter::startLocal, "Opening the local database…");
    }

    public void showSettings() {
        if (settings == null) {
            settings = settingsFactory.get();
        }
        settingsShown.set(true);
    }

    /** The database fields shown by "Settings…" (null until shown). */
    public SettingsViewModel settings() {
        return settings;
    }

    /** Checks the database fields, saves them to settings.json and starts on them; bad fields change nothing. */
    public CompletionStage<Engine> saveAndRetry() {
        if (settings == null || !settings.validate()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("fix the fields marked in red"));
        }
        settings.save();
        return retry();
    }

    private CompletionStage<Engine> attempt(Callable<Engine> how, String message) {
        CompletableFuture<Engine> result = new CompletableFuture<>();
        if (busy.get()) {
            result.completeExceptionally(new IllegalStateException("already connecting"));
            return result;
        }
        busy.set(true);
        progress.set(message);
        background.execute(() -> {
            try {
                Engine engine = how.call();
                fx.execute(() -> {
                    busy.set(false);
                    failed.set(false);
                    onStarted.accept(engine);
                    result.complete(engine);
                });
            } catch (Exception e) {
                fx.execute(() -> {
                    busy.set(false);
                    failed.set(true);
                    reason.set(oneSentence(e));
                    progress.set("");
                    result.completeExceptionally(e);
                });
            }
        });
        return result;
    }

    /** What the saved settings point at ("PostgreSQL 10.0.0.5:5432/iq"); never a password. */
    private static String describe(EngineStarter starter) {
        return starter.savedSettings().database().location();
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

    public ReadOnlyBooleanProperty settingsShown() {
        return settingsShown;
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
