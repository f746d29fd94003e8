package org.momentum.forecast;

import java.util.Locale;

/**
 * The expected annual growth of a year from its first {@code lastMonth} months and a forecast of the rest.
 *
 * @param method            the forecasting method's name
 * @param lastMonth         the last observed month m (1..11; 0 when the year is all forecast)
 * @param months            the forecast of months m+1..12
 * @param observed          the sum of the year's observed months 1..m
 * @param previousYearTotal the sum of the previous year's 12 months
 * @param growthPct         expected growth ΣY / ΣY−1 − 1 in %, from the point forecasts
 * @param intervalMethod    how the growth interval was made (simulated paths or analytic ψ-weights)
 */
public record AnnualOutlook(String method, int lastMonth, Forecast months, double observed, double previousYearTotal,
                            double growthPct, double lo80, double hi80, double lo95, double hi95, String intervalMethod) {
    /** The sentence a press release uses: "about 6%, 80%: 5.3–6.7; 95%: 4.9–7.1" (growth to a whole percent). */
    public String statement() { return statement(growthPct, lo80, hi80, lo95, hi95); }

    /** The same sentence from stored numbers; without intervals only "about 6%". */
    public static String statement(double growthPct, double lo80, double hi80, double lo95, double hi95) {
        String about = "about " + Math.round(growthPct) + "%";
        if (Double.isNaN(lo80)) return about;
        return about + String.format(Locale.ROOT, ", 80%%: %.1f–%.1f; 95%%: %.1f–%.1f", lo80, hi80, lo95, hi95);
    }
}
