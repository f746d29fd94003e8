package org.momentum.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Did the programme make a difference? Difference in differences on log outcomes with matched controls:
 * each participant entering in year E is compared from E − 1 (before) to E + 1 (after; the entry year itself is a
 * transition) with its k nearest non-participants of the same cell (exact matching on industry, region and size; the
 * nearest by log outcome in E − 1, with replacement — Abadie &amp; Imbens 2006, Econometrica 74(1)); the effect is the
 * mean over participants of d_i = Δln y_i − mean_j Δln y_j (Angrist &amp; Pischke 2009, Mostly Harmless Econometrics,
 * ch. 5; Heckman, Ichimura &amp; Todd 1997 for matching with DiD). Its standard error is cluster-robust with the
 * matching cells as clusters (participants of one cell share controls), with the G/(G − 1) correction and Student t
 * critical values on G − 1 degrees of freedom (Cameron &amp; Miller 2015, J. Human Resources 50(2)). The same
 * estimate over E − 2 → E − 1 is the placebo (a check of parallel trends before entry).
 *
 * @param neighbours      k, controls per participant
 * @param minParticipants fewest matched participants for a verdict
 * @param minClusters     fewest cells (clusters) for a verdict
 */
public record DifferenceInDifferences(int neighbours, int minParticipants, int minClusters) {
    public DifferenceInDifferences {
        if (neighbours < 1 || minParticipants < 2 || minClusters < 2) throw new IllegalArgumentException("k ≥ 1, at least 2 participants and 2 clusters");
    }

    /** k = 3 controls per participant; a verdict needs 10 matched participants in 10 cells. */
    public DifferenceInDifferences() { this(3, 10, 10); }

    public Evaluation evaluate(List<EvaluationUnit> units) {
        Evaluation main = estimate(units, -1, 1);
        Evaluation placebo = estimate(units, -2, -1);
        boolean hasPlacebo = placebo.matched() > 0;
        return new Evaluation(main.verdict(), main.estimate(), main.se(), main.lo95(), main.hi95(), main.participants(), main.matched(),
                main.controls(), main.clusters(), hasPlacebo ? placebo : null);
    }

    /** The estimate from entry year + {@code before} to entry year + {@code after}. */
    Evaluation estimate(List<EvaluationUnit> units, int before, int after) {
        Map<String, List<EvaluationUnit>> controlsByCell = new HashMap<>();
        List<EvaluationUnit> participants = new ArrayList<>();
        for (EvaluationUnit u : units) {
            if (u.participant()) participants.add(u);
            else controlsByCell.computeIfAbsent(u.cell(), c -> new ArrayList<>()).add(u);
        }
        participants.sort(Comparator.comparing(EvaluationUnit::id));
        Map<String, List<Double>> byCluster = new HashMap<>();
        Set<String> used = new HashSet<>();
        List<Double> all = new ArrayList<>();
        for (EvaluationUnit p : participants) {
            int y0 = p.entryYear() + before, y1 = p.entryYear() + after;
            double pre = p.log(y0), post = p.log(y1);
            if (Double.isNaN(pre) || Double.isNaN(post)) continue;
            List<EvaluationUnit> pool = new ArrayList<>();
            for (EvaluationUnit c : controlsByCell.getOrDefault(p.cell(), List.of()))
                if (!Double.isNaN(c.log(y0)) && !Double.isNaN(c.log(y1))) pool.add(c);
            if (pool.isEmpty()) continue;
            pool.sort(Comparator.<EvaluationUnit>comparingDouble(c -> Math.abs(c.log(y0) - pre)).thenComparing(EvaluationUnit::id));
            int k = Math.min(neighbours, pool.size());
            double controlChange = 0;
            for (int j = 0; j < k; j++) {
                EvaluationUnit c = pool.get(j);
                controlChange += c.log(y1) - c.log(y0);
                used.add(c.id());
            }
            double d = (post - pre) - controlChange / k;
            all.add(d);
            byCluster.computeIfAbsent(p.cell(), c -> new ArrayList<>()).add(d);
        }
        int n = all.size(), g = byCluster.size();
        if (n == 0) return new Evaluation(Evaluation.Verdict.TOO_FEW_DATA, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                participants.size(), 0, 0, 0, null);
        double att = 0;
        for (double d : all) att += d;
        att /= n;
        double se = Double.NaN, lo = Double.NaN, hi = Double.NaN;
        if (g >= 2) {
            double s = 0;
            for (List<Double> cluster : byCluster.values()) {
                double e = 0;
                for (double d : cluster) e += d - att;
                s += e * e;
            }
            se = Math.sqrt((double) g / (g - 1) * s) / n;
            double t = new TDistribution(null, g - 1, TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY).inverseCumulativeProbability(0.975);
            lo = att - t * se;
            hi = att + t * se;
        }
        Evaluation.Verdict v;
        if (n < minParticipants || g < minClusters || Double.isNaN(se)) v = Evaluation.Verdict.TOO_FEW_DATA;
        else if (lo > 0) v = Evaluation.Verdict.POSITIVE;
        else if (hi < 0) v = Evaluation.Verdict.NEGATIVE;
        else v = Evaluation.Verdict.CANNOT_TELL;
        return new Evaluation(v, att, se, lo, hi, participants.size(), n, used.size(), g, null);
    }
}
