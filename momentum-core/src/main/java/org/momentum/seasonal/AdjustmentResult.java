package org.momentum.seasonal;

import java.util.List;

/**
 * One adjusted monthly series. Components are aligned with the input ({@code startPeriod} on) and are
 * factors when {@code mode} is MULTIPLICATIVE (y = t·s·c·i, sa = y/(s·c)) and effects when ADDITIVE
 * (y = t+s+c+i, sa = y−s−c), as formats.md's adjusted.csv wants them. {@code estimated} marks the months whose
 * original value is not observed but estimated (a January and February split from their combined total);
 * {@code model} is the regARIMA model estimated (null without one, RSAX11), kept for the next release's revision policy.
 */
public record AdjustmentResult(int startPeriod, Mode mode, double[] original, double[] sa, double[] trend,
                               double[] seasonal, double[] calendar, double[] irregular, boolean[] estimated,
                               SavedModel model, Diagnostics diagnostics) {
    public enum Mode { MULTIPLICATIVE, ADDITIVE }

    public AdjustmentResult {
        original = original.clone(); sa = sa.clone(); trend = trend.clone();
        seasonal = seasonal.clone(); calendar = calendar.clone(); irregular = irregular.clone();
        estimated = estimated.clone();
        if (estimated.length != original.length) throw new IllegalArgumentException("estimated flags do not match the series");
    }

    @Override public double[] original() { return original.clone(); }
    @Override public double[] sa() { return sa.clone(); }
    @Override public double[] trend() { return trend.clone(); }
    @Override public double[] seasonal() { return seasonal.clone(); }
    @Override public double[] calendar() { return calendar.clone(); }
    @Override public double[] irregular() { return irregular.clone(); }
    @Override public boolean[] estimated() { return estimated.clone(); }

    public int length() { return original.length; }

    /** Month-on-month growth of the adjusted series, percent: (sa_t / sa_{t−1} − 1)·100; NaN for the first month. */
    public double[] saMomPct() {
        double[] g = new double[sa.length];
        g[0] = Double.NaN;
        for (int k = 1; k < sa.length; k++) g[k] = sa[k - 1] == 0 ? Double.NaN : (sa[k] / sa[k - 1] - 1) * 100;
        return g;
    }

    /** A user regressor's estimate: coefficient (on the log scale when the model is in logs), t-stat, significance at 5%. */
    public record RegressorEstimate(String name, double coefficient, double stderr, double tStat, double pValue) {
        public boolean significant() { return pValue < 0.05; }
    }

    /**
     * Quality statistics, NaN where the method has none.
     *
     * @param saQsPValue  QS test for residual seasonality in the adjusted series (JDemetra+ on the differenced sa); small = seasonality left
     * @param saFPValue   F-test on seasonal dummies for residual seasonality in the adjusted series
     * @param irrQsPValue QS test for residual seasonality in the irregular
     * @param q           X-11's Q statistic (Lothian &amp; Morry 1978; acceptable below 1), X-13 only
     * @param m7          X-11's M7 (identifiable seasonality; above 1 = none), X-13 only
     */
    public record Quality(double saQsPValue, double saFPValue, double irrQsPValue, double q, double m7) {
        public static final Quality NONE = new Quality(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /**
     * @param arima the chosen model as (p,d,q)(P,D,Q), "none" when there is no pre-adjustment (X-11 only)
     * @param log whether the pre-adjustment chose the log transformation
     * @param outliers the outliers found, JDemetra+ names such as "AO (2015-03)"
     * @param seasonal false when JDemetra+ found no seasonality to remove (the seasonal component is then neutral)
     * @param notes what Momentum did beyond the spec, in sentences (estimated months, regressors left out, revision policy)
     */
    public record Diagnostics(String method, String spec, String arima, boolean log, List<String> outliers,
                              List<RegressorEstimate> regressors, boolean seasonal, Quality quality, List<String> notes) {
        public Diagnostics {
            outliers = List.copyOf(outliers);
            regressors = List.copyOf(regressors);
            notes = List.copyOf(notes);
        }
    }
}
