package org.momentum.quality;

import java.util.Arrays;

/**
 * Inflated output leaves three traces at once: growth above the enterprise's own history, above its peers', and
 * above its electricity use. Each alone is noisy; their weighted sum (Stouffer's method of adding z-scores) is
 * less so. Electricity, metered independently, weighs most; the weights were tuned on one seed of the synthetic
 * panel (see BENCHMARKS.md) and reported on others. The sum is standardised by its own median and MAD over the month's reports, which absorbs the correlation between
 * the three z-scores (they share this month's output) without assuming it. One-sided: only excess growth counts.
 */
public final class InflationEvidence {
    public static final String NAME = "inflation_evidence";
    static final double Z_HALF = 2.6;
    /** Weights of own history, peers and electricity. */
    static final double[] WEIGHTS = {0.7, 0.5, 1.0};
    /** Each component is clipped so that one wild figure (a slipped decimal point) cannot carry the sum alone. */
    static final double CLIP = 8.0;

    private InflationEvidence() {}

    public static CheckResult combine(QualityContext ctx, CheckResult own, CheckResult peers, CheckResult energy) {
        int n = ctx.enterprises();
        double[] sum = new double[n];
        int[] parts = new int[n];
        for (int e = 0; e < n; e++) {
            double s = 0, w2 = 0;
            int k = 0;
            CheckResult[] parts3 = {own, peers, energy};
            for (int j = 0; j < 3; j++) {
                double z = parts3[j].statistic()[e];
                if (Double.isNaN(z)) continue;
                s += WEIGHTS[j] * Math.max(-CLIP, Math.min(CLIP, z));
                w2 += WEIGHTS[j] * WEIGHTS[j];
                k++;
            }
            sum[e] = k >= 2 ? s / Math.sqrt(w2) : Double.NaN;
            parts[e] = k;
        }
        double[] finite = Arrays.stream(sum).filter(Double::isFinite).toArray();
        double med = RobustStats.median(finite);
        double sd = Math.max(0.5, RobustStats.MAD_TO_SD * RobustStats.mad(finite));
        double[] z = new double[n], score = new double[n];
        for (int e = 0; e < n; e++) {
            z[e] = Double.isNaN(sum[e]) ? Double.NaN : (sum[e] - med) / sd;
            score[e] = Double.isNaN(z[e]) ? 0 : Scores.rising(z[e], Z_HALF);
        }
        double[] gOut = ctx.logGrowth("output_value", 0), gEl = ctx.logGrowth("electricity", 0);
        double[] peer = peers.reference(), usual = own.reference();
        return CheckResult.of(NAME, score, z, "output_value", e -> {
            StringBuilder sb = new StringBuilder();
            String c = EnergyOutputCheck.growthClause(gOut[e], gEl[e]);
            sb.append(c.isEmpty() ? "output " + Wording.change(Math.exp(gOut[e])) + " on a year ago; " : c);
            if (peer != null && !Double.isNaN(peers.statistic()[e])) sb.append("peers ").append(Wording.change(Math.exp(peer[e]))).append("; ");
            if (usual != null && !Double.isNaN(own.statistic()[e])) sb.append("its usual growth ").append(Wording.change(Math.exp(usual[e]))).append("; ");
            sb.append("combined evidence z ").append(Wording.stat(z[e])).append(" from ").append(parts[e]).append(" checks");
            return sb.toString();
        });
    }
}
