package org.momentum.targets;

import org.momentum.classification.Period;

/**
 * A policy target on one measure and cell, e.g. "cut crude-steel capacity by more than 50 Mt in 2017" (measure
 * {@code capacity.crude_steel}, industry 3120, region ALL, change −50,000,000 t, direction down, deadline 2017-12) or
 * "industrial output growth of about 6% in 2018" (measure {@code output_value}, growth 6, direction up, tolerance 0.5).
 *
 * @param baselineValue  the measure's value at {@code baselinePeriod} (the reference a change or level is read from)
 * @param goalValue      in the goal kind's terms: a level, a change (negative for a cut), or growth in percent
 * @param tolerance      ≥ 0, in the goal's terms: how far on the wrong side of the goal still counts as met
 */
public record Target(String id, String name, String nameZh, String measure, String industry, String region,
                     double baselineValue, int baselinePeriod, GoalKind goalKind, double goalValue, int deadline,
                     Direction direction, double tolerance) {
    public Target {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a target needs an id");
        if (goalKind == null || direction == null) throw new IllegalArgumentException("target " + id + ": goal kind and direction are required");
        if (!Double.isFinite(goalValue)) throw new IllegalArgumentException("target " + id + ": the goal must be a finite number");
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) throw new IllegalArgumentException("target " + id + ": tolerance must be ≥ 0");
        if (deadline <= baselinePeriod)
            throw new IllegalArgumentException("target " + id + ": deadline " + Period.format(deadline) + " is not after the baseline " + Period.format(baselinePeriod));
    }

    /** Whether an outcome (in the goal's terms) meets the goal; the boundary goal ∓ tolerance itself meets it. */
    public boolean met(double outcome) {
        if (Double.isNaN(outcome)) return false;
        return direction == Direction.UP ? outcome >= goalValue - tolerance : outcome <= goalValue + tolerance;
    }

    /** The threshold an outcome has to reach: goal − tolerance (up) or goal + tolerance (down). */
    public double threshold() { return direction == Direction.UP ? goalValue - tolerance : goalValue + tolerance; }

    /**
     * Achieved share of the goal: level (x − baseline) / (goal − baseline); change x / goal; growth x / goal.
     * 1 means the goal is exactly reached; NaN when the goal leaves nothing to achieve (a zero denominator).
     */
    public double progress(double outcome) {
        double denominator = goalKind == GoalKind.LEVEL ? goalValue - baselineValue : goalValue;
        double numerator = goalKind == GoalKind.LEVEL ? outcome - baselineValue : outcome;
        if (denominator == 0 || Double.isNaN(outcome)) return Double.NaN;
        return numerator / denominator;
    }

    /** Share of the time from baseline to deadline elapsed at a period, in [0, 1]. */
    public double elapsed(int period) {
        return Math.max(0, Math.min(1, (double) (period - baselinePeriod) / (deadline - baselinePeriod)));
    }
}
