package org.momentum.targets;

import java.util.Arrays;
import org.momentum.forecast.Forecast;
import org.momentum.forecast.Forecaster;

/**
 * The adapter from a {@link Forecaster} to a target outcome's distribution at the deadline. Normal approximation
 * from the prediction intervals: sd_h = (hi95 − lo95) / (2 · 1.959964) (Hyndman &amp; Athanasopoulos, Forecasting:
 * Principles and Practice, 3rd ed., §5.5: a 95% interval is ŷ ± 1.96 σ_h), falling back to the 80% interval
 * (z = 1.281552). Kept small so that the forecast Outlook can replace it.
 */
public final class ForecastOutlook {
    static final double Z95 = 1.959963984540054, Z80 = 1.2815515655446004;
    /** Fewest observations a forecast is made from. */
    public static final int MIN_OBSERVATIONS = 6;

    private ForecastOutlook() {}

    /** σ_h of the normal approximation at horizon index i (0-based); NaN when the forecast has no intervals. */
    static double sd(Forecast f, int i) {
        double w95 = f.hi95(i) - f.lo95(i);
        if (Double.isFinite(w95)) return Math.max(0, w95) / (2 * Z95);
        double w80 = f.hi80(i) - f.lo80(i);
        return Double.isFinite(w80) ? Math.max(0, w80) / (2 * Z80) : Double.NaN;
    }

    /**
     * The distribution of {@code shift + y_{n+h}}: a level target (shift 0) or a change reckoned from the current
     * outcome (shift = outcome now − level now). Null when the series is too short or the method fails.
     *
     * @param y the cell's monthly levels up to the release, oldest first (only the trailing run of finite values is used)
     */
    public static OutcomeForecast level(Forecaster method, double[] y, int frequency, int h, double shift) {
        double[] s = trailingFinite(y);
        if (s.length < MIN_OBSERVATIONS || h < 1) return null;
        Forecast f = run(method, s, frequency, h);
        if (f == null) return null;
        double sd = sd(f, h - 1);
        if (Double.isNaN(sd) || !Double.isFinite(f.mean(h - 1))) return null;
        return new OutcomeForecast(shift + f.mean(h - 1), sd, method.name(),
                "normal approximation from the " + method.name() + " forecast's prediction interval " + h + " months ahead");
    }

    /**
     * The distribution of year-to-date growth at the deadline (percent) as a base-weighted mean of monthly growth
     * rates: G = (S·G_known + Σ B_k g_k) / (S + Σ B_k), where the g_k of the months still to come are forecast from the
     * monthly growth series. The sd of the sum is the sum of the sd's — the largest it can be whatever the
     * correlation of forecast errors across horizons (Minkowski's inequality), so the probability is never overstated.
     *
     * @param monthlyGrowth the monthly year-on-year growth series (percent) up to the release, oldest first
     * @param knownGrowth   year-to-date growth of the deadline's year so far (ignored when knownBase is 0)
     * @param knownBase     base weight of the months already reported in the deadline's year (0 when none)
     * @param futureBase    base weights of the months still to come, for horizons firstHorizon, firstHorizon + 1, …
     */
    public static OutcomeForecast ytdGrowth(Forecaster method, double[] monthlyGrowth, double knownGrowth, double knownBase,
                                            double[] futureBase, int firstHorizon) {
        if (futureBase.length == 0 || firstHorizon < 1) return null;
        double[] s = trailingFinite(monthlyGrowth);
        if (s.length < MIN_OBSERVATIONS) return null;
        int h = firstHorizon + futureBase.length - 1;
        Forecast f = run(method, s, 12, h);
        if (f == null) return null;
        double weight = knownBase > 0 ? knownBase : 0, sum = weight > 0 ? knownBase * knownGrowth : 0, sdSum = 0;
        for (int k = 0; k < futureBase.length; k++) {
            int i = firstHorizon - 1 + k;
            double b = futureBase[k], sd = sd(f, i);
            if (!(b > 0) || Double.isNaN(sd) || !Double.isFinite(f.mean(i))) return null;
            weight += b;
            sum += b * f.mean(i);
            sdSum += b * sd;
        }
        return new OutcomeForecast(sum / weight, sdSum / weight, method.name(),
                "normal approximation from the " + method.name() + " forecast of monthly growth (sd of the weighted sum bounded by the sum of sd's)");
    }

    /**
     * The distribution of {@code known + Σ y_{n+h}} over {@code count} months from horizon {@code firstHorizon}: a
     * flow's total at the deadline (the year to date so far plus the months to come), sd bounded as in {@link #ytdGrowth}.
     */
    public static OutcomeForecast cumulative(Forecaster method, double[] y, int frequency, int firstHorizon, int count, double known) {
        if (count < 1 || firstHorizon < 1) return null;
        double[] s = trailingFinite(y);
        if (s.length < MIN_OBSERVATIONS) return null;
        Forecast f = run(method, s, frequency, firstHorizon + count - 1);
        if (f == null) return null;
        double mean = known, sd = 0;
        for (int i = firstHorizon - 1; i < firstHorizon - 1 + count; i++) {
            double si = sd(f, i);
            if (Double.isNaN(si) || !Double.isFinite(f.mean(i))) return null;
            mean += f.mean(i);
            sd += si;
        }
        return new OutcomeForecast(mean, sd, method.name(),
                "normal approximation from the " + method.name() + " forecast's prediction intervals (sd of the sum bounded by the sum of sd's)");
    }

    private static Forecast run(Forecaster method, double[] y, int frequency, int h) {
        try {
            Forecast f = method.forecast(y, frequency, h);
            return f.hasIntervals() ? f : null;
        } catch (RuntimeException e) {
            return null; // a method that cannot fit this series gives no distribution: the target is assessed without one
        }
    }

    static double[] trailingFinite(double[] y) {
        int end = y.length, start = end;
        while (start > 0 && Double.isFinite(y[start - 1])) start--;
        return Arrays.copyOfRange(y, start, end);
    }
}
