package org.momentum.forecast;

/** The naive forecast (random walk): every step repeats the last value; intervals as forecast::naive. */
public record Naive() implements Forecaster {
    @Override public String name() { return "naive"; }

    @Override
    public Forecast forecast(double[] y, int frequency, int horizon) {
        Forecaster.check(y, frequency, horizon);
        if (y.length == 1) return Forecast.pointOnly(name(), filled(y[0], horizon));  // no residual, no interval
        return LagWalk.forecast(name(), y, 1, horizon);
    }

    static double[] filled(double v, int h) {
        double[] a = new double[h];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
