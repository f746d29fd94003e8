package org.momentum.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.Period;

/**
 * Copies: figures identical to the enterprise's own report a year ago or last month, or to another enterprise's
 * report this month. An honest figure of d digits repeats by chance with probability about 10^−(d−2) (monthly
 * noise of a few percent spreads it over ~100 last-digit units), so each copied figure adds d − 2 to the surprise
 * (−log10 of the chance); one copied figure is a coincidence, several are a copy.
 */
public final class CopyCheck implements Check {
    public static final String NAME = "copy";
    static final double SURPRISE_HALF = 5.0;

    @Override public String name() { return NAME; }

    @Override
    public CheckResult run(QualityContext ctx) {
        int n = ctx.enterprises();
        List<String> inds = DigitWindow.indicators(ctx);
        int f = inds.size();
        double[][] now = new double[f][], lastYear = new double[f][], lastMonth = new double[f][];
        double[] pow = new double[f];
        for (int i = 0; i < f; i++) {
            now[i] = ctx.column(inds.get(i), 0);
            lastYear[i] = ctx.column(inds.get(i), 12);
            lastMonth[i] = ctx.column(inds.get(i), 1);
            pow[i] = QualityContext.POW10[ctx.decimals(inds.get(i))];
        }
        double[] surprise = new double[n], score = new double[n];
        byte[] kind = new byte[n]; // 1 = a year ago, 2 = last month, 3 = another enterprise
        // another enterprise's report: a 64-bit hash of the month's figures in indicator order, with two or more
        // figures of three or more digits; equal hashes are confirmed figure by figure
        Map<Long, List<Integer>> same = new HashMap<>();
        for (int e = 0; e < n; e++) {
            if (!ctx.reported(e)) continue;
            long h = 0x9E3779B97F4A7C15L;
            int figures = 0;
            for (int i = 0; i < f; i++) {
                double v = now[i][e];
                long s = v > 0 ? Math.round(v * pow[i]) : 0;
                if (s >= 100) figures++;
                h = Long.rotateLeft(h ^ (s * 0xBF58476D1CE4E5B9L), 27) * 0x94D049BB133111EBL;
            }
            if (figures >= 2) same.computeIfAbsent(h, k -> new ArrayList<>(1)).add(e);
        }
        int[] twin = new int[n];
        java.util.Arrays.fill(twin, -1);
        for (List<Integer> g : same.values()) {
            if (g.size() < 2) continue;
            for (int a : g)
                for (int b : g)
                    if (a != b && twin[a] < 0 && identical(now, a, b)) twin[a] = b;
        }
        for (int e = 0; e < n; e++) {
            surprise[e] = Double.NaN;
            if (!ctx.reported(e)) continue;
            double year = matched(now, lastYear, pow, e), month = matched(now, lastMonth, pow, e);
            double other = twin[e] >= 0 ? matched(now, now, pow, e, twin[e]) : 0;
            double best = Math.max(year, Math.max(month, other));
            surprise[e] = best;
            score[e] = Scores.rising(best, SURPRISE_HALF);
            if (score[e] > 0) kind[e] = (byte) (best == year ? 1 : best == month ? 2 : 3);
        }
        return CheckResult.of(NAME, score, surprise, inds.isEmpty() ? "" : inds.get(0), e -> {
            double[][] ref = kind[e] == 1 ? lastYear : kind[e] == 2 ? lastMonth : now;
            int other = kind[e] == 3 ? twin[e] : e;
            String what = kind[e] == 1 ? "its report of " + Period.format(ctx.period() - 12)
                    : kind[e] == 2 ? "its report of " + Period.format(ctx.period() - 1)
                    : "the report of enterprise " + ctx.panel().enterpriseId(other) + " for the same month";
            List<String> copied = new ArrayList<>();
            for (int i = 0; i < f; i++) {
                double v = now[i][e];
                if (v > 0 && v == ref[i][other] && Math.round(v * pow[i]) >= 100) copied.add(inds.get(i) + " " + Wording.amount(v));
            }
            return copied.size() + " figures identical to " + what + ": " + String.join(", ", copied);
        });
    }

    private static boolean identical(double[][] now, int a, int b) {
        for (double[] col : now) if (Double.compare(col[a], col[b]) != 0) return false;
        return true;
    }

    private static double matched(double[][] now, double[][] ref, double[] pow, int e) { return matched(now, ref, pow, e, e); }

    /** Σ (digits − 2) over the figures of three or more digits that equal the reference's; 0 when fewer than two do. */
    private static double matched(double[][] now, double[][] ref, double[] pow, int e, int other) {
        double s = 0;
        int count = 0;
        for (int i = 0; i < now.length; i++) {
            double v = now[i][e];
            if (!(v > 0) || v != ref[i][other]) continue;
            long x = Math.round(v * pow[i]);
            if (x < 100) continue;
            s += Math.floor(Math.log10(x)) + 1 - 2;
            count++;
        }
        return count >= 2 ? s : 0;
    }
}
