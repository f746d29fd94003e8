package org.momentum.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Momentum's default method: the equal-weight mean of three different model families fitted to the series alone,
 * exponential smoothing combined over models by Akaike weights ({@link AkaikeEts}, Kolassa 2011), TRAMO's automatic
 * ARIMA ({@link Arima}) and Theta ({@link Theta}); 80/95% bounds by averaging the members' bounds (quantile averaging,
 * Lichtendahl et al. 2013).
 * <p>
 * Why this design: combining ETS, ARIMA and Theta is the strongest simple benchmark of M4 (Makridakis et al. 2020;
 * Petropoulos &amp; Svetunkov 2020's SCUM is the median of ETS, CES, ARIMA and DOTM) and equal weights are hard to beat
 * by weights estimated per series (the "forecast combination puzzle", Smith &amp; Wallis 2009; Claeskens et al. 2016):
 * on M3 monthly, weights from an 18-month in-sample holdout gained 0.0005 OWA and selection by the holdout lost
 * 0.036 (BENCHMARKS.md, issue 4), so no weight is estimated beyond the Akaike weights within the ETS family, which
 * use the whole training series and replace ets's single-model selection (Kolassa: better than selection on M3).
 * <p>
 * Never throws on finite data: a member that fails (ETS on a constant series, say) is left out and the others are
 * averaged; Arima itself never fails, it falls back to simpler models.
 */
public record Auto() implements Forecaster {
    static final List<Forecaster> MEMBERS = List.of(new AkaikeEts(), new Arima(), new Theta());

    @Override public String name() { return "auto"; }

    @Override
    public Forecast forecast(double[] y, int frequency, int horizon) {
        Forecaster.check(y, frequency, horizon);
        List<Forecast> ok = new ArrayList<>();
        for (Forecaster m : MEMBERS) {
            try {
                ok.add(SeriesMemo.forecast(m, y, frequency, horizon));
            } catch (RuntimeException e) {
                // a member that cannot fit this series (e.g. ETS on a constant series) is left out
            }
        }
        return Combination.mean(name(), ok.toArray(Forecast[]::new));
    }
}
