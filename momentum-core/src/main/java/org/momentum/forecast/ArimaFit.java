package org.momentum.forecast;

import java.util.Arrays;
import jdplus.toolkit.base.api.arima.SarimaOrders;
import jdplus.toolkit.base.api.data.DoubleSeq;
import jdplus.toolkit.base.core.regsarima.regular.RegSarimaModel;
import jdplus.toolkit.base.core.sarima.SarimaModel;

/**
 * An ARIMA model fitted by {@link Arima}: TRAMO's regARIMA model, or the random walk (with drift) when TRAMO and the airline model
 * both failed. Immutable; forecasts are computed on demand.
 */
public final class ArimaFit {
    private final RegSarimaModel model;        // null for the random walk
    private final double last, drift, sigma;   // random walk only
    private final int n;
    private final String fallback;

    private ArimaFit(RegSarimaModel model, double last, double drift, double sigma, int n, String fallback) {
        this.model = model;
        this.last = last;
        this.drift = drift;
        this.sigma = sigma;
        this.n = n;
        this.fallback = fallback;
    }

    static ArimaFit of(RegSarimaModel model, String fallback) {
        return new ArimaFit(model, Double.NaN, Double.NaN, Double.NaN, 0, fallback);
    }

    /**
     * The random walk with drift, R's rwf(y, drift = TRUE): drift d = (y_n − y_1)/(n − 1), σ² = Σ(Δy − d)²/(n − 2),
     * forecast variance σ²·h·(1 + h/(n − 1)) with the drift's uncertainty; without drift (σ² = Σ(Δy)²/(n − 1)) when
     * n = 2, and σ = 0 when n = 1.
     */
    static ArimaFit randomWalk(double[] y, String fallback) {
        int n = y.length;
        double drift = n >= 3 ? (y[n - 1] - y[0]) / (n - 1) : 0, ss = 0;
        for (int t = 1; t < n; t++) ss += (y[t] - y[t - 1] - drift) * (y[t] - y[t - 1] - drift);
        double sigma = n >= 3 ? Math.sqrt(ss / (n - 2)) : n == 2 ? Math.sqrt(ss) : 0;
        return new ArimaFit(null, y[n - 1], drift, sigma, n, fallback);
    }

    /** Why a simpler model was used, or null when TRAMO's automatic model was. */
    public String fallback() { return fallback; }

    /** Whether the model is fitted to log(y). */
    public boolean log() { return model != null && model.getDescription().isLogTransformation(); }

    /** (p,d,q)(P,D,Q) as TRAMO prints it, without the seasonal part for a non-seasonal model. */
    public String orders() {
        if (model == null) return drift != 0 ? "(0,1,0) with drift" : "(0,1,0)";
        SarimaOrders o = model.specification();
        String s = "(" + o.getP() + "," + o.getD() + "," + o.getQ() + ")";
        return o.getPeriod() > 1 ? s + "(" + o.getBp() + "," + o.getBd() + "," + o.getBq() + ")" : s;
    }

    /** The ARIMA parameters in JDemetra+'s order and signs: φ, Φ, θ, Θ with polynomials 1 + φ₁B + … and 1 + θ₁B + …. */
    public double[] parameters() {
        if (model == null) return new double[0];
        SarimaModel m = model.arima();
        DoubleSeq phi = m.getPhi(), bphi = m.getBphi(), th = m.getTheta(), bth = m.getBtheta();
        double[] p = new double[phi.length() + bphi.length() + th.length() + bth.length()];
        int k = 0;
        for (int i = 0; i < phi.length(); i++) p[k++] = phi.get(i);
        for (int i = 0; i < bphi.length(); i++) p[k++] = bphi.get(i);
        for (int i = 0; i < th.length(); i++) p[k++] = th.get(i);
        for (int i = 0; i < bth.length(); i++) p[k++] = bth.get(i);
        return p;
    }

    /** Number of regression variables TRAMO kept (mean and outliers). */
    public int regressors() { return model == null ? 0 : model.getEstimation().getCoefficients().length(); }

    /**
     * Forecasts with 80% and 95% intervals: on the log scale f ± z·se transformed by exp (median point forecast),
     * otherwise f ± z·se.
     */
    public Forecast forecast(int horizon, String method) {
        double[] mean = new double[horizon], se = new double[horizon];
        if (model == null) {
            for (int i = 0; i < horizon; i++) {
                int h = i + 1;
                mean[i] = last + h * drift;
                se[i] = sigma * Math.sqrt(n >= 3 ? h * (1 + h / (n - 1.0)) : h);
            }
            return Forecast.normal(method, mean, se);
        }
        RegSarimaModel.Forecasts f = model.forecasts(horizon);
        boolean log = log();
        DoubleSeq m = log ? f.getRawForecasts().getValues() : f.getForecasts().getValues();
        DoubleSeq s = log ? f.getRawForecastsStdev().getValues() : f.getForecastsStdev().getValues();
        for (int i = 0; i < horizon; i++) { mean[i] = m.get(i); se[i] = s.get(i); }
        Forecast normal = Forecast.normal(method, mean, se);
        if (!log) return normal;
        return new Forecast(method, exp(normal.mean()), exp(normal.lo80()), exp(normal.hi80()), exp(normal.lo95()), exp(normal.hi95()));
    }

    boolean finite(int horizon) {
        Forecast f = forecast(horizon, "arima");
        for (int i = 0; i < horizon; i++)
            if (!Double.isFinite(f.lo95(i)) || !Double.isFinite(f.hi95(i)) || !Double.isFinite(f.mean(i))) return false;
        return true;
    }

    private static double[] exp(double[] x) {
        return Arrays.stream(x).map(Math::exp).toArray();
    }

    @Override
    public String toString() {
        return "ArimaFit[" + (log() ? "log " : "") + orders() + (fallback == null ? "" : ", fallback: " + fallback) + "]";
    }
}
