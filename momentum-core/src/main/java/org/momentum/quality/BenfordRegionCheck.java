package org.momentum.quality;

import java.util.List;
import java.util.Locale;

/**
 * Benford's first-two-digits test per province over the last twelve months of every flow figure of ten or more
 * (Nigrini's MAD and conformity ranges, see {@link Benford}; Rauch et al. 2011 applied it to official statistics).
 * The test needs figures spread over at least two decades ({@link #MIN_DECADES}). Nigrini's ranges assume large
 * data sets, so the province's MAD is first reduced by the MAD that a sample of its
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
    /**
     * Benford's law describes figures spread over orders of magnitude (Nigrini 2012, ch. 2): a province whose figures
     * span less than two decades between their 5th and 95th percentiles is not tested.
     */
    static final double MIN_DECADES = 2.0;
    private static final int OCTAVES = 64;

    @Override public String name() { return NAME; }

    @Override
    public CheckResult run(QualityContext ctx) {
        int n = ctx.enterprises(), h = QualityContext.HISTORY, p = ctx.panel().provinces().size();
        List<String> inds = DigitWindow.indicators(ctx);
        double[][][] cols = new double[inds.size()][h][];
        for (int i = 0; i < inds.size(); i++) for (int k = 0; k < h; k++) cols[i][k] = ctx.column(inds.get(i), k);
        long[][] counts = new long[p][90];
        long[][] octaves = new long[p][OCTAVES]; // histogram of the figures' binary exponents, for their spread
        for (int e = 0; e < n; e++) {
            if (!ctx.reported(e)) continue;
            int r = ctx.panel().provinceIndex(e);
            long[] c = counts[r];
            for (double[][] col : cols) {
                for (double[] m : col) {
                    double v = m[e];
                    if (!(v >= 10) || Double.isInfinite(v)) continue;
                    Benford.count(v, c);
                    octaves[r][Math.min(OCTAVES - 1, Math.getExponent(v))]++;
                }
            }
        }
        Benford.Result[] result = new Benford.Result[p];
        double[] regionScore = new double[p], spread = new double[p];
        for (int r = 0; r < p; r++) {
            result[r] = Benford.test(counts[r]);
            // nonconforming by Nigrini's range after allowing for the MAD a conforming sample of this size shows anyway
            double excess = result[r].mad() - Benford.nullMad(result[r].total());
            spread[r] = decades(octaves[r]);
            if (result[r].total() >= MIN_FIGURES && spread[r] >= MIN_DECADES && excess > Benford.MARGINAL)
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

    /** The spread of the figures between their 5th and 95th percentiles, in decades, from binary-exponent counts. */
    static double decades(long[] octaves) {
        long total = 0;
        for (long c : octaves) total += c;
        if (total == 0) return 0;
        int lo = -1, hi = -1;
        long acc = 0;
        for (int k = 0; k < octaves.length; k++) {
            acc += octaves[k];
            if (lo < 0 && acc >= 0.05 * total) lo = k;
            if (hi < 0 && acc >= 0.95 * total) hi = k;
        }
        return (hi - lo) * Math.log10(2);
    }
}
