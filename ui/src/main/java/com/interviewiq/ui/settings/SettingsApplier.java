package com.interviewiq.ui.settings;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.db.SwitchProgress;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * What Apply does with the edited fields: switch the running engine live, or, while the console
 * has no engine (its database could not be opened), start one on them without saving them.
 */
@FunctionalInterface
public interface SettingsApplier {
    /** Completes with the sentence shown beside the buttons; fails with the reason nothing was applied. */
    CompletionStage<String> apply(SettingsViewModel fields, Consumer<SwitchProgress> progress);

    static SettingsApplier switching(Engine engine) {
        return (fields, progress) -> engine.reconfigure(fields.backendSpec(), progress)
                .thenApply(r -> r.switched() ? "Applied: " + r.summary() : "Not applied, " + r.summary());
    }
}
