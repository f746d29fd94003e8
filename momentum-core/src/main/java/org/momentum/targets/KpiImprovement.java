package org.momentum.targets;

/**
 * The improvement of one KPI in percent of its baseline, positive when better: (current − baseline) / baseline × 100
 * for a KPI where higher is better, (baseline − current) / baseline × 100 where lower is better (MIIT reports pilots'
 * results this way: "operating cost down 21%" is an improvement of 21).
 *
 * @param threshold the programme's required improvement in percent (NaN: none set)
 * @param meets     improvement ≥ threshold (false when there is no threshold)
 */
public record KpiImprovement(Kpi kpi, double baseline, double current, double improvementPct, double threshold, boolean meets) {
    public static KpiImprovement of(Kpi kpi, double baseline, double current, double threshold) {
        if (!(baseline > 0)) throw new IllegalArgumentException(kpi.code() + ": the baseline must be > 0 to measure an improvement: " + baseline);
        double change = (current - baseline) / baseline * 100;
        double improvement = kpi.higherIsBetter() ? change : -change;
        return new KpiImprovement(kpi, baseline, current, improvement, threshold, !Double.isNaN(threshold) && improvement >= threshold);
    }

    public boolean hasThreshold() { return !Double.isNaN(threshold); }
}
