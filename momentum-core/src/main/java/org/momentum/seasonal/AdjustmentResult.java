package org.momentum.seasonal;

import java.util.List;

/**
 * One adjusted monthly series. Components are aligned with the input ({@code startPeriod} on) and are
 * factors when {@code mode} is MULTIPLICATIVE (y = t·s·c·i, sa = y/(s·c)) and effects when ADDITIVE
 * (y = t+s+c+i, sa = y−s−c), as formats.md's adjusted.csv wants them.
 */
public record AdjustmentResult(int startPeriod, Mode mode, double[] original, double[] sa, double[] trend,
                               double[] seasonal, double[] calendar, double[] irregular, Diagnostics diagnostics) {
    public enum Mode { MULTIPLICATIVE, ADDITIVE }

    public AdjustmentResult {
        original = original.clone(); sa = sa.clone(); trend = trend.clone();
        seasonal = seasonal.clone(); calendar = calendar.clone(); irregular = irregular.clone();
    }

    @Override public double[] original() { return original.clone(); }
    @Override public double[] sa() { return sa.clone(); }
    @Override public double[] trend() { return trend.clone(); }
    @Override public double[] seasonal() { return seasonal.clone(); }
    @Override public double[] calendar() { return calendar.clone(); }
    @Override public double[] irregular() { return irregular.clone(); }

    public int length() { return original.length; }

    /** A user regressor's estimate: coefficient (on the log scale when the model is in logs), t-stat, significance at 5%. */
    public record RegressorEstimate(String name, double coefficient, double stderr, double tStat, double pValue) {
        public boolean significant() { return pValue < 0.05; }
    }

    /**
     * @param arima the chosen model as (p,d,q)(P,D,Q), "none" when there is no pre-adjustment (X-11 only)
     * @param log whether the pre-adjustment chose the log transformation
     * @param outliers the outliers found, JDemetra+ names such as "AO (2015-03)"
     * @param seasonal false when JDemetra+ found no seasonality to remove (the seasonal component is then neutral)
     */
    public record Diagnostics(String method, String spec, String arima, boolean log, List<String> outliers,
                              List<RegressorEstimate> regressors, boolean seasonal) {
        public Diagnostics {
            outliers = List.copyOf(outliers);
            regressors = List.copyOf(regressors);
        }
    }
}
