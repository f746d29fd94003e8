package org.momentum.indicators;

/**
 * A monthly level series at comparable prices built from the published cube: the first year (or any month whose
 * year-earlier volume or real growth is missing) at its own prices, then V(t) = V(t−12)·(1 + yoy_real(t)/100) —
 * the year-on-year chain-linking of NBS "comparable price" growth (indicators.md, "Constant prices": output_value_real
 * has growth but no level). Its annual growth ΣV_Y / ΣV_{Y−1} − 1 is the mean of the monthly real growth rates
 * weighted by the previous year's monthly volumes, which is how year-to-date real growth aggregates months.
 */
public final class VolumeSeries {
    private VolumeSeries() {}

    /**
     * @param nominal  current-price levels (output_value's value), consecutive months, NaN where missing
     * @param realYoy  output_value_real's yoy_pct for the same months, NaN where not published
     * @return the chain-linked volumes; NaN where the nominal level is missing and no chain reaches
     */
    public static double[] chainLinked(double[] nominal, double[] realYoy) {
        if (nominal.length != realYoy.length) throw new IllegalArgumentException("nominal and real growth need the same months");
        double[] v = new double[nominal.length];
        for (int t = 0; t < v.length; t++) {
            boolean chained = t >= 12 && Double.isFinite(v[t - 12]) && Double.isFinite(realYoy[t]);
            v[t] = chained ? v[t - 12] * (1 + realYoy[t] / 100) : nominal[t];
        }
        return v;
    }
}
