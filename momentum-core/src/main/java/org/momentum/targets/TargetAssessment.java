package org.momentum.targets;

import org.momentum.classification.Period;

/**
 * A target as seen at one release (period): the outcome so far in the goal's terms, the achieved share of the
 * goal, the status and the probability of meeting the goal by the deadline.
 *
 * @param outcome     the outcome at {@code period} in the goal's terms (NaN when the data do not define it yet)
 * @param progress    {@link Target#progress} of the outcome
 * @param probability P(met at the deadline): from the forecast before the deadline, 1 or 0 once it has passed,
 *                    NaN when there is no forecast
 * @param forecast    the outcome's forecast distribution at the deadline (null when none)
 */
public record TargetAssessment(Target target, int period, double outcome, double progress, TargetStatus status,
                               double probability, OutcomeForecast forecast) {
    /** Probability at or above which a target is on track: "likely" in the IPCC AR5 uncertainty guidance (Mastrandrea et al. 2010). */
    public static final double LIKELY = 0.66;
    /** Probability below which a target is off track: "unlikely" (0–33%) in the same guidance. */
    public static final double UNLIKELY = 0.33;

    /**
     * Assesses a target at a period. Boundary rules:
     * <ul>
     * <li>At or after the deadline the outcome is final: achieved when {@link Target#met} (the boundary goal ∓ tolerance
     *     included), else off track; probability 1 or 0.</li>
     * <li>Before the deadline a level or change target already met is achieved (reached ahead of time); a growth
     *     target is never achieved early, because a year-to-date rate is not final until the deadline.</li>
     * <li>Otherwise, with a forecast: on track when p ≥ {@link #LIKELY}, at risk when {@link #UNLIKELY} ≤ p &lt;
     *     {@link #LIKELY}, off track when p &lt; {@link #UNLIKELY}.</li>
     * <li>Without a forecast: on track when the straight-line projection (growth: the rate so far; level and change:
     *     the progress so far scaled by the elapsed share of time) meets the goal, else at risk — a target is not
     *     called off track before its deadline without a distribution that says it is unlikely.</li>
     * </ul>
     *
     * @param outcome  the outcome at {@code period} (for a period after the deadline, the outcome at the deadline)
     * @param forecast the outcome's distribution at the deadline, or null
     */
    public static TargetAssessment assess(Target t, int period, double outcome, OutcomeForecast forecast) {
        double progress = t.progress(outcome);
        if (period >= t.deadline()) {
            boolean met = t.met(outcome);
            return new TargetAssessment(t, period, outcome, progress, met ? TargetStatus.ACHIEVED : TargetStatus.OFF_TRACK,
                    Double.isNaN(outcome) ? Double.NaN : met ? 1 : 0, null);
        }
        double p = forecast == null ? Double.NaN : forecast.probabilityMet(t);
        TargetStatus status;
        if (t.goalKind() != GoalKind.GROWTH && t.met(outcome)) status = TargetStatus.ACHIEVED;
        else if (!Double.isNaN(p)) status = byProbability(p);
        else status = t.met(projection(t, period, outcome)) ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK;
        return new TargetAssessment(t, period, outcome, progress, status, p, forecast);
    }

    /** On track at p ≥ {@link #LIKELY}, at risk at {@link #UNLIKELY} ≤ p &lt; {@link #LIKELY}, off track below. */
    static TargetStatus byProbability(double p) {
        return p >= LIKELY ? TargetStatus.ON_TRACK : p >= UNLIKELY ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
    }

    /** The straight-line projection of the outcome to the deadline (see {@link #assess}). */
    static double projection(Target t, int period, double outcome) {
        if (t.goalKind() == GoalKind.GROWTH || Double.isNaN(outcome)) return outcome;
        double share = t.elapsed(period);
        if (share <= 0) return Double.NaN;
        double from = t.goalKind() == GoalKind.LEVEL ? t.baselineValue() : 0;
        return from + (outcome - from) / share;
    }

    public String periodText() { return Period.format(period); }
}
