package org.momentum.quality;

/**
 * Upper tail of the chi-square distribution, P(X ≥ x) = Q(df/2, x/2), by the series and continued fraction of the
 * regularised incomplete gamma function (Press et al., Numerical Recipes, 3rd ed., §6.2), with Lanczos' log-gamma.
 */
public final class ChiSquare {
    private ChiSquare() {}

    /** P(X ≥ x) for X ~ χ²(df); 1 for x ≤ 0. */
    public static double upperTail(double x, int df) {
        if (df < 1) throw new IllegalArgumentException("df must be at least 1, not " + df);
        if (!(x > 0)) return 1;
        double a = df / 2.0, y = x / 2.0;
        return y < a + 1 ? 1 - lowerSeries(a, y) : upperFraction(a, y);
    }

    /** Pearson's statistic Σ (o − e)² / e of counts against equal expected counts. */
    public static double uniformStatistic(int[] counts) {
        long total = 0;
        for (int c : counts) total += c;
        if (total == 0) return 0;
        double e = (double) total / counts.length, s = 0;
        for (int c : counts) s += (c - e) * (c - e) / e;
        return s;
    }

    private static double lowerSeries(double a, double x) {
        double ap = a, sum = 1 / a, del = sum;
        for (int n = 0; n < 1000; n++) {
            ap++;
            del *= x / ap;
            sum += del;
            if (Math.abs(del) < Math.abs(sum) * 1e-15) break;
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double upperFraction(double a, double x) {
        double tiny = 1e-300, b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
        for (int i = 1; i < 1000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) d = tiny;
            c = b + an / c;
            if (Math.abs(c) < tiny) c = tiny;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-15) break;
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** Lanczos approximation (g = 7, n = 9), accurate to about 15 digits for a > 0. */
    static double logGamma(double a) {
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        if (a < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * a))) - logGamma(1 - a);
        a -= 1;
        double x = c[0], t = a + 7.5;
        for (int i = 1; i < 9; i++) x += c[i] / (a + i);
        return 0.5 * Math.log(2 * Math.PI) + (a + 0.5) * Math.log(t) - t + Math.log(x);
    }
}
