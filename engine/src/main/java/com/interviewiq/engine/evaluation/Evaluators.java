package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.config.EvaluatorSettings;
import com.interviewiq.engine.config.Settings;

import java.time.Clock;
import java.util.Optional;

/** Builds the engine's evaluator chain from the settings: [remote ->] [semantic ->] rubric. */
public final class Evaluators {
    private Evaluators() {
    }

    public static HybridEvaluator from(Settings settings) {
        EvaluatorSettings e = settings.evaluator();
        HybridEvaluator evaluator = new HybridEvaluator(new RubricScorer(), SemanticModel.shared(), remote(e), e.coolDown(),
                Clock.systemDefaultZone());
        evaluator.useSemantic(e.semanticEnabled());
        return evaluator;
    }

    /** The remote these settings describe (key from the process environment), empty for rubric only. */
    public static Optional<RemoteEvaluator> remote(EvaluatorSettings e) {
        return config(e).map(RemoteEvaluator::new);
    }

    static Optional<RemoteEvaluatorConfig> config(EvaluatorSettings e) {
        return e.remoteEnabled()
                ? Optional.of(new RemoteEvaluatorConfig(e.url(), e.model(), e.apiKeyEnv(), e.timeout()))
                : Optional.empty();
    }

    /** Replaces the running evaluator's remote with the one {@code e} describes (Settings' Apply). */
    public static void apply(HybridEvaluator evaluator, EvaluatorSettings e) {
        evaluator.useSemantic(e.semanticEnabled());
        evaluator.reconfigure(remote(e), e.coolDown());
    }
}
