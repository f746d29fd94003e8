package org.momentum.quality;

/**
 * Benford's first-two-digits test with Nigrini's mean absolute deviation (MAD) and his conformity ranges for the
 * first-two digits: close ≤ 0.0012, acceptable ≤ 0.0018, marginal ≤ 0.0022, nonconformity above (Nigrini 2012,
 * <i>Benford's Law</i>, table 7.1; as in R's benford.analysis). The law holds for figures that span several orders
 * of magnitude (many enterprises of a region), not for one enterprise's monthly figures around its own level.
 */
public final class Benford {
    public static final double CLOSE = 0.0012, ACCEPTABLE = 0.0018, MARGINAL = 0.0022;

    public enum Conformity { CLOSE, ACCEPTABLE, MARGINAL, NONCONFORMITY }

    /** Counts of first-two digits 10..99 (index d − 10), and the test over them. */
    public record Result(long[] counts, long total, double mad, Conformity conformity) {}

    private Benford() {}

    /** log10(1 + 1/d) for d = 10..99. */
    public static double expected(int firstTwo) {
        if (firstTwo < 10 || firstTwo > 99) throw new IllegalArgumentException("first-two digits are 10..99, not " + firstTwo);
        return Math.log10(1 + 1.0 / firstTwo);
    }

    /** The first two significant digits of a positive number (10..99), or -1 for zero, negatives and non-finite values. */
    public static int firstTwo(double v) {
        if (!(v > 0) || Double.isInfinite(v)) return -1;
        // scale into [10, 100) by powers of ten (cheaper than log10 and pow on millions of figures)
        double m = v;
        while (m >= 1e8) m /= 1e8;
        while (m >= 1e4) m /= 1e4;
        while (m >= 100) m /= 10;
        while (m < 10) m *= 10;
        int d = (int) Math.floor(m + 1e-9);
        return d >= 100 ? 99 : d;
    }

    /** Adds a value's first-two digits to a count array of length 90; values below 10 are left out (Nigrini). */
    public static void count(double v, long[] counts) {
        if (!(v >= 10)) return;
        int d = firstTwo(v);
        if (d > 0) counts[d - 10]++;
    }

    public static Result test(long[] counts) {
        if (counts.length != 90) throw new IllegalArgumentException("90 counts (digits 10..99), not " + counts.length);
        long total = 0;
        for (long c : counts) total += c;
        double mad = 0;
        for (int d = 10; d <= 99; d++) mad += Math.abs((total == 0 ? 0 : (double) counts[d - 10] / total) - expected(d));
        mad /= 90;
        return new Result(counts.clone(), total, mad, conformity(mad));
    }

    /**
     * The MAD a sample of n figures drawn from Benford's law itself shows on average (E|p̂ − p| ≈ √(2p(1−p)/(πn))):
     * Nigrini's ranges are for large data sets, and below some ten thousand figures this sampling noise alone
     * approaches the nonconformity bound.
     */
    public static double nullMad(long n) {
        if (n <= 0) return Double.NaN;
        double s = 0;
        for (int d = 10; d <= 99; d++) {
            double p = expected(d);
            s += Math.sqrt(2 * p * (1 - p) / (Math.PI * n));
        }
        return s / 90;
    }

    public static Conformity conformity(double mad) {
        return mad <= CLOSE ? Conformity.CLOSE : mad <= ACCEPTABLE ? Conformity.ACCEPTABLE
                : mad <= MARGINAL ? Conformity.MARGINAL : Conformity.NONCONFORMITY;
    }
}
