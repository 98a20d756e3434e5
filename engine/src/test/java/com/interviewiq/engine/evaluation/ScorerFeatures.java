package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.evaluation.batch.BatchFile;
import com.interviewiq.engine.evaluation.batch.BatchItem;
import com.interviewiq.engine.evaluation.batch.SampleBank;
import com.interviewiq.engine.questions.Question;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calibration tool's window on the scorer: each labelled criterion's features as
 * {@link SemanticScorer#verdicts} computes them for scoring (no copy of the feature code), and the
 * scorer's own met/not-met rule under any weights. It lives in the scorer's package because the
 * features and the weights are the scorer's business, not its public API.
 */
public final class ScorerFeatures {
    private ScorerFeatures() {
    }

    /** The weights' names in feature order, as the constants in {@code SemanticScorer.Verdict} are called. */
    public static List<String> names() {
        return SemanticScorer.Verdict.NAMES;
    }

    /** The weights shipped in {@code SemanticScorer.Verdict}. */
    public static Weights shipped() {
        return new Weights(SemanticScorer.Verdict.weights(), SemanticScorer.Verdict.BIAS);
    }

    /** One criterion of one labelled answer in the labels' file, with the real model's features. */
    public static List<Criterion> read(Path labels) {
        SemanticScorer scorer = SemanticModel.shared().load().join();
        List<Criterion> out = new ArrayList<>();
        for (BatchItem item : BatchFile.read(labels)) {
            Question q = SampleBank.after(k -> Optional.empty()).apply(item.questionKey())
                    .orElseThrow(() -> new IllegalArgumentException(labels + ": no sample question " + item.questionKey()));
            if (item.met() == null || item.met().size() != q.rubric().size()) {
                throw new IllegalArgumentException(labels + ": " + item.questionKey() + " needs one label per criterion");
            }
            Optional<List<SemanticScorer.Verdict>> verdicts = scorer.verdicts(q, item.answer());
            for (int i = 0; i < q.rubric().size(); i++) {
                out.add(new Criterion(item.kind(), item.met().get(i), verdicts.isPresent() ? verdicts.get().get(i) : null));
            }
        }
        return out;
    }

    /** Logistic weights in the features' own units, in the order of {@link #names()}. */
    public record Weights(double[] coefficients, double bias) {
    }

    /** A labelled criterion; an answer without a sentence has no features and meets nothing, whatever the weights. */
    public record Criterion(String kind, boolean label, SemanticScorer.Verdict verdict) {
        /** Empty for an answer without a sentence: there is nothing to fit. */
        public Optional<double[]> features() {
            return verdict == null ? Optional.empty() : Optional.of(verdict.features());
        }

        /** Whether the scorer would mark it met under these weights (the contradiction veto included). */
        public boolean met(Weights w) {
            return verdict != null && verdict.met(w.coefficients(), w.bias());
        }
    }
}
