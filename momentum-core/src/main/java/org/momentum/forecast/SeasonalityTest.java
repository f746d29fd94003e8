package org.momentum.forecast;

/**
 * The autocorrelation test for seasonality of Assimakopoulos &amp; Nikolopoulos (2000) as used by the M4 benchmarks
 * and forecast::thetaf: seasonal when |r_m| &gt; critical · sqrt((1 + 2 Σ_{k&lt;m} r_k²) / n), i.e. r_m is significant
 * under Bartlett's variance for an MA(m−1). Series shorter than {@code minLength(m)} or constant are never seasonal.
 *
 * @param critical  normal quantile (1.645 in M4's code, qnorm(0.95) in thetaf)
 * @param minCycles with {@code extra}: the series needs at least minCycles·m + extra observations
 */
public record SeasonalityTest(double critical, int minCycles, int extra) {
    /** M4 benchmark code (Naive2, SES/Holt/Damped benchmarks): tcrit 1.645 and n ≥ 3m. */
    public static final SeasonalityTest M4 = new SeasonalityTest(1.645, 3, 0);
    /** forecast::thetaf 8.20: qnorm(0.95) and n &gt; 2m. */
    public static final SeasonalityTest THETAF = new SeasonalityTest(Normal.Z90_TWO_SIDED, 2, 1);

    public int minLength(int m) { return minCycles * m + extra; }

    public boolean isSeasonal(double[] y, int m) {
        if (m <= 1 || y.length < minLength(m) || y.length <= m || isConstant(y)) return false;
        double[] r = acf(y, m);
        double s = 1;
        for (int k = 1; k < m; k++) s += 2 * r[k] * r[k];
        return Math.abs(r[m]) > critical * Math.sqrt(s / y.length);
    }

    /** Sample autocorrelations r_0..r_maxLag as R's acf: mean-centred, autocovariances divided by n. */
    public static double[] acf(double[] y, int maxLag) {
        int n = y.length;
        double mean = 0;
        for (double v : y) mean += v;
        mean /= n;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = y[i] - mean;
        double c0 = 0;
        for (double v : d) c0 += v * v;
        double[] r = new double[maxLag + 1];
        for (int k = 0; k <= maxLag && k < n; k++) {
            double c = 0;
            for (int t = 0; t + k < n; t++) c += d[t] * d[t + k];
            r[k] = c / c0;
        }
        return r;
    }

    static boolean isConstant(double[] y) {
        for (double v : y) if (v != y[0]) return false;
        return true;
    }
}
