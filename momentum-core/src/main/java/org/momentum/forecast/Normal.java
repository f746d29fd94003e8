package org.momentum.forecast;

/** Standard normal quantiles used for intervals and tests (R's qnorm to double precision). */
final class Normal {
    /** qnorm(0.90): half-width factor of an 80% interval. */
    static final double Z80 = 1.2815515655446004;
    /** qnorm(0.975): half-width factor of a 95% interval. */
    static final double Z95 = 1.959963984540054;
    /** qnorm(0.95): thetaf's one-sided 90% seasonality test. */
    static final double Z90_TWO_SIDED = 1.6448536269514722;

    private Normal() {}
}
