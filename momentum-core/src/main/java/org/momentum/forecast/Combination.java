package org.momentum.forecast;

import java.util.List;

/**
 * The equal-weight mean of member methods' point forecasts (M4's Comb benchmark is SES/Holt/Damped; the issue's
 * "comb" is ETS, ARIMA, Theta as in the R reference run). Intervals are not combined: they are NaN.
 */
public record Combination(String name, List<Forecaster> members) implements Forecaster {
    public Combination {
        members = List.copyOf(members);
        if (members.isEmpty()) throw new IllegalArgumentException("a combination needs members");
    }

    @Override
    public Forecast forecast(double[] y, int frequency, int horizon) {
        double[] mean = new double[horizon];
        for (Forecaster f : members) {
            Forecast fc = f.forecast(y, frequency, horizon);
            for (int i = 0; i < horizon; i++) mean[i] += fc.mean(i);
        }
        for (int i = 0; i < horizon; i++) mean[i] /= members.size();
        return Forecast.pointOnly(name, mean);
    }
}
