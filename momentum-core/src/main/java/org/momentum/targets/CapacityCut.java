package org.momentum.targets;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.momentum.registry.Enterprise;

/**
 * Capacity cut of a cell between a baseline month and a later month: cut = baseline capacity − current capacity,
 * where the baseline capacity is that of the makers in scope at the baseline and the current capacity that of the
 * makers in scope now. A maker that has left statistical scope counts with capacity 0 — its whole capacity was cut
 * (the exits the capacity reduction counted) rather than missing — and a maker in scope counts with its latest
 * capacity report at or before the month (capacity is a stock). Newcomers' capacity is part of the current capacity
 * (capacity replacement: new lines offset cuts) and is shown apart, as are the cuts by exits and by continuing makers.
 *
 * @param baselineCapacity Σ capacity of the cohort at the baseline
 * @param currentCapacity  Σ current capacity of the baseline cohort (exits at 0)
 * @param cutByExits       Σ baseline capacity of the cohort's makers no longer in scope
 * @param exits            how many of the cohort have left scope
 * @param cohort           how many makers the cohort has
 * @param added            Σ current capacity of makers in scope now that were not in the cohort (newcomers)
 */
public record CapacityCut(int baseline, int period, double baselineCapacity, double currentCapacity, double cutByExits,
                          int exits, int cohort, double added) {
    /** Baseline capacity − current capacity (exits at 0, newcomers included). */
    public double cut() { return baselineCapacity - currentCapacity - added; }

    /** The part made by makers in scope at both months: their baseline − their current capacity. */
    public double cutByContinuing() { return baselineCapacity - cutByExits - currentCapacity; }

    /** Change of the cell's capacity, −cut. */
    public double netChange() { return -cut(); }

    /**
     * @param makers   the cell's enterprises (any that never reported capacity are ignored)
     * @param capacity each enterprise's capacity reports by period
     */
    public static CapacityCut measure(List<Enterprise> makers, Map<String, NavigableMap<Integer, Double>> capacity, int baseline, int period) {
        if (period < baseline) throw new IllegalArgumentException("the month is before the baseline");
        double base = 0, current = 0, byExits = 0, added = 0;
        int exits = 0, cohort = 0;
        for (Enterprise e : makers) {
            NavigableMap<Integer, Double> reports = capacity.get(e.id());
            if (reports == null) continue;
            double atBaseline = e.inScope(baseline) ? latest(reports, baseline) : Double.NaN;
            double now = e.inScope(period) ? latest(reports, period) : Double.NaN;
            if (!Double.isNaN(atBaseline)) {
                cohort++;
                base += atBaseline;
                if (!e.inScope(period)) {
                    exits++;
                    byExits += atBaseline;
                } else if (!Double.isNaN(now)) {
                    current += now;
                } else {
                    current += atBaseline; // in scope, nothing reported since: unchanged as far as we know
                }
            } else if (!Double.isNaN(now)) {
                added += now;
            }
        }
        return new CapacityCut(baseline, period, base, current, byExits, exits, cohort, added);
    }

    private static double latest(NavigableMap<Integer, Double> reports, int period) {
        Map.Entry<Integer, Double> e = reports.floorEntry(period);
        return e == null ? Double.NaN : e.getValue();
    }
}
