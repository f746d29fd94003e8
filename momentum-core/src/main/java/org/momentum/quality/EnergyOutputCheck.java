package org.momentum.quality;

/**
 * Energy–output coherence: output per kWh of electricity against the enterprise's own usual level (median of the
 * previous twelve months, spread by MAD). Electricity is metered by the grid company and hard to overstate, which
 * is why NBS cross-checks reported output against it (field-notes.md); output inflated on paper moves the ratio.
 */
public final class EnergyOutputCheck implements Check {
    public static final String NAME = "energy_output";
    static final double Z_HALF = 5.0;
    static final int MIN_HISTORY = 6;
    /** Monthly output per kWh is never steadier than ±3%. */
    static final double MIN_SD = 0.03;

    @Override public String name() { return NAME; }

    @Override
    public CheckResult run(QualityContext ctx) {
        int n = ctx.enterprises(), h = QualityContext.HISTORY;
        double[][] out = new double[h + 1][], el = new double[h + 1][];
        for (int k = 0; k <= h; k++) {
            out[k] = ctx.column("output_value", k);
            el[k] = ctx.column("electricity", k);
        }
        double[] dev = new double[n], spread = new double[n], score = new double[n], usual = new double[n], buf = new double[h];
        int[] weight = new int[n];
        for (int e = 0; e < n; e++) {
            dev[e] = Double.NaN;
            if (!ctx.reported(e) || !(out[0][e] > 0 && el[0][e] > 0)) continue;
            int k = 0;
            for (int j = 1; j <= h; j++) if (out[j][e] > 0 && el[j][e] > 0) buf[k++] = Math.log(out[j][e] / el[j][e]);
            if (k < MIN_HISTORY) continue;
            double med = RobustStats.median(buf, k);
            double sd = Math.max(MIN_SD, RobustStats.MAD_TO_SD * RobustStats.mad(buf, k));
            spread[e] = sd;
            weight[e] = k;
            dev[e] = Math.log(out[0][e] / el[0][e]) - med;
            usual[e] = med;
        }
        double[] z = RobustStats.shrunkZ(dev, spread, weight);
        for (int e = 0; e < n; e++) score[e] = Double.isNaN(z[e]) ? 0 : Scores.rising(Math.abs(z[e]), Z_HALF);
        double[] gOut = ctx.logGrowth("output_value", 0), gEl = ctx.logGrowth("electricity", 0);
        return CheckResult.of(NAME, score, z, "output_value", e -> growthClause(gOut[e], gEl[e])
                + "output per kWh " + Wording.change(out[0][e] / el[0][e] / Math.exp(usual[e]))
                + " on its usual level over the last 12 months (robust z " + Wording.stat(z[e]) + ")");
    }

    /** "output +85% on a year ago while electricity −3%; " when both growth rates are known. */
    static String growthClause(double gOut, double gEl) {
        if (Double.isNaN(gOut) || Double.isNaN(gEl)) return "";
        return "output " + Wording.change(Math.exp(gOut)) + " on a year ago while electricity " + Wording.change(Math.exp(gEl)) + "; ";
    }
}
