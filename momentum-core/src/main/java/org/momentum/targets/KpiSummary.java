package org.momentum.targets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pilots' improvements of one KPI aggregated over a group (a batch, a province, a division or all): how many
 * report it, the mean and median improvement in percent, and how many of those with a threshold meet it. Unweighted:
 * each project counts once, as MIIT's averages over pilot projects do.
 */
public record KpiSummary(String group, Kpi kpi, int projects, double meanPct, double medianPct, int withThreshold, int meeting) {
    /** The groupings the issue asks for. */
    public enum By {
        ALL(r -> "ALL"), BATCH(r -> r.project().batch()), REGION(PilotResult::province), INDUSTRY(PilotResult::division);

        final Function<PilotResult, String> key;

        By(Function<PilotResult, String> key) { this.key = key; }

        public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** Share of the projects with a threshold that meet it (NaN when none has one). */
    public double meetingShare() { return withThreshold == 0 ? Double.NaN : (double) meeting / withThreshold; }

    /** One summary per group and KPI, groups in code order, KPIs in {@link Kpi} order. */
    public static List<KpiSummary> aggregate(List<PilotResult> results, By by) {
        Map<String, List<PilotResult>> groups = new TreeMap<>();
        for (PilotResult r : results) groups.computeIfAbsent(by.key.apply(r), k -> new ArrayList<>()).add(r);
        List<KpiSummary> out = new ArrayList<>();
        for (Map.Entry<String, List<PilotResult>> g : groups.entrySet()) {
            for (Kpi kpi : Kpi.values()) {
                double[] v = new double[g.getValue().size()];
                int n = 0, with = 0, meet = 0;
                for (PilotResult r : g.getValue()) {
                    for (KpiImprovement k : r.improvements()) {
                        if (k.kpi() != kpi) continue;
                        v[n++] = k.improvementPct();
                        if (k.hasThreshold()) {
                            with++;
                            if (k.meets()) meet++;
                        }
                    }
                }
                if (n == 0) continue;
                double[] x = Arrays.copyOf(v, n);
                Arrays.sort(x);
                double sum = 0;
                for (double d : x) sum += d;
                double median = n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
                out.add(new KpiSummary(g.getKey(), kpi, n, sum / n, median, with, meet));
            }
        }
        return out;
    }
}
