package org.momentum.quality;

import java.util.Arrays;

/**
 * Region-wide shifts: a province whose output grows far above its electricity use. For each province, output and
 * electricity growth of each enterprise with both figures this month and a year ago; the province's median of the
 * enterprises' gaps log(output growth) − log(electricity growth) is compared with the other provinces' (median, MAD). A
 * province-wide inflation hides from peer comparison (the peers inflate too), not from this check. An enterprise
 * of a shifted province carries the province's score in full when its own gap is the province's typical one or
 * more, half of it when its own figures show no gap, nothing when they show the opposite.
 */
public final class RegionShiftCheck implements Check {
    public static final String NAME = "region_shift";
    static final double Z_HALF = 5.0;
    /** Provinces differ in their gaps by at least ±1 point (sampling of enterprises). */
    static final double MIN_SD = 0.01;
    static final int MIN_ENTERPRISES = 20;

    @Override public String name() { return NAME; }

    @Override
    public CheckResult run(QualityContext ctx) {
        int n = ctx.enterprises(), p = ctx.panel().provinces().size();
        double[] o0 = ctx.column("output_value", 0), o12 = ctx.column("output_value", 12);
        double[] e0 = ctx.column("electricity", 0), e12 = ctx.column("electricity", 12);
        double[] so = new double[p], so12 = new double[p], se = new double[p], se12 = new double[p];
        int[] count = new int[p];
        boolean[] matched = new boolean[n];
        for (int e = 0; e < n; e++) {
            if (!ctx.reported(e) || !(o0[e] > 0 && o12[e] > 0 && e0[e] > 0 && e12[e] > 0)) continue;
            matched[e] = true;
            int r = ctx.panel().provinceIndex(e);
            so[r] += o0[e];
            so12[r] += o12[e];
            se[r] += e0[e];
            se12[r] += e12[e];
            count[r]++;
        }
        // the province's typical enterprise gap (median), not the gap of its sums: sums weigh firms by output in one
        // and by electricity in the other, so industry mix alone would open a gap between them
        double[] own = new double[n];
        long[] key = new long[n];
        for (int e = 0; e < n; e++) {
            // real output growth (deflated by the class's producer prices when given) against electricity growth
            own[e] = matched[e] ? Math.log(o0[e] / o12[e] / ctx.ppiYoy(e)) - Math.log(e0[e] / e12[e]) : Double.NaN;
            key[e] = ctx.panel().provinceIndex(e);
        }
        GroupStats byProvince = GroupStats.of(key, own);
        double[] gap = new double[p];
        java.util.Arrays.fill(gap, Double.NaN);
        for (int e = 0; e < n; e++) {
            int r = (int) key[e];
            if (matched[e] && count[r] >= MIN_ENTERPRISES) gap[r] = byProvince.median[e];
        }
        double[] finite = Arrays.stream(gap).filter(Double::isFinite).toArray();
        double[] zr = new double[p], sr = new double[p];
        double med = RobustStats.median(finite);
        double sd = Math.max(MIN_SD, RobustStats.MAD_TO_SD * RobustStats.mad(finite));
        for (int r = 0; r < p; r++) {
            zr[r] = finite.length < 5 || Double.isNaN(gap[r]) ? Double.NaN : (gap[r] - med) / sd;
            sr[r] = Double.isNaN(zr[r]) ? 0 : Scores.rising(zr[r], Z_HALF);
        }
        double[] z = new double[n], score = new double[n];
        for (int e = 0; e < n; e++) {
            int r = ctx.panel().provinceIndex(e);
            z[e] = zr[r];
            if (!matched[e] || sr[r] == 0) continue;
            // at the province's typical gap or above: the province's score; at no gap of its own: half of it
            double share = Math.max(0, Math.min(1, 0.5 + own[e] / (gap[r] - med)));
            score[e] = sr[r] * share;
        }
        return CheckResult.of(NAME, score, z, "output_value", e -> {
            int r = ctx.panel().provinceIndex(e);
            return "province " + ctx.panel().province(e) + ": output " + Wording.change(so[r] / so12[r]) + " on a year ago while electricity "
                    + Wording.change(se[r] / se12[r]) + " (" + count[r] + " enterprises; the provinces' median gap is "
                    + Wording.stat(100 * gap[r]) + " points here, " + Wording.stat(100 * med) + " in the median province, robust z " + Wording.stat(zr[r])
                    + "); this enterprise: output " + Wording.change(o0[e] / o12[e]) + ", electricity " + Wording.change(e0[e] / e12[e]);
        });
    }
}
