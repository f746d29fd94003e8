package org.momentum.reports;

/**
 * The portal's plausibility prompt: a value that differs from the enterprise's own figure of the month before, or of
 * the same month a year earlier, by more than {@link #THRESHOLD} (±50 %) needs an explanation from the reporter.
 * It is a prompt, not a rejection: the value is accepted with its explanation and the quality review sees both.
 */
public final class LargeChange {
    /** ±50 % relative change. */
    public static final double THRESHOLD = 0.5;

    private LargeChange() {}

    /** The relative change value / before − 1; NaN when there is nothing to compare (no earlier figure), +∞ from a zero. */
    public static double relative(double value, double before) {
        if (Double.isNaN(value) || Double.isNaN(before)) return Double.NaN;
        if (before == 0) return value == 0 ? 0 : Double.POSITIVE_INFINITY;
        return value / before - 1;
    }

    /** Whether a change from {@code before} is larger than the threshold in either direction. */
    public static boolean isLarge(double value, double before) {
        double r = relative(value, before);
        return !Double.isNaN(r) && Math.abs(r) > THRESHOLD;
    }

    /** Whether the value needs an explanation: a large change on the month before or on the same month a year earlier. */
    public static boolean needsExplanation(double value, double lastMonth, double lastYear) {
        return isLarge(value, lastMonth) || isLarge(value, lastYear);
    }
}
