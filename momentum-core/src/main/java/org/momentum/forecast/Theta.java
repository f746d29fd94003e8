package org.momentum.forecast;

/**
 * The Theta method of Assimakopoulos &amp; Nikolopoulos (2000) as forecast::thetaf 8.20 computes it, i.e. SES with
 * drift (Hyndman &amp; Billah 2003): thetaf's seasonality test, multiplicative classical decomposition, SES fitted by
 * MSE, drift b₀/2 from the least-squares slope b₀ on t, forecasts re-seasonalised; intervals from the SES state
 * space model, se_h = σ·sqrt(1 + (h−1)α²), around the re-seasonalised mean (thetaf does not rescale them).
 *
 * @param globalSes fit SES at its global optimum rather than where R's Nelder–Mead stops (default false: as R)
 */
public record Theta(boolean globalSes) implements Forecaster {
    public Theta() { this(false); }

    @Override public String name() { return "theta"; }

    @Override
    public Forecast forecast(double[] y, int frequency, int horizon) {
        Forecaster.check(y, frequency, horizon);
        int n = y.length;
        double[] x = y;
        ClassicalDecomposition d = null;
        if (SeasonalityTest.THETAF.isSeasonal(y, frequency)) {
            d = ClassicalDecomposition.multiplicative(y, frequency);
            boolean nearZero = false;
            for (double f : d.figure()) nearZero |= Math.abs(f) < 1e-4;  // thetaf falls back to non-seasonal Theta
            if (nearZero) d = null; else x = d.adjust(y);
        }
        SimpleExponentialSmoothing ses = globalSes ? SimpleExponentialSmoothing.fitGlobal(x) : SimpleExponentialSmoothing.fit(x);
        double alpha = Math.max(1e-10, ses.alpha());
        double drift = slope(x) / 2;
        double start = (1 - Math.pow(1 - alpha, n)) / alpha;
        double sigma = Math.sqrt(ses.sigma2());
        double[] mean = new double[horizon], se = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            mean[i] = ses.level() + drift * (i + start);
            if (d != null) mean[i] *= d.seasonal(n + i);
            se[i] = sigma * Math.sqrt(i * alpha * alpha + 1);
        }
        return Forecast.normal(name(), mean, se);
    }

    /** Least-squares slope of x on t = 0..n−1 (R's lsfit). */
    static double slope(double[] x) {
        int n = x.length;
        double tbar = (n - 1) / 2.0, xbar = 0;
        for (double v : x) xbar += v;
        xbar /= n;
        double sxy = 0, sxx = 0;
        for (int t = 0; t < n; t++) { sxy += (t - tbar) * (x[t] - xbar); sxx += (t - tbar) * (t - tbar); }
        return sxy / sxx;
    }
}
