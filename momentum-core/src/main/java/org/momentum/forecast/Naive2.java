package org.momentum.forecast;

/**
 * The M4 benchmark Naive2: naive on the series seasonally adjusted by classical multiplicative decomposition when
 * the M4 seasonality test says so, forecasts (and the naive intervals of the adjusted series) multiplied back by the
 * last season's indices (M4 benchmark code, Makridakis et al. 2020).
 */
public record Naive2(SeasonalityTest test) implements Forecaster {
    public Naive2() { this(SeasonalityTest.M4); }

    @Override public String name() { return "naive2"; }

    @Override
    public Forecast forecast(double[] y, int frequency, int horizon) {
        Forecaster.check(y, frequency, horizon);
        if (!test.isSeasonal(y, frequency)) return new Naive().forecast(y, frequency, horizon).named(name());
        ClassicalDecomposition d = ClassicalDecomposition.multiplicative(y, frequency);
        return new Naive().forecast(d.adjust(y), frequency, horizon).scaled(d.ahead(y.length, horizon)).named(name());
    }
}
