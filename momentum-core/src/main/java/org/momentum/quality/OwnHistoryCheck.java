package org.momentum.quality;

/**
 * Expected value from the enterprise's own history: a seasonal-naive forecast (the same month a year ago) grown by
 * the median of its year-on-year growth over the previous twelve months; the residual is judged by the robust
 * spread (MAD) of that growth, so a firm with steady figures is held to a tighter band than a volatile one
 * (robust z as in Hampel's identifier; Rousseeuw & Croux 1993 on the MAD), the MAD of only twelve points shrunk
 * towards the month's typical spread ({@link RobustStats#shrunkZ}).
 */
public final class OwnHistoryCheck implements Check {
    public static final String NAME = "own_history";
    /** Robust z at which a reviewer should look. */
    static final double Z_HALF = 5.0;
    /** Fewer past growth rates than this and the history says too little. */
    static final int MIN_HISTORY = 6;
    /** A floor on the spread: monthly figures are never steadier than ±3% in practice. */
    static final double MIN_SD = 0.03;

    private final String indicator;

    public OwnHistoryCheck() { this("output_value"); }

    public OwnHistoryCheck(String indicator) { this.indicator = indicator; }

    @Override public String name() { return NAME; }

    @Override
    public CheckResult run(QualityContext ctx) {
        int n = ctx.enterprises(), h = QualityContext.HISTORY;
        double[][] past = new double[h][];
        for (int k = 1; k <= h; k++) past[k - 1] = ctx.logGrowth(indicator, k);
        double[] now = ctx.logGrowth(indicator, 0);
        double[] dev = new double[n], spread = new double[n], score = new double[n], expected = new double[n], usual = new double[n];
        int[] weight = new int[n];
        double[] buf = new double[h], base = ctx.column(indicator, 12);
        for (int e = 0; e < n; e++) {
            dev[e] = Double.NaN;
            if (!ctx.reported(e) || Double.isNaN(now[e])) continue;
            int k = 0;
            for (int j = 0; j < h; j++) if (!Double.isNaN(past[j][e])) buf[k++] = past[j][e];
            if (k < MIN_HISTORY) continue;
            double med = RobustStats.median(buf, k);
            double sd = Math.max(MIN_SD, RobustStats.MAD_TO_SD * RobustStats.mad(buf, k));
            spread[e] = sd;
            weight[e] = k;
            dev[e] = now[e] - med;
            usual[e] = med;
            expected[e] = base[e] * Math.exp(med);
        }
        double[] z = RobustStats.shrunkZ(dev, spread, weight);
        for (int e = 0; e < n; e++) score[e] = Double.isNaN(z[e]) ? 0 : Scores.rising(Math.abs(z[e]), Z_HALF);
        double[] x = ctx.column(indicator, 0), yearAgo = ctx.column(indicator, 12);
        return CheckResult.of(NAME, score, z, indicator, e -> indicator + " " + Wording.amount(x[e]) + " is "
                + Wording.change(x[e] / expected[e]) + " against the " + Wording.amount(expected[e])
                + " expected from its own history (a year ago " + Wording.amount(yearAgo[e]) + ", grown by its usual "
                + Wording.change(Math.exp(usual[e])) + "; robust z " + Wording.stat(z[e]) + ")").withReference(usual);
    }
}
