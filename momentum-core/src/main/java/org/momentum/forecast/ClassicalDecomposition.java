package org.momentum.forecast;

import java.util.Arrays;

/**
 * Classical multiplicative decomposition y = T·S·I as R's {@code decompose(type = "multiplicative")} (or additive): T a centred
 * moving average (2×m for even m, m for odd m; NaN at the ends), S the per-position means of y/T normalised to mean 1.
 * Positions count from the first observation, not from the calendar (as R does for any ts start).
 *
 * @param trend  centred moving average, NaN where the window runs off the series
 * @param figure the m seasonal indices, {@code figure[j]} for observations j, j+m, j+2m, … (0-based)
 */
public record ClassicalDecomposition(int period, double[] trend, double[] figure) {
    public ClassicalDecomposition {
        trend = trend.clone();
        figure = figure.clone();
    }

    public static ClassicalDecomposition multiplicative(double[] y, int m) { return of(y, m, true); }

    /** R's {@code decompose(type = "additive")}: y = T + S + I, S the per-position means of y − T centred to mean 0. */
    public static ClassicalDecomposition additive(double[] y, int m) { return of(y, m, false); }

    private static ClassicalDecomposition of(double[] y, int m, boolean multiplicative) {
        int n = y.length;
        if (m < 2 || n < 2 * m) throw new IllegalArgumentException("decomposition needs at least two periods of " + m);
        // filter weights c(0.5, 1, …, 1, 0.5)/m for even m, rep(1/m, m) for odd m (stats::decompose)
        double[] w = new double[m % 2 == 0 ? m + 1 : m];
        Arrays.fill(w, 1.0 / m);
        if (m % 2 == 0) { w[0] = 0.5 / m; w[m] = 0.5 / m; }
        int half = w.length / 2;
        double[] trend = new double[n];
        for (int i = 0; i < n; i++) {
            if (i - half < 0 || i + half >= n) { trend[i] = Double.NaN; continue; }
            double z = 0;
            for (int j = 0; j < w.length; j++) z += w[j] * y[i + half - j];  // stats::filter's order of summation
            trend[i] = z;
        }
        double[] figure = new double[m];
        for (int j = 0; j < m; j++) {
            double s = 0;
            int c = 0;
            for (int i = j; i < n; i += m) {
                if (Double.isNaN(trend[i])) continue;
                s += multiplicative ? y[i] / trend[i] : y[i] - trend[i];
                c++;
            }
            figure[j] = s / c;
        }
        double mean = 0;
        for (double f : figure) mean += f;
        mean /= m;
        for (int j = 0; j < m; j++) figure[j] = multiplicative ? figure[j] / mean : figure[j] - mean;
        return new ClassicalDecomposition(m, trend, figure);
    }

    /** The seasonal index of observation i (0-based; i ≥ n gives the index for forecast step i − n + 1). */
    public double seasonal(int i) { return figure[i % period]; }

    /** y divided by its seasonal indices (R's seasadj). */
    public double[] adjust(double[] y) {
        double[] a = new double[y.length];
        for (int i = 0; i < y.length; i++) a[i] = y[i] / seasonal(i);
        return a;
    }

    /** The indices for steps 1..h after n observations, to re-seasonalise forecasts of the adjusted series. */
    public double[] ahead(int n, int h) {
        double[] s = new double[h];
        for (int i = 0; i < h; i++) s[i] = seasonal(n + i);
        return s;
    }

    @Override public double[] trend() { return trend.clone(); }
    @Override public double[] figure() { return figure.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassicalDecomposition d && period == d.period && Arrays.equals(trend, d.trend)
                && Arrays.equals(figure, d.figure);
    }

    @Override public int hashCode() { return Arrays.hashCode(figure); }

    @Override public String toString() { return "ClassicalDecomposition[m=" + period + ", figure=" + Arrays.toString(figure) + "]"; }
}
