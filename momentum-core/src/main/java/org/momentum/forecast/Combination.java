package org.momentum.forecast;

import java.util.List;

/**
 * The equal-weight mean of member methods' forecasts (M4's Comb benchmark is SES/Holt/Damped; the "comb" is
 * ETS, ARIMA, Theta as in the R reference run). Point forecasts are the mean of the members' point forecasts, as R's
 * comb; the 80/95% bounds are the means of the members' bounds, i.e. quantile averaging (Lichtendahl, Grushka-Cockayne
 * &amp; Winkler 2013, "Is it better to average probabilities or quantiles?", Management Science 59(7)), which keeps
 * the combined point forecast inside its interval. Bounds are NaN when a member gives no interval.
 */
public record Combination(String name, List<Forecaster> members) implements Forecaster {
    public Combination {
        members = List.copyOf(members);
        if (members.isEmpty()) throw new IllegalArgumentException("a combination needs members");
    }

    /** R's comb: ets, arima, theta. */
    public static Combination comb() {
        return new Combination("comb", List.of(new Ets(), new Arima(), new Theta()));
    }

    @Override
    public Forecast forecast(double[] y, int frequency, int horizon) {
        Forecaster.check(y, frequency, horizon);
        Forecast[] fc = new Forecast[members.size()];
        for (int k = 0; k < fc.length; k++) fc[k] = SeriesMemo.forecast(members.get(k), y, frequency, horizon);
        return mean(name, fc);
    }

    /** The equal-weight mean of forecasts' points and bounds (bounds NaN if any member lacks them). */
    static Forecast mean(String name, Forecast... fc) {
        int horizon = fc[0].horizon();
        double[][] out = new double[5][horizon];
        for (Forecast f : fc) {
            for (int i = 0; i < horizon; i++) {
                out[0][i] += f.mean(i);
                out[1][i] += f.lo80(i);
                out[2][i] += f.hi80(i);
                out[3][i] += f.lo95(i);
                out[4][i] += f.hi95(i);
            }
        }
        for (double[] row : out) for (int i = 0; i < horizon; i++) row[i] /= fc.length;
        return new Forecast(name, out[0], out[1], out[2], out[3], out[4]);
    }
}
