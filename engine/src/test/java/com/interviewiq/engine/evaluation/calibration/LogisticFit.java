package com.interviewiq.engine.evaluation.calibration;

import java.util.Arrays;

/**
 * Weighted logistic regression with an L2 penalty, fitted by Newton's method (iteratively
 * reweighted least squares). Features are standardised (mean 0, population standard deviation 1)
 * before fitting so that one penalty treats a cosine in -1..1 and a 0/1 flag alike; the bias is
 * not penalised. The result is given back in the features' own units.
 *
 * <p>Deterministic: plain loops in a fixed order, a fixed start (all zeros) and a fixed stopping
 * rule, so the same rows give the same bits on every run.
 */
public final class LogisticFit {
    /** Newton converges in well under 20 steps here; the cap only guards against a bug. */
    static final int MAX_ITERATIONS = 100;
    /** Stop when no standardised weight moves by more than this: far below the 4 decimals printed. */
    static final double TOLERANCE = 1e-12;

    private LogisticFit() {
    }

    /** Weights in the features' units: logit = sum(coefficients[j] * x[j]) + bias. */
    public record Model(double[] coefficients, double bias, int iterations) {
        public double logit(double[] x) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                sum += coefficients[j] * x[j];
            }
            return sum + bias;
        }
    }

    /**
     * @param x     one row per example, every row as long
     * @param y     the labels
     * @param w     each example's weight (> 0)
     * @param l2    the penalty on the standardised coefficients; > 0, because separable data (a
     *              flag that decides every label) has no finite unpenalised fit
     */
    public static Model fit(double[][] x, boolean[] y, double[] w, double l2) {
        if (x.length == 0 || x.length != y.length || x.length != w.length || !(l2 > 0)) {
            throw new IllegalArgumentException("need rows, as many labels and weights, and l2 > 0");
        }
        int d = x[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        standardisation(x, mean, sd);
        double[][] z = new double[x.length][d + 1];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x[i][j] - mean[j]) / sd[j];
            }
            z[i][d] = 1; // the bias
        }
        double[] beta = new double[d + 1];
        int iteration = 0;
        double moved = Double.POSITIVE_INFINITY;
        while (moved > TOLERANCE && iteration < MAX_ITERATIONS) {
            double[] step = Linear.solve(hessian(z, w, beta, l2), gradient(z, y, w, beta, l2));
            moved = 0;
            for (int j = 0; j <= d; j++) {
                beta[j] -= step[j];
                moved = Math.max(moved, Math.abs(step[j]));
            }
            iteration++;
        }
        double[] coefficients = new double[d];
        double bias = beta[d];
        for (int j = 0; j < d; j++) {
            coefficients[j] = beta[j] / sd[j];
            bias -= beta[j] * mean[j] / sd[j];
        }
        return new Model(coefficients, bias, iteration);
    }

    /** A constant column keeps sd 1: standardised it is all zeros and the penalty holds its weight at 0. */
    private static void standardisation(double[][] x, double[] mean, double[] sd) {
        int d = mean.length;
        for (double[] row : x) {
            if (row.length != d) {
                throw new IllegalArgumentException("every row needs " + d + " features");
            }
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= x.length;
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = sd[j] > 0 ? Math.sqrt(sd[j]) : 1;
        }
    }

    static double probability(double[] row, double[] beta) {
        double t = 0;
        for (int j = 0; j < row.length; j++) {
            t += row[j] * beta[j];
        }
        return 1 / (1 + Math.exp(-t));
    }

    private static double[] gradient(double[][] z, boolean[] y, double[] w, double[] beta, double l2) {
        int n = beta.length;
        double[] g = new double[n];
        for (int i = 0; i < z.length; i++) {
            double r = w[i] * (probability(z[i], beta) - (y[i] ? 1 : 0));
            for (int j = 0; j < n; j++) {
                g[j] += r * z[i][j];
            }
        }
        for (int j = 0; j < n - 1; j++) {
            g[j] += l2 * beta[j];
        }
        return g;
    }

    private static double[][] hessian(double[][] z, double[] w, double[] beta, double l2) {
        int n = beta.length;
        double[][] h = new double[n][n];
        for (int i = 0; i < z.length; i++) {
            double p = probability(z[i], beta);
            double c = w[i] * p * (1 - p);
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    h[j][k] += c * z[i][j] * z[i][k];
                }
            }
        }
        for (int j = 0; j < n - 1; j++) {
            h[j][j] += l2;
        }
        return h;
    }

    /** Gaussian elimination with partial pivoting; the Hessian is small (features + 1) and positive definite. */
    static final class Linear {
        private Linear() {
        }

        static double[] solve(double[][] a, double[] b) {
            int n = b.length;
            double[][] m = new double[n][];
            for (int i = 0; i < n; i++) {
                m[i] = Arrays.copyOf(a[i], n + 1);
                m[i][n] = b[i];
            }
            for (int col = 0; col < n; col++) {
                int pivot = col;
                for (int r = col + 1; r < n; r++) {
                    if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                        pivot = r;
                    }
                }
                double[] t = m[col];
                m[col] = m[pivot];
                m[pivot] = t;
                if (m[col][col] == 0) {
                    throw new ArithmeticException("singular system");
                }
                for (int r = col + 1; r < n; r++) {
                    double f = m[r][col] / m[col][col];
                    for (int k = col; k <= n; k++) {
                        m[r][k] -= f * m[col][k];
                    }
                }
            }
            double[] out = new double[n];
            for (int r = n - 1; r >= 0; r--) {
                double s = m[r][n];
                for (int k = r + 1; k < n; k++) {
                    s -= m[r][k] * out[k];
                }
                out[r] = s / m[r][r];
            }
            return out;
        }
    }
}
