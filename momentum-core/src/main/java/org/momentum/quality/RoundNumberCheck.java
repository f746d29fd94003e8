package org.momentum.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Excess round numbers in the month's report: at its resolution an honest figure of four or more digits ends in
 * k zeros with probability 10^−k, so the trailing zeros of m figures follow a negative binomial law; the score
 * grows with −log10 of the chance of at least as many zeros. Estimated figures are written round.
 */
public final class RoundNumberCheck implements Check {
    public static final String NAME = "round_numbers";
    static final double SURPRISE_HALF = 4.0;

    @Override public String name() { return NAME; }

    @Override
    public CheckResult run(QualityContext ctx) {
        int n = ctx.enterprises();
        List<String> inds = DigitWindow.indicators(ctx);
        double[][] cols = new double[inds.size()][];
        double[] pow = new double[inds.size()];
        for (int i = 0; i < inds.size(); i++) {
            cols[i] = ctx.column(inds.get(i), 0);
            pow[i] = QualityContext.POW10[ctx.decimals(inds.get(i))];
        }
        double[] surprise = new double[n], score = new double[n];
        int[] zeros = new int[n], figures = new int[n];
        for (int e = 0; e < n; e++) {
            surprise[e] = Double.NaN;
            if (!ctx.reported(e)) continue;
            int m = 0, t = 0;
            for (int i = 0; i < cols.length; i++) {
                double v = cols[i][e];
                if (!(v > 0)) continue;
                long s = Math.round(v * pow[i]);
                if (s < 1000) continue;
                m++;
                int digits = (int) Math.floor(Math.log10(s)) + 1, z = 0;
                while (s % 10 == 0 && z < digits - 1) {
                    s /= 10;
                    z++;
                }
                t += z;
            }
            if (m == 0) continue;
            zeros[e] = t;
            figures[e] = m;
            surprise[e] = -Math.log10(tailAtLeast(t, m));
            score[e] = Scores.rising(surprise[e], SURPRISE_HALF);
        }
        return CheckResult.of(NAME, score, surprise, inds.isEmpty() ? "" : inds.get(0), e -> {
            List<String> round = new ArrayList<>();
            for (int i = 0; i < cols.length; i++) {
                double v = cols[i][e];
                if (v > 0 && Math.round(v * pow[i]) >= 1000 && Math.round(v * pow[i]) % 100 == 0) round.add(inds.get(i) + " " + Wording.amount(v));
            }
            return String.format(Locale.ROOT, "%d trailing zeros in %d figures where %.1f are expected%s", zeros[e], figures[e],
                    figures[e] / 9.0, round.isEmpty() ? "" : " (" + String.join(", ", round) + ")");
        });
    }

    /** P(T ≥ t) for T the sum of m independent counts with P(k zeros) = 0.9 × 0.1^k (negative binomial). */
    static double tailAtLeast(int t, int m) {
        if (t <= 0) return 1;
        double below = 0, logP0 = m * Math.log(0.9);
        for (int j = 0; j < t; j++) {
            // P(T = j) = C(j + m − 1, m − 1) 0.9^m 0.1^j
            double logC = ChiSquare.logGamma(j + m) - ChiSquare.logGamma(j + 1) - ChiSquare.logGamma(m);
            below += Math.exp(logC + logP0 + j * Math.log(0.1));
        }
        double tail = 1 - below;
        if (tail > 1e-12) return tail;
        // 1 − below loses precision: sum the upper terms instead
        double up = 0;
        for (int j = t; j < t + 200; j++)
            up += Math.exp(ChiSquare.logGamma(j + m) - ChiSquare.logGamma(j + 1) - ChiSquare.logGamma(m) + logP0 + j * Math.log(0.1));
        return Math.max(up, 1e-300);
    }
}
