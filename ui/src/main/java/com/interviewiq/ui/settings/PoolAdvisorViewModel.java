package com.interviewiq.ui.settings;

import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.db.ServerConnections;
import com.interviewiq.engine.monitor.MetricsSample;
import com.interviewiq.engine.monitor.PoolAdvice;
import com.interviewiq.engine.monitor.PoolAdvisor;
import com.interviewiq.ui.common.FxThread;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The pool advisor on the Settings screen: advice from the last minutes of real traffic (see
 * {@link PoolAdvisor}) and an Apply that puts it into the pool fields and applies them through
 * the same live switch as the screen's own Apply (in-flight work finishes on the old pool). The
 * advice is arithmetic over samples already in memory, so it is made on the FX thread; only the
 * switch runs elsewhere.
 */
public final class PoolAdvisorViewModel {
    private final Supplier<List<MetricsSample>> history;
    private final Supplier<PoolSettings> current;
    private final Supplier<ServerConnections> server;
    private final SettingsViewModel fields;
    private final SettingsApplier applier;
    private final Executor fx;
    private final Duration window;
    private final ReadOnlyStringWrapper suggestion = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reasoning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper applying = new ReadOnlyBooleanWrapper();
    private PoolAdvice advice;

    /**
     * @param history the monitor's samples, oldest first (the newest {@code window} of them are judged)
     * @param current the pool the engine runs with now
     * @param server  the server's connection budget as last read (null on H2)
     */
    public PoolAdvisorViewModel(Supplier<List<MetricsSample>> history, Supplier<PoolSettings> current,
                                Supplier<ServerConnections> server, SettingsViewModel fields, SettingsApplier applier,
                                Executor fx, Duration window) {
        this.history = history;
        this.current = current;
        this.server = server;
        this.fields = fields;
        this.applier = applier;
        this.fx = fx;
        this.window = window;
    }

    /** Judges the newest {@code window} of traffic again. */
    public void refresh() {
        List<MetricsSample> all = history.get();
        List<MetricsSample> recent = all;
        if (!all.isEmpty()) {
            Instant from = all.getLast().time().minus(window);
            recent = all.stream().filter(s -> s.time().isAfter(from)).toList();
        }
        PoolSettings now = current.get();
        advice = PoolAdvisor.advise(recent, now, server.get());
        reasoning.set(advice.reasoning());
        result.set("");
        if (!advice.enough()) {
            suggestion.set("No advice yet");
            canApply.set(false);
            return;
        }
        boolean same = advice.size() == now.size() && advice.overflow() == now.maxOverflow();
        suggestion.set("Suggested: size " + advice.size() + " + overflow " + advice.overflow() + " (max "
                + advice.max() + ")" + (same ? ", as now" : ""));
        String byEnvironment = environmentOwned();
        if (byEnvironment != null) {
            result.set("Apply is off: " + byEnvironment + " sets the pool here (read-only).");
        }
        canApply.set(!same && byEnvironment == null);
    }

    private String environmentOwned() {
        for (SettingKey k : List.of(SettingKey.POOL_SIZE, SettingKey.MAX_OVERFLOW)) {
            if (fields.fromEnvironment(k).get()) {
                return "the environment variable " + k.envVar();
            }
        }
        return null;
    }

    /**
     * Puts the advice into the pool fields (min idle lowered to the size if above it) and applies
     * the fields through the live switch; Save then keeps them for the next start.
     */
    public void apply() {
        if (advice == null || !canApply.get() || applying.get()) {
            return;
        }
        fields.value(SettingKey.POOL_SIZE).set(Integer.toString(advice.size()));
        fields.value(SettingKey.MAX_OVERFLOW).set(Integer.toString(advice.overflow()));
        String minIdle = fields.value(SettingKey.POOL_MIN_IDLE).get();
        if (minIdle != null && minIdle.strip().matches("\\d+") && Integer.parseInt(minIdle.strip()) > advice.size()) {
            fields.value(SettingKey.POOL_MIN_IDLE).set(Integer.toString(advice.size()));
        }
        if (!fields.validate()) {
            result.set("Nothing applied: fix the fields marked in red.");
            return;
        }
        CompletionStage<String> applied;
        try {
            applied = applier.apply(fields, p -> fx.execute(() -> progress.set(p.message())));
        } catch (RuntimeException e) {
            result.set("Nothing applied: " + FxThread.message(e));
            return;
        }
        applying.set(true);
        canApply.set(false);
        result.set("Applying size " + advice.size() + " + overflow " + advice.overflow() + "…");
        FxThread.then(applied, fx, sentence -> {
            applying.set(false);
            progress.set("");
            result.set(sentence);
        }, e -> {
            applying.set(false);
            progress.set("");
            result.set("Not applied: " + FxThread.message(e));
            canApply.set(true);
        });
    }

    /** The advice shown, or null before the first {@link #refresh()}. */
    public PoolAdvice advice() {
        return advice;
    }

    public ReadOnlyStringProperty suggestion() {
        return suggestion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasoning() {
        return reasoning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty result() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApply() {
        return canApply.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty applying() {
        return applying.getReadOnlyProperty();
    }
}
