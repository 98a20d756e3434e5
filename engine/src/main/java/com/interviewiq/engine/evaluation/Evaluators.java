package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.config.EvaluatorSettings;
import com.interviewiq.engine.config.Settings;

import java.util.Optional;

/** Builds the engine's evaluator from the settings: rubric only, or remote with rubric fallback. */
public final class Evaluators {
    private Evaluators() {
    }

    public static HybridEvaluator from(Settings settings) {
        EvaluatorSettings e = settings.evaluator();
        if (!e.remoteEnabled()) {
            return HybridEvaluator.rubricOnly();
        }
        return HybridEvaluator.from(Optional.of(new RemoteEvaluatorConfig(e.url(), e.model(), e.apiKeyEnv(), e.timeout())));
    }
}
