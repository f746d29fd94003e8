package org.momentum.forecast;

import java.util.Arrays;

/**
 * The year's outlook: from monthly levels up to month m of year Y, forecast months m+1..12 and state the expected
 * annual growth ΣY / ΣY−1 − 1 (in %) with 80% and 95% intervals. The annual total's uncertainty is that of a sum of
 * forecasts whose errors are correlated across horizons (one shock moves every later month), so it is not the sum of
 * the monthly intervals nor their root sum of squares:
 * <ul>
 *   <li>ETS ({@link Ets}): the fitted model's own sample paths ({@link EtsFit#samplePaths}, Hyndman et al. 2008
 *   §6.1), each path's total, the growth quantiles of {@link #PATHS} paths (R's type 8);</li>
 *   <li>any other method: the innovations form e_h = Σ_{k=1..h} ψ_{h−k} ε_{n+k} with ψ₀ = 1 (Hyndman et al. 2008
 *   §6.2; Box &amp; Jenkins), the ψ-weights recovered from the method's own standard errors, ψ_j² = (se_{j+1}² −
 *   se_j²) / se₁², taken non-negative (exact for the random walk, SES, Theta and the additive ETS models with
 *   parameters in the usual region); then Var(Σ_{h≤H} e_h) = σ² Σ_{j<H} Ψ_j² with Ψ_j = ψ₀ + … + ψ_j, and normal
 *   bounds for the total.</li>
 * </ul>
 */
public final class Outlook {
    /** Sample paths for ETS's simulated total. */
    public static final int PATHS = 5000;

    private Outlook() {}

    /**
     * @param levels       monthly levels, oldest first, ending with month {@code month} of year Y (fit on all of them)
     * @param month        the last observed month m of year Y, 1..11 (at 12 the year is an outturn, not an outlook); 0 when
     *                     no month of Y is observed yet (a December origin's outlook of the next year: all 12 forecast)
     * @param previousYear the 12 monthly levels of year Y−1, January first
     * @param method       the forecasting method
     */
    public static AnnualOutlook annual(double[] levels, int month, double[] previousYear, Forecaster method) {
        if (month < 0 || month > 11) throw new IllegalArgumentException("the last observed month must be 0..11, not " + month);
        if (previousYear.length != 12) throw new IllegalArgumentException("the previous year needs 12 monthly levels, not " + previousYear.length);
        if (levels.length < month) throw new IllegalArgumentException("fewer levels (" + levels.length + ") than months observed (" + month + ")");
        double base = 0;
        for (double v : previousYear) {
            if (!Double.isFinite(v)) throw new IllegalArgumentException("the previous year's levels must be finite");
            base += v;
        }
        if (!(base > 0)) throw new IllegalArgumentException("the previous year's total must be positive: " + base);
        double observed = 0;
        for (int i = levels.length - month; i < levels.length; i++) observed += levels[i];
        int h = 12 - month;

        Forecast months;
        double[] total;  // {mean, lo80, hi80, lo95, hi95} of the rest-of-year total
        String how;
        EtsFit fit = method instanceof Ets ets && levels.length > 6 ? fitOf(ets, levels) : null;
        if (fit != null) {
            months = fit.forecast(h, method.name());
            double[][] paths = fit.samplePaths(h, PATHS, Ets.SEED);
            double[] sums = new double[PATHS];
            for (int p = 0; p < PATHS; p++) for (double v : paths[p]) sums[p] += v;
            Arrays.sort(sums);
            double mean = 0;
            for (double v : months.mean()) mean += v;
            total = new double[] {mean, EtsFit.quantile8(sums, 0.10), EtsFit.quantile8(sums, 0.90),
                    EtsFit.quantile8(sums, 0.025), EtsFit.quantile8(sums, 0.975)};
            how = "simulated " + PATHS + " paths of " + fit.model();
        } else {
            months = method.forecast(levels, 12, h);
            double mean = 0;
            for (double v : months.mean()) mean += v;
            if (!months.hasIntervals()) {
                total = new double[] {mean, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
                how = "no interval: " + method.name() + " gives none";
            } else {
                double sd = Math.sqrt(sumVariance(standardErrors(months)));
                total = new double[] {mean, mean - Normal.Z80 * sd, mean + Normal.Z80 * sd, mean - Normal.Z95 * sd, mean + Normal.Z95 * sd};
                how = "analytic from psi-weights";
            }
        }
        double[] g = new double[5];
        for (int i = 0; i < 5; i++) g[i] = ((observed + total[i]) / base - 1) * 100;
        return new AnnualOutlook(months.method(), month, months, observed, base, g[0], g[1], g[2], g[3], g[4], how);
    }

    private static EtsFit fitOf(Ets ets, double[] y) {
        return ets.model() == null ? Ets.select(y, 12) : Ets.fit(y, 12, ets.model());
    }

    /** se_h from the 95% bounds, (hi − lo) / (2 z₀.₉₇₅): the method's normal-equivalent standard errors. */
    static double[] standardErrors(Forecast f) {
        double[] se = new double[f.horizon()];
        for (int i = 0; i < se.length; i++) se[i] = (f.hi95(i) - f.lo95(i)) / (2 * Normal.Z95);
        return se;
    }

    /**
     * Var(Σ_{h=1..H} e_h) for e_h = Σ_{k≤h} ψ_{h−k} ε_k with Var ε = se₁² and ψ_j ≥ 0 recovered from the growth of se:
     * ψ_j² = max(0, se_{j+1}² − se_j²) / se₁². The total loads ε_k with Ψ_{H−k} = ψ₀ + … + ψ_{H−k}.
     */
    static double sumVariance(double[] se) {
        int n = se.length;
        double s2 = se[0] * se[0];
        if (!(s2 > 0)) return 0;
        double cumulative = 0, var = 0;
        for (int j = 0; j < n; j++) {
            double psi = j == 0 ? 1 : Math.sqrt(Math.max(0, se[j] * se[j] - se[j - 1] * se[j - 1]) / s2);
            cumulative += psi;
            var += cumulative * cumulative;
        }
        return s2 * var;
    }
}
