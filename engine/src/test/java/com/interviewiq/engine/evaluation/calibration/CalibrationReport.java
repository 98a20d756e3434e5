package com.interviewiq.engine.evaluation.calibration;

import com.interviewiq.engine.evaluation.ScorerFeatures;
import com.interviewiq.engine.evaluation.ScorerFeatures.Criterion;
import com.interviewiq.engine.evaluation.ScorerFeatures.Weights;
import com.interviewiq.engine.evaluation.batch.Agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the calibration tool prints: the weights fitted on both labelled sets as Java source for
 * {@code SemanticScorer.Verdict}, how far the shipped ones are from them, and agreement per kind for
 * the shipped weights, the fit in-sample and cross-fitted (fitted on one set, scored on the other:
 * what to expect on answers the fit has not seen).
 */
public final class CalibrationReport {
    private CalibrationReport() {
    }

    public static String of(List<Criterion> calibration, List<Criterion> heldout) {
        List<Criterion> both = new ArrayList<>(calibration);
        both.addAll(heldout);
        Weights fit = CalibrationFit.fit(both);
        Weights onCalibration = CalibrationFit.fit(calibration);
        Weights onHeldout = CalibrationFit.fit(heldout);
        Weights shipped = ScorerFeatures.shipped();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Semantic scorer calibration: logistic regression (Newton), standardised"
                + " features, L2 %s, each kind weighing 1; %d + %d labelled criteria.%n%n", CalibrationFit.L2,
                calibration.size(), heldout.size()));
        out.append("Fitted on both sets, for SemanticScorer.Verdict:\n").append(javaSource(fit)).append('\n');
        out.append(String.format(Locale.ROOT, "Shipped weights differ from this fit by at most %.4f.%n", maxDifference(fit, shipped)));
        out.append("Fitted on calibration only: ").append(oneLine(onCalibration)).append('\n');
        out.append("Fitted on held-out only:    ").append(oneLine(onHeldout)).append("\n\n");
        Map<String, Agreement> columns = new LinkedHashMap<>();
        columns.put("shipped cal", CalibrationFit.agreement(calibration, shipped));
        columns.put("shipped held", CalibrationFit.agreement(heldout, shipped));
        columns.put("fit cal", CalibrationFit.agreement(calibration, fit));
        columns.put("fit held", CalibrationFit.agreement(heldout, fit));
        columns.put("cross cal", CalibrationFit.agreement(calibration, onHeldout));
        columns.put("cross held", CalibrationFit.agreement(heldout, onCalibration));
        out.append("Agreement per kind (fit = both sets, in-sample; cross cal = fitted on held-out, cross held = fitted on"
                + " calibration):\n").append(table(columns));
        return out.toString();
    }

    /** The constants as they are written in {@code SemanticScorer.Verdict}, 4 decimals. */
    public static String javaSource(Weights w) {
        StringBuilder out = new StringBuilder();
        List<String> names = ScorerFeatures.names();
        for (int j = 0; j < names.size(); j++) {
            out.append(String.format(Locale.ROOT, "        static final double %s = %.4f;%n", names.get(j), w.coefficients()[j]));
        }
        return out.append(String.format(Locale.ROOT, "        static final double BIAS = %.4f;%n", w.bias())).toString();
    }

    static double maxDifference(Weights a, Weights b) {
        double max = Math.abs(a.bias() - b.bias());
        for (int j = 0; j < a.coefficients().length; j++) {
            max = Math.max(max, Math.abs(a.coefficients()[j] - b.coefficients()[j]));
        }
        return max;
    }

    private static String oneLine(Weights w) {
        StringBuilder out = new StringBuilder();
        for (double c : w.coefficients()) {
            out.append(String.format(Locale.ROOT, "%.4f ", c));
        }
        return out.append(String.format(Locale.ROOT, "bias %.4f", w.bias())).toString();
    }

    private static String table(Map<String, Agreement> columns) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-20s", "kind"));
        columns.keySet().forEach(c -> out.append(String.format(Locale.ROOT, " | %-16s", c)));
        out.append('\n');
        // by kind, not by position: each file lists its kinds in its own order
        List<Map<String, Agreement.Row>> byKind = columns.values().stream().map(a -> {
            Map<String, Agreement.Row> m = new LinkedHashMap<>();
            a.rows().forEach(row -> m.put(row.kind(), row));
            return m;
        }).toList();
        for (String kind : byKind.getFirst().keySet()) {
            out.append(String.format(Locale.ROOT, "%-20s", kind));
            for (Map<String, Agreement.Row> column : byKind) {
                Agreement.Row row = column.get(kind);
                out.append(String.format(Locale.ROOT, " | %-16s", row == null ? "-"
                        : String.format(Locale.ROOT, "%d/%d %.2f", row.agreed(), row.criteria(), row.share())));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
