package org.momentum.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The learned check: an {@link IsolationForest} fitted on the month's own reports over the statistics of the other
 * checks (each robustly standardised over the month, missing = typical), so that a report which is a little odd on
 * several counts at once stands out even when no single check fires. Seeded with the month, hence repeatable.
 */
public final class AnomalyModelCheck {
    public static final String NAME = "anomaly_model";
    static final int TREES = 100, PSI = 256, TRAIN = 20_000;
    /** Isolation score at which a reviewer should look (Liu et al.: clearly above 0.5 is anomalous). */
    static final double S_HALF = 0.72;
    static final double CLIP = 10;

    private AnomalyModelCheck() {}

    public static CheckResult run(QualityContext ctx, List<CheckResult> features) {
        int n = ctx.enterprises(), d = features.size();
        double[] med = new double[d], sd = new double[d];
        for (int j = 0; j < d; j++) {
            double[] v = onReports(ctx, features.get(j).statistic());
            med[j] = RobustStats.median(v);
            double mad = RobustStats.MAD_TO_SD * RobustStats.mad(v);
            sd[j] = mad > 0 ? mad : 1;
            if (Double.isNaN(med[j])) med[j] = 0;
        }
        List<Integer> reports = new ArrayList<>();
        for (int e = 0; e < n; e++) if (ctx.reported(e)) reports.add(e);
        double[] score = new double[n], s = new double[n];
        if (reports.isEmpty()) return CheckResult.of(NAME, score, s, "output_value", e -> "");
        // fit on a seeded sample of the month's reports (the forest only ever looks at ψ of them per tree)
        SplittableRandom rnd = new SplittableRandom(0x9E3779B97F4A7C15L ^ ctx.period());
        int m = Math.min(TRAIN, reports.size());
        double[][] train = new double[m][];
        for (int i = 0; i < m; i++) {
            int pick = m == reports.size() ? reports.get(i) : reports.get(rnd.nextInt(reports.size()));
            train[i] = row(features, med, sd, pick);
        }
        IsolationForest forest = IsolationForest.fit(train, TREES, PSI, rnd.nextLong());
        // scoring is independent per report: spread it over the cores
        reports.parallelStream().forEach(e -> {
            s[e] = forest.score(row(features, med, sd, e));
            score[e] = Scores.rising(s[e] - 0.5, S_HALF - 0.5);
        });
        return CheckResult.of(NAME, score, s, "output_value", e -> {
            double[] x = row(features, med, sd, e);
            Integer[] order = new Integer[d];
            for (int j = 0; j < d; j++) order[j] = j;
            java.util.Arrays.sort(order, (a, b) -> Double.compare(Math.abs(x[b]), Math.abs(x[a])));
            List<String> top = new ArrayList<>();
            for (int k = 0; k < Math.min(3, d); k++) {
                int j = order[k];
                top.add(String.format(Locale.ROOT, "%s %s", features.get(j).rule(), Wording.stat(x[j])));
            }
            return String.format(Locale.ROOT, "unusual combination of this month's evidence (isolation forest score %.2f; "
                    + "most unusual, in robust standard deviations from the month's typical report: %s)", s[e], String.join(", ", top));
        });
    }

    private static double[] onReports(QualityContext ctx, double[] v) {
        double[] out = new double[ctx.reportCount()];
        int k = 0;
        for (int e = 0; e < ctx.enterprises(); e++) if (ctx.reported(e)) out[k++] = v[e];
        return out;
    }

    private static double[] row(List<CheckResult> features, double[] med, double[] sd, int e) {
        double[] x = new double[features.size()];
        for (int j = 0; j < x.length; j++) {
            double v = features.get(j).statistic()[e];
            x[j] = Double.isNaN(v) ? 0 : Math.max(-CLIP, Math.min(CLIP, (v - med[j]) / sd[j]));
        }
        return x;
    }
}
