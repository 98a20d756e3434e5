package com.interviewiq.ui.settings;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.EvaluatorSettings;
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

    /** The evaluator at once (it holds no connections), then the backend through the live switch. */
    static SettingsApplier switching(Engine engine) {
        return (fields, progress) -> {
            com.interviewiq.engine.config.Settings resolved = fields.resolved();
            EvaluatorSettings evaluator = resolved.evaluator();
            String said = "";
            if (!evaluator.equals(engine.settings().evaluator())) {
                engine.applyEvaluator(evaluator);
                said = evaluator.remoteEnabled()
                        ? " Evaluator: " + evaluator.model() + " at " + evaluator.url().getHost() + " from now on."
                        : " Evaluator: the " + evaluator.kind().label() + " evaluator from now on.";
            }
            String evaluatorSaid = said;
            return engine.reconfigure(SettingsViewModel.backendSpec(resolved), progress)
                    .thenApply(r -> (r.switched() ? "Applied: " + r.summary() : "Not applied, " + r.summary()) + evaluatorSaid);
        };
    }
}
