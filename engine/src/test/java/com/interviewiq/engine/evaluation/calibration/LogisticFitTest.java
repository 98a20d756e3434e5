package com.interviewiq.engine.evaluation.calibration;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The calibration tool's fitter on data whose answer is known; no model needed. */
class LogisticFitTest {
    private static final double[] TRUE_WEIGHTS = {2.5, -1.5, 0.8};
    private static final double TRUE_BIAS = -0.4;

    /** Labels drawn from a known logistic model, features on different scales (a cosine, a flag, a count). */
    private static Data noisy(int n, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {random.nextGaussian() * 0.3, random.nextBoolean() ? 1 : 0, random.nextInt(4)};
            double t = TRUE_BIAS;
            for (int j = 0; j < 3; j++) {
                t += TRUE_WEIGHTS[j] * x[i][j];
            }
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-t));
        }
        return new Data(x, y, ones(n));
    }

    private record Data(double[][] x, boolean[] y, double[] w) {
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    @Test
    void recoversTheWeightsThatGeneratedNoisyLabels() {
        Data d = noisy(40_000, 7);
        LogisticFit.Model m = LogisticFit.fit(d.x(), d.y(), d.w(), 1e-3);
        // 40,000 draws: the estimates' standard errors are about 0.02-0.06
        assertThat(m.coefficients()[0]).isCloseTo(2.5, within(0.2));
        assertThat(m.coefficients()[1]).isCloseTo(-1.5, within(0.1));
        assertThat(m.coefficients()[2]).isCloseTo(0.8, within(0.05));
        assertThat(m.bias()).isCloseTo(-0.4, within(0.1));
        assertThat(m.iterations()).isLessThan(LogisticFit.MAX_ITERATIONS);
    }

    @Test
    void theSameRowsGiveTheSameBits() {
        Data d = noisy(2_000, 11);
        LogisticFit.Model a = LogisticFit.fit(d.x(), d.y(), d.w(), 0.05);
        LogisticFit.Model b = LogisticFit.fit(d.x(), d.y(), d.w(), 0.05);
        assertThat(b.coefficients()).isEqualTo(a.coefficients());
        assertThat(b.bias()).isEqualTo(a.bias());
    }

    @Test
    void separableDataStaysFiniteAndClassifiesEveryRow() {
        // the flag decides every label: without the penalty its weight would grow without bound
        double[][] x = {{0.1, 1}, {0.4, 1}, {0.3, 0}, {0.2, 0}, {0.5, 1}, {0.0, 0}};
        boolean[] y = {true, true, false, false, true, false};
        LogisticFit.Model m = LogisticFit.fit(x, y, ones(6), 0.05);
        for (double c : m.coefficients()) {
            assertThat(c).isFinite();
        }
        assertThat(m.coefficients()[1]).isGreaterThan(1);
        for (int i = 0; i < x.length; i++) {
            assertThat(m.logit(x[i]) > 0).as("row %d", i).isEqualTo(y[i]);
        }
    }

    @Test
    void theFitIsInTheFeaturesOwnUnits() {
        // standardising first: a feature in tenths gets ten times the weight, the predictions stay the same
        Data d = noisy(3_000, 3);
        double[][] scaled = new double[d.x().length][];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = new double[] {d.x()[i][0] / 10, d.x()[i][1], d.x()[i][2]};
        }
        LogisticFit.Model a = LogisticFit.fit(d.x(), d.y(), d.w(), 0.05);
        LogisticFit.Model b = LogisticFit.fit(scaled, d.y(), d.w(), 0.05);
        assertThat(b.coefficients()[0]).isCloseTo(a.coefficients()[0] * 10, within(1e-9));
        assertThat(b.bias()).isCloseTo(a.bias(), within(1e-9));
    }

    @Test
    void aRowWeighingTwoCountsAsTwoCopiesOfIt() {
        Data d = noisy(500, 5);
        double[] w = ones(500);
        w[0] = 2;
        double[][] x = java.util.Arrays.copyOf(d.x(), 501);
        boolean[] y = java.util.Arrays.copyOf(d.y(), 501);
        x[500] = d.x()[0];
        y[500] = d.y()[0];
        // the same data once weighted and once duplicated; the standardisation differs (it is unweighted), so compare predictions
        LogisticFit.Model weighted = LogisticFit.fit(d.x(), d.y(), w, 1e-9);
        LogisticFit.Model copied = LogisticFit.fit(x, y, ones(501), 1e-9);
        for (double[] row : d.x()) {
            assertThat(weighted.logit(row)).isCloseTo(copied.logit(row), within(1e-5));
        }
    }

    @Test
    void aConstantFeatureGetsNoWeight() {
        Data d = noisy(1_000, 9);
        double[][] x = new double[1_000][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {d.x()[i][0], 1};
        }
        LogisticFit.Model m = LogisticFit.fit(x, d.y(), d.w(), 0.05);
        assertThat(m.coefficients()[1]).isCloseTo(0, within(1e-12));
    }

    @Test
    void refusesAFitWithoutPenaltyOrWithMismatchedRows() {
        double[][] x = {{1}, {2}};
        assertThatThrownBy(() -> LogisticFit.fit(x, new boolean[] {true, false}, ones(2), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogisticFit.fit(x, new boolean[] {true}, ones(2), 0.05))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachKindWeighsOneInTotal() {
        double[] w = CalibrationFit.kindWeights(List.of("a", "b", "a", "a", "c", "b"));
        assertThat(w).containsExactly(1 / 3.0, 0.5, 1 / 3.0, 1 / 3.0, 1.0, 0.5);
    }
}
