package org.momentum.targets;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The forecast distribution of a target's outcome at its deadline, as a normal N(mean, sd²), with a note of how it
 * was obtained (method and approximation) for the page.
 */
public record OutcomeForecast(double mean, double sd, String method, String basis) {
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1,
            NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

    public OutcomeForecast {
        if (!Double.isFinite(mean) || !(sd >= 0) || Double.isInfinite(sd))
            throw new IllegalArgumentException("a forecast distribution needs a finite mean and sd ≥ 0: " + mean + ", " + sd);
    }

    /** P(outcome meets the target) = P(X ≥ goal − tol) going up, P(X ≤ goal + tol) going down. */
    public double probabilityMet(Target t) {
        double c = t.threshold();
        if (sd == 0) return t.met(mean) ? 1 : 0;
        // Φ of the standardised margin on the good side (no 1 − Φ: keeps precision in the tails)
        return STANDARD.cumulativeProbability(t.direction() == Direction.UP ? (mean - c) / sd : (c - mean) / sd);
    }

    /** Standard normal distribution function Φ. */
    static double phi(double z) { return STANDARD.cumulativeProbability(z); }
}
