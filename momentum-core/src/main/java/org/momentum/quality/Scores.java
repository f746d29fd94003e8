package org.momentum.quality;

/** Turns a statistic into a score in [0,1]; every check uses the same shape so that scores rank alike. */
public final class Scores {
    private Scores() {}

    /**
     * 0 at x ≤ 0, exactly 0.5 at {@code half}, rising towards 1: x² / (x² + half²). A check's "half" is the value of
     * its statistic at which a reviewer should look (the flag threshold of formats.md).
     */
    public static double rising(double x, double half) {
        if (!(x > 0)) return 0;
        double r = x / half;
        return r * r / (r * r + 1);
    }

    /** Clips a score into [0, 1]. */
    public static double clamp01(double s) { return s < 0 ? 0 : s > 1 ? 1 : s; }
}
