package org.momentum.forecast;

/**
 * A forecasting method: fits itself to {@code y} (oldest first, no missing values) and forecasts {@code horizon}
 * steps ahead. Implementations are immutable and thread-safe, so one instance serves a whole panel in parallel.
 */
public interface Forecaster {
    /** The method's short name as used on the command line and in reports (naive2, theta, ets, ...). */
    String name();

    /** @param frequency observations per year (12 monthly, 4 quarterly, 1 annual) */
    Forecast forecast(double[] y, int frequency, int horizon);

    /** Argument checks shared by every method. */
    static void check(double[] y, int frequency, int horizon) {
        if (y.length == 0) throw new IllegalArgumentException("no observations");
        if (frequency < 1) throw new IllegalArgumentException("frequency must be at least 1: " + frequency);
        if (horizon < 1) throw new IllegalArgumentException("horizon must be at least 1: " + horizon);
        for (double v : y) if (!Double.isFinite(v)) throw new IllegalArgumentException("observations must be finite");
    }
}
