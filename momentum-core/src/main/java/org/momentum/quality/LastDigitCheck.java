package org.momentum.quality;

import java.util.List;
import java.util.Locale;

/**
 * Last-digit uniformity: in honest figures of three or more digits the last digit, and in figures of four or more
 * the last but one, are uniform (Benford's law for later digits; Nigrini 2012, ch. 8 "last-two digits"); invented
 * figures carry the writer's digit preferences (Mosimann, Wiseman & Edelman 1995). Pearson's χ² of both positions
 * over the enterprise's figures of the last twelve months (repeats of the previous month left out), 18 df.
 */
public final class LastDigitCheck implements Check {
    public static final String NAME = "last_digits";
    /** −log10 p at which a reviewer should look (p = 10⁻⁵). */
    static final double SURPRISE_HALF = 5.0;
    static final int MIN_DIGITS = 30;

    @Override public String name() { return NAME; }

    @Override
    public CheckResult run(QualityContext ctx) {
        int n = ctx.enterprises(), h = QualityContext.HISTORY;
        List<String> inds = DigitWindow.indicators(ctx);
        double[][][] cols = new double[inds.size()][h + 1][];
        double[] pow = new double[inds.size()];
        for (int i = 0; i < inds.size(); i++) {
            pow[i] = QualityContext.POW10[ctx.decimals(inds.get(i))];
            for (int k = 0; k <= h; k++) cols[i][k] = ctx.column(inds.get(i), k);
        }
        double[] surprise = new double[n], score = new double[n];
        int[][] last = new int[n][], second = new int[n][];
        for (int e = 0; e < n; e++) {
            surprise[e] = Double.NaN;
            if (!ctx.reported(e)) continue;
            int[] a = new int[10], b = new int[10];
            int na = 0, nb = 0;
            for (int i = 0; i < cols.length; i++) {
                for (int k = 0; k < h; k++) {
                    double v = cols[i][k][e];
                    if (!(v > 0) || v == cols[i][k + 1][e]) continue;
                    long s = Math.round(v * pow[i]);
                    if (s >= 100) { a[(int) (s % 10)]++; na++; }
                    if (s >= 1000) { b[(int) (s / 10 % 10)]++; nb++; }
                }
            }
            if (na + nb < MIN_DIGITS) continue;
            double chi = 0;
            int df = 0;
            if (na >= 10) { chi += ChiSquare.uniformStatistic(a); df += 9; }
            if (nb >= 10) { chi += ChiSquare.uniformStatistic(b); df += 9; }
            if (df == 0) continue;
            double p = ChiSquare.upperTail(chi, df);
            surprise[e] = Math.min(300, -Math.log10(Math.max(p, 1e-300)));
            score[e] = Scores.rising(surprise[e], SURPRISE_HALF);
            if (score[e] >= 0.2) {
                last[e] = a;
                second[e] = b;
            }
        }
        return CheckResult.of(NAME, score, surprise, inds.isEmpty() ? "" : inds.get(0), e -> describe(last[e], second[e], surprise[e]));
    }

    static String describe(int[] a, int[] b, double surprise) {
        if (a == null) return "last digits are close to uniform";
        int[] both = new int[10];
        int total = 0;
        for (int d = 0; d < 10; d++) {
            both[d] = a[d] + b[d];
            total += both[d];
        }
        Integer[] order = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        java.util.Arrays.sort(order, (x, y) -> both[y] - both[x]);
        int top = both[order[0]] + both[order[1]] + both[order[2]];
        return String.format(Locale.ROOT, "the last two digits of its figures over 12 months are far from even: %d, %d and %d make %d%% of %d digits where 30%% is expected (p = %.1g)",
                order[0], order[1], order[2], Math.round(100.0 * top / total), total, Math.pow(10, -surprise));
    }
}
