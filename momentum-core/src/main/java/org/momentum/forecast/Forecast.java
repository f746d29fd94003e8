package org.momentum.forecast;

import java.util.Arrays;

/**
 * Point forecasts and 80%/95% prediction intervals for h = 1..horizon after the last observation. A method that
 * gives no interval fills the bounds with NaN.
 */
public record Forecast(String method, double[] mean, double[] lo80, double[] hi80, double[] lo95, double[] hi95) {
    public Forecast {
        int h = mean.length;
        if (lo80.length != h || hi80.length != h || lo95.length != h || hi95.length != h)
            throw new IllegalArgumentException("interval bounds must have the horizon's length " + h);
        mean = mean.clone(); lo80 = lo80.clone(); hi80 = hi80.clone(); lo95 = lo95.clone(); hi95 = hi95.clone();
    }

    /** Point forecasts only (intervals NaN), e.g. for a combination whose members' intervals do not combine. */
    public static Forecast pointOnly(String method, double[] mean) {
        double[] nan = new double[mean.length];
        Arrays.fill(nan, Double.NaN);
        return new Forecast(method, mean, nan, nan, nan, nan);
    }

    /** Symmetric normal intervals mean ± z·se at 80% and 95%. */
    public static Forecast normal(String method, double[] mean, double[] se) {
        int h = mean.length;
        double[] lo80 = new double[h], hi80 = new double[h], lo95 = new double[h], hi95 = new double[h];
        for (int i = 0; i < h; i++) {
            lo80[i] = mean[i] - Normal.Z80 * se[i];
            hi80[i] = mean[i] + Normal.Z80 * se[i];
            lo95[i] = mean[i] - Normal.Z95 * se[i];
            hi95[i] = mean[i] + Normal.Z95 * se[i];
        }
        return new Forecast(method, mean, lo80, hi80, lo95, hi95);
    }

    public int horizon() { return mean.length; }

    public boolean hasIntervals() { return mean.length > 0 && !Double.isNaN(lo95[0]); }

    /** Every value multiplied by a positive factor per horizon (re-seasonalising a forecast of adjusted data). */
    public Forecast scaled(double[] factor) {
        int h = mean.length;
        double[] m = new double[h], a = new double[h], b = new double[h], c = new double[h], d = new double[h];
        for (int i = 0; i < h; i++) {
            m[i] = mean[i] * factor[i]; a[i] = lo80[i] * factor[i]; b[i] = hi80[i] * factor[i];
            c[i] = lo95[i] * factor[i]; d[i] = hi95[i] * factor[i];
        }
        return new Forecast(method, m, a, b, c, d);
    }

    public Forecast named(String name) { return new Forecast(name, mean, lo80, hi80, lo95, hi95); }

    // arrays are accessed by value; copies keep the record immutable
    @Override public double[] mean() { return mean.clone(); }
    @Override public double[] lo80() { return lo80.clone(); }
    @Override public double[] hi80() { return hi80.clone(); }
    @Override public double[] lo95() { return lo95.clone(); }
    @Override public double[] hi95() { return hi95.clone(); }

    public double mean(int i) { return mean[i]; }
    public double lo80(int i) { return lo80[i]; }
    public double hi80(int i) { return hi80[i]; }
    public double lo95(int i) { return lo95[i]; }
    public double hi95(int i) { return hi95[i]; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Forecast f && method.equals(f.method) && Arrays.equals(mean, f.mean) && Arrays.equals(lo80, f.lo80)
                && Arrays.equals(hi80, f.hi80) && Arrays.equals(lo95, f.lo95) && Arrays.equals(hi95, f.hi95);
    }

    @Override
    public int hashCode() { return method.hashCode() * 31 + Arrays.hashCode(mean); }

    @Override
    public String toString() { return "Forecast[" + method + ", mean=" + Arrays.toString(mean) + "]"; }
}
