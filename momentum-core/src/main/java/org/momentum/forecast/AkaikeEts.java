package org.momentum.forecast;

import java.util.List;

/**
 * Exponential smoothing combined over models by Akaike weights (Kolassa 2011, "Combining exponential smoothing
 * forecasts using Akaike weights", IJF 27(2):238–251, which beat selection by AICc on M3): every candidate ets(y,
 * "ZZZ") fits (same models, estimation and AICc as {@link Ets}) gets weight w ∝ exp(−ΔAICc/2), ΔAICc its distance to
 * the least; point forecasts and 80/95% bounds are the weighted means of the models' (averaging quantiles, as
 * {@link Combination} does). Series too short for ets's state space models (n ≤ 6) get {@link Ets}'s forecast.
 */
public record AkaikeEts() implements Forecaster {
    @Override public String name() { return "ets-aw"; }

    @Override
    public Forecast forecast(double[] y, int frequency, int horizon) {
        Forecaster.check(y, frequency, horizon);
        if (y.length <= 6) return new Ets().forecast(y, frequency, horizon).named(name());
        List<EtsFit> fits = Ets.fitAll(y, frequency);
        if (fits.isEmpty()) throw new IllegalArgumentException("no ETS model can be fitted to " + y.length + " observations");
        double[] w = weights(fits);
        double[][] out = new double[5][horizon];
        for (int k = 0; k < fits.size(); k++) {
            if (w[k] == 0) continue;
            Forecast f = fits.get(k).forecast(horizon, name());
            for (int i = 0; i < horizon; i++) {
                out[0][i] += w[k] * f.mean(i);
                out[1][i] += w[k] * f.lo80(i);
                out[2][i] += w[k] * f.hi80(i);
                out[3][i] += w[k] * f.lo95(i);
                out[4][i] += w[k] * f.hi95(i);
            }
        }
        return new Forecast(name(), out[0], out[1], out[2], out[3], out[4]);
    }

    /** Akaike weights exp(−ΔAICc/2), normalised to sum 1. */
    static double[] weights(List<EtsFit> fits) {
        double min = Double.POSITIVE_INFINITY;
        for (EtsFit f : fits) min = Math.min(min, f.aicc());
        double[] w = new double[fits.size()];
        double sum = 0;
        for (int k = 0; k < w.length; k++) sum += w[k] = Math.exp(-0.5 * (fits.get(k).aicc() - min));
        for (int k = 0; k < w.length; k++) w[k] /= sum;
        return w;
    }
}
