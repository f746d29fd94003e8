package org.momentum.quality.evaluation;

import java.util.Arrays;
import org.momentum.quality.Flag;

/**
 * How well the best score of each report separates falsified from honest reports: precision and recall of
 * "flagged" (best score ≥ 0.5, formats.md) and the ROC AUC of the score (Mann–Whitney, ties counted half).
 */
public record Detection(String kind, int positives, int negatives, int truePositives, int falsePositives,
                        double precision, double recall, double auc, double flaggedShare) {

    /** @param best the best score of every enterprise; @param reported which enterprises reported; @param positive which were falsified */
    public static Detection of(String kind, double[] best, boolean[] reported, boolean[] positive) {
        int n = best.length, p = 0, q = 0, tp = 0, fp = 0;
        double[] pos = new double[n], neg = new double[n];
        for (int e = 0; e < n; e++) {
            if (!reported[e]) continue;
            boolean flagged = best[e] >= Flag.FLAGGED;
            if (positive[e]) {
                pos[p++] = best[e];
                if (flagged) tp++;
            } else {
                neg[q++] = best[e];
                if (flagged) fp++;
            }
        }
        double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        double recall = p == 0 ? Double.NaN : (double) tp / p;
        return new Detection(kind, p, q, tp, fp, precision, recall, auc(Arrays.copyOf(pos, p), Arrays.copyOf(neg, q)),
                p + q == 0 ? Double.NaN : (double) (tp + fp) / (p + q));
    }

    /** P(score of a positive > score of a negative) + ½ P(equal), by sorting both. */
    static double auc(double[] pos, double[] neg) {
        if (pos.length == 0 || neg.length == 0) return Double.NaN;
        Arrays.sort(pos);
        Arrays.sort(neg);
        double wins = 0;
        int lo = 0, hi = 0; // neg[0..lo) < x, neg[0..hi) <= x
        for (double x : pos) {
            while (lo < neg.length && neg[lo] < x) lo++;
            while (hi < neg.length && neg[hi] <= x) hi++;
            wins += lo + 0.5 * (hi - lo);
        }
        return wins / ((double) pos.length * neg.length);
    }
}
