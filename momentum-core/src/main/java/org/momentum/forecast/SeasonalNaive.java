package org.momentum.forecast;

/**
 * The seasonal naive forecast: step h repeats the value one season earlier; intervals as forecast::snaive. With
 * frequency 1, or no more than one season of data, it is the naive forecast (as the M4 benchmark code falls back).
 */
public record SeasonalNaive() implements Forecaster {
    @Override public String name() { return "snaive"; }

    @Override
    public Forecast forecast(double[] y, int frequency, int horizon) {
        Forecaster.check(y, frequency, horizon);
        if (frequency <= 1 || y.length <= frequency) return new Naive().forecast(y, frequency, horizon).named(name());
        return LagWalk.forecast(name(), y, frequency, horizon);
    }
}
