package com.interviewiq.engine.evaluation.calibration;

import com.interviewiq.engine.evaluation.CriterionMark;
import com.interviewiq.engine.evaluation.ScorerFeatures;
import com.interviewiq.engine.evaluation.ScorerFeatures.Criterion;
import com.interviewiq.engine.evaluation.ScorerFeatures.Weights;
import com.interviewiq.engine.evaluation.batch.Agreement;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the semantic scorer's weights ({@code SemanticScorer.Verdict}) on hand-labelled criteria, the
 * way the shipped weights were fitted: a logistic regression ({@link LogisticFit}) on the scorer's
 * own features, standardised, L2 {@value #L2}, every kind of answer weighing the same in total (so
 * the 34-40 criteria of each kind count alike and no kind is traded for a larger one). The
 * contradiction of a related sentence is a feature in the fit as well as a veto when scoring, as
 * in the scorer: the fit sees every criterion, and the veto is applied after it.
 */
public final class CalibrationFit {
    /**
     * The penalty the shipped weights were fitted with: refitting with it gives them back to the 4th
     * decimal (0.045 or 0.055 move them by about 0.05). Per unit of total weight, which is one per kind.
     */
    public static final double L2 = 0.05;

    private CalibrationFit() {
    }

    /** The labelled criteria of a file in the test resources' {@code evaluation/} folder, with the real model's features. */
    public static List<Criterion> labelled(String file) {
        try {
            return ScorerFeatures.read(Path.of(CalibrationFit.class.getResource("/evaluation/" + file).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fits on these criteria; an answer without a sentence has no features and stays out of the fit. */
    public static Weights fit(List<Criterion> rows) {
        List<Criterion> usable = rows.stream().filter(r -> r.features().isPresent()).toList();
        double[][] x = usable.stream().map(r -> r.features().orElseThrow()).toArray(double[][]::new);
        boolean[] y = new boolean[usable.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = usable.get(i).label();
        }
        double[] w = kindWeights(usable.stream().map(Criterion::kind).toList());
        LogisticFit.Model m = LogisticFit.fit(x, y, w, L2);
        return new Weights(m.coefficients(), m.bias());
    }

    /** 1 / (criteria of its kind): each kind weighs 1 in total, whatever its size. */
    static double[] kindWeights(List<String> kinds) {
        Map<String, Integer> count = new HashMap<>();
        kinds.forEach(k -> count.merge(k, 1, Integer::sum));
        return kinds.stream().mapToDouble(k -> 1.0 / count.get(k)).toArray();
    }

    /** How often the scorer under these weights agrees with the labels, per kind, as {@code evaluate --batch} counts. */
    public static Agreement agreement(List<Criterion> rows, Weights w) {
        Agreement a = new Agreement();
        for (Criterion r : rows) {
            a.add(r.kind(), List.of(new CriterionMark("", 1, r.met(w), List.of())), List.of(r.label()));
        }
        return a;
    }
}
