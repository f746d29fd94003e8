package org.momentum.quality;

import java.util.Arrays;

/** Median, MAD and quantiles over the finite values of an array (NaN = missing). */
public final class RobustStats {
    /** Scales a MAD to the standard deviation of a normal distribution (1 / Φ⁻¹(3/4)). */
    public static final double MAD_TO_SD = 1.4826;

    private RobustStats() {}

    /** NaN when there is no finite value. Sorts a copy. */
    public static double median(double[] xs) { return quantile(xs, 0.5); }

    /** Type-7 quantile (R's default) of the finite values; NaN when there is none. */
    public static double quantile(double[] xs, double q) {
        double[] v = finiteSorted(xs, xs.length);
        return quantileSorted(v, q);
    }

    static double quantileSorted(double[] v, double q) {
        if (v.length == 0) return Double.NaN;
        double h = (v.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }

    /** Median absolute deviation from the median, unscaled; NaN when there is no finite value. */
    public static double mad(double[] xs) { return mad(xs, xs.length); }

    /** MAD of the first {@code n} values. */
    public static double mad(double[] xs, int n) {
        double[] v = finiteSorted(xs, n);
        if (v.length == 0) return Double.NaN;
        double m = quantileSorted(v, 0.5);
        for (int i = 0; i < v.length; i++) v[i] = Math.abs(v[i] - m);
        Arrays.sort(v);
        return quantileSorted(v, 0.5);
    }

    /** Median of the first {@code n} values. */
    public static double median(double[] xs, int n) { return quantileSorted(finiteSorted(xs, n), 0.5); }

    static double[] finiteSorted(double[] xs, int n) {
        double[] v = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) if (Double.isFinite(xs[i])) v[k++] = xs[i];
        v = Arrays.copyOf(v, k);
        Arrays.sort(v);
        return v;
    }

    /** Months of the pooled spread's weight when it is mixed with an enterprise's own spread. */
    static final double POOLED_WEIGHT = 12;

    /**
     * z = deviation / spread, where an enterprise's own spread (from k points) is shrunk towards the median spread
     * of all enterprises: s² = (k·own² + 12·pooled²) / (k + 12). Twelve points give a MAD too noisy to divide by
     * alone (a lucky quiet year would make any later month look extreme); the pooled spread steadies it
     * (the empirical-Bayes idea of variance shrinkage, as in Smyth 2004's moderated t). NaN where deviation is NaN.
     */
    static double[] shrunkZ(double[] deviation, double[] spread, int[] points) {
        int n = deviation.length;
        double[] s = new double[n];
        for (int e = 0; e < n; e++) s[e] = Double.isNaN(deviation[e]) ? Double.NaN : spread[e];
        double pooled = median(s);
        double[] z = new double[n];
        for (int e = 0; e < n; e++) {
            if (Double.isNaN(deviation[e])) {
                z[e] = Double.NaN;
                continue;
            }
            double k = points[e];
            z[e] = deviation[e] / Math.sqrt((k * spread[e] * spread[e] + POOLED_WEIGHT * pooled * pooled) / (k + POOLED_WEIGHT));
        }
        return z;
    }
}
