package org.momentum.forecast;

/**
 * The random walk at lag k behind naive (k = 1) and seasonal naive (k = m), as forecast 8.20's lagwalk: forecasts
 * repeat the last k values; se_h = σ·sqrt(⌈h/k⌉) with σ² the mean squared lag-k difference (no centring).
 */
final class LagWalk {
    private LagWalk() {}

    static Forecast forecast(String name, double[] y, int lag, int horizon) {
        int n = y.length;
        if (n <= lag) throw new IllegalArgumentException(name + " needs more than " + lag + " observations, got " + n);
        double ss = 0;
        for (int t = lag; t < n; t++) { double e = y[t] - y[t - lag]; ss += e * e; }
        double mse = ss / (n - lag);
        double[] mean = new double[horizon], se = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            mean[i] = y[n - lag + i % lag];
            se[i] = Math.sqrt(mse * (i / lag + 1));
        }
        return Forecast.normal(name, mean, se);
    }
}
