package org.momentum.forecast;

import java.util.function.ToDoubleFunction;

/**
 * Nelder–Mead simplex minimisation in the form of Nash (1990), Compact Numerical Methods, Algorithm 19, with the
 * conventions of R's optim(method = "Nelder-Mead") that forecast::ets calls through etsNelderMead: initial step 10% of
 * the largest |parameter|, reflection 1, contraction 0.5, expansion 2, stop when the simplex's values differ by at most
 * reltol·(|f₀| + reltol), non-finite values replaced by 1e35. Reproducing it (not just any minimiser) matters: where
 * the objective is flat R stops early, and its forecasts are those of that stopping point.
 */
final class NelderMead {
    private static final double BIG = 1.0e35;

    /** The minimiser's result: parameters, objective value, evaluations used. */
    record Result(double[] par, double value, int evaluations) {}

    private NelderMead() {}

    static Result minimise(ToDoubleFunction<double[]> fn, double[] start, double reltol, int maxit) {
        final double alpha = 1.0, beta = 0.5, gamma = 2.0;
        int n = start.length, n1 = n + 1, c = n + 2;
        double[] b = start.clone();
        double[][] p = new double[n1][c];  // rows 0..n−1 coordinates, row n the value; columns vertices, last the centroid
        double f = fn.applyAsDouble(b);
        if (!Double.isFinite(f)) throw new IllegalArgumentException("objective cannot be evaluated at the initial parameters");
        int funcount = 1;
        double convtol = reltol * (Math.abs(f) + reltol);
        p[n1 - 1][0] = f;
        for (int i = 0; i < n; i++) p[i][0] = b[i];
        int l = 1;
        double size = 0, step = 0;
        for (int i = 0; i < n; i++) step = Math.max(step, 0.1 * Math.abs(b[i]));
        if (step == 0.0) step = 0.1;
        for (int j = 2; j <= n1; j++) {
            for (int i = 0; i < n; i++) p[i][j - 1] = b[i];
            double trystep = step;
            while (p[j - 2][j - 1] == b[j - 2]) {
                p[j - 2][j - 1] = b[j - 2] + trystep;
                trystep *= 10;
            }
            size += trystep;
        }
        double oldsize = size;
        boolean calcvert = true;
        do {
            if (calcvert) {
                for (int j = 0; j < n1; j++) {
                    if (j + 1 != l) {
                        for (int i = 0; i < n; i++) b[i] = p[i][j];
                        f = finite(fn.applyAsDouble(b));
                        funcount++;
                        p[n1 - 1][j] = f;
                    }
                }
                calcvert = false;
            }
            double vl = p[n1 - 1][l - 1], vh = vl;
            int h = l;
            for (int j = 1; j <= n1; j++) {
                if (j != l) {
                    f = p[n1 - 1][j - 1];
                    if (f < vl) { l = j; vl = f; }
                    if (f > vh) { h = j; vh = f; }
                }
            }
            if (vh <= vl + convtol) break;
            for (int i = 0; i < n; i++) {
                double temp = -p[i][h - 1];
                for (int j = 0; j < n1; j++) temp += p[i][j];
                p[i][c - 1] = temp / n;
            }
            for (int i = 0; i < n; i++) b[i] = (1.0 + alpha) * p[i][c - 1] - alpha * p[i][h - 1];
            f = finite(fn.applyAsDouble(b));
            funcount++;
            double vr = f;
            if (vr < vl) {
                p[n1 - 1][c - 1] = f;
                for (int i = 0; i < n; i++) {
                    double e = gamma * b[i] + (1 - gamma) * p[i][c - 1];
                    p[i][c - 1] = b[i];
                    b[i] = e;
                }
                f = finite(fn.applyAsDouble(b));
                funcount++;
                if (f < vr) {
                    for (int i = 0; i < n; i++) p[i][h - 1] = b[i];
                    p[n1 - 1][h - 1] = f;
                } else {
                    for (int i = 0; i < n; i++) p[i][h - 1] = p[i][c - 1];
                    p[n1 - 1][h - 1] = vr;
                }
            } else {
                if (vr < vh) {
                    for (int i = 0; i < n; i++) p[i][h - 1] = b[i];
                    p[n1 - 1][h - 1] = vr;
                }
                for (int i = 0; i < n; i++) b[i] = (1 - beta) * p[i][h - 1] + beta * p[i][c - 1];
                f = finite(fn.applyAsDouble(b));
                funcount++;
                if (f < p[n1 - 1][h - 1]) {
                    for (int i = 0; i < n; i++) p[i][h - 1] = b[i];
                    p[n1 - 1][h - 1] = f;
                } else if (vr >= vh) {
                    calcvert = true;  // shrink towards the lowest vertex
                    size = 0.0;
                    for (int j = 0; j < n1; j++) {
                        if (j + 1 != l) {
                            for (int i = 0; i < n; i++) {
                                p[i][j] = beta * (p[i][j] - p[i][l - 1]) + p[i][l - 1];
                                size += Math.abs(p[i][j] - p[i][l - 1]);
                            }
                        }
                    }
                    if (size < oldsize) oldsize = size;
                    else break;  // the polytope no longer shrinks
                }
            }
        } while (funcount <= maxit);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = p[i][l - 1];
        return new Result(x, p[n1 - 1][l - 1], funcount);
    }

    private static double finite(double f) { return Double.isFinite(f) ? f : BIG; }
}
