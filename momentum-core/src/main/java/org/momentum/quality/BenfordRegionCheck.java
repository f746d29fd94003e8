package org.momentum.quality;

import java.util.List;
import java.util.Locale;

/**
 * Benford's first-two-digits test per province over the last twelve months of every flow figure of ten or more
 * (Nigrini's MAD and conformity ranges, see {@link Benford}; Rauch et al. 2011 applied it to official statistics).
 * Nigrini's ranges assume large data sets, so the province's MAD is first reduced by the MAD that a sample of its
 * size drawn from Benford's law shows on average ({@link Benford#nullMad}). A nonconforming province points at its enterprises whose figures sit in the over-represented digit pairs: an
 * enterprise is scored by the province's nonconformity times how far its own digit pairs are over-represented.
 */
public final class BenfordRegionCheck implements Check {
    public static final String NAME = "benford_region";
    /** Nigrini wants about a thousand figures before the first-two-digits test means anything. */
    static final int MIN_FIGURES = 1000;
    /** MAD at which the province counts as flagged: half way from the marginal bound to twice it. */
    static final double MAD_HALF = 1.5 * Benford.MARGINAL;
    /** An enterprise whose digit pairs are over-represented by half on average carries the province's score fully. */
    static final double EXCESS_FULL = 0.5;

    @Override public String name() { return NAME; }

    @Override
    public CheckResult run(QualityContext ctx) {
        int n = ctx.enterprises(), h = QualityContext.HISTORY, p = ctx.panel().provinces().size();
        List<String> inds = DigitWindow.indicators(ctx);
        double[][][] cols = new double[inds.size()][h][];
        for (int i = 0; i < inds.size(); i++) for (int k = 0; k < h; k++) cols[i][k] = ctx.column(inds.get(i), k);
        long[][] counts = new long[p][90];
        for (int e = 0; e < n; e++) {
            if (!ctx.reported(e)) continue;
            long[] c = counts[ctx.panel().provinceIndex(e)];
            for (double[][] col : cols) for (double[] m : col) Benford.count(m[e], c);
        }
        Benford.Result[] result = new Benford.Result[p];
        double[] regionScore = new double[p];
        for (int r = 0; r < p; r++) {
            result[r] = Benford.test(counts[r]);
            // nonconforming by Nigrini's range after allowing for the MAD a conforming sample of this size shows anyway
            double excess = result[r].mad() - Benford.nullMad(result[r].total());
            if (result[r].total() >= MIN_FIGURES && excess > Benford.MARGINAL)
                regionScore[r] = Scores.rising(excess - Benford.MARGINAL, MAD_HALF - Benford.MARGINAL);
        }
        double[] mad = new double[n], score = new double[n], excess = new double[n];
        for (int e = 0; e < n; e++) {
            int r = ctx.panel().provinceIndex(e);
            mad[e] = result[r].total() >= MIN_FIGURES ? result[r].mad() : Double.NaN;
            if (regionScore[r] == 0 || !ctx.reported(e)) continue;
            double s = 0;
            int m = 0;
            for (double[][] col : cols) {
                for (double[] month : col) {
                    double v = month[e];
                    if (!(v >= 10)) continue;
                    int d = Benford.firstTwo(v);
                    s += (double) counts[r][d - 10] / result[r].total() / Benford.expected(d) - 1;
                    m++;
                }
            }
            if (m == 0) continue;
            excess[e] = s / m;
            score[e] = regionScore[r] * Math.max(0, Math.min(1, excess[e] / EXCESS_FULL));
        }
        return CheckResult.of(NAME, score, mad, inds.isEmpty() ? "" : inds.get(0), e -> {
            Benford.Result b = result[ctx.panel().provinceIndex(e)];
            return String.format(Locale.ROOT, "province %s: first-two digits of %,d figures over 12 months do not follow Benford's law "
                            + "(MAD %.4f, of which %.4f is the sampling noise of so many figures; nonconformity above %.4f); this enterprise's digit pairs are %s over-represented",
                    ctx.panel().province(e), b.total(), b.mad(), Benford.nullMad(b.total()), Benford.MARGINAL, Wording.percent(100 * excess[e]).replace("+", ""));
        });
    }
}
