package com.interviewiq.engine.evaluation.calibration;

import com.interviewiq.engine.evaluation.ScorerFeatures;
import com.interviewiq.engine.evaluation.ScorerFeatures.Criterion;
import com.interviewiq.engine.evaluation.ScorerFeatures.Weights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calibration tool on the two hand-labelled sets with the real model. Always: the shipped weights
 * are what the tool fits, so they stay reproducible. With {@code -Dcalibrate=true}: prints the report
 * (weights as Java source, agreement per kind in-sample and cross-fitted); docs/BENCHMARKS.md says how.
 */
class CalibrationFitTest {
    private static List<Criterion> calibration;
    private static List<Criterion> heldout;

    @BeforeAll
    static void features() {
        calibration = CalibrationFit.labelled("labels-calibration.json");
        heldout = CalibrationFit.labelled("labels-heldout.json");
    }

    @Test
    void theShippedWeightsAreTheToolsFitOnBothSets() {
        List<Criterion> both = new ArrayList<>(calibration);
        both.addAll(heldout);
        Weights fit = CalibrationFit.fit(both);
        // printed to 4 decimals; the rest allows for floating-point differences between CPUs in the model
        assertThat(CalibrationReport.maxDifference(fit, ScorerFeatures.shipped()))
                .as("refit and paste:%n%s", CalibrationReport.javaSource(fit)).isLessThan(0.005);
    }

    @Test
    @EnabledIfSystemProperty(named = "calibrate", matches = "true")
    void printsTheReport() {
        String report = CalibrationReport.of(calibration, heldout);
        System.out.println(report);
        assertThat(report).contains("static final double BIAS");
    }
}
