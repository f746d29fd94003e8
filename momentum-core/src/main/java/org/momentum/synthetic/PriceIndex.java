package org.momentum.synthetic;

import org.momentum.classification.Period;

/**
 * Producer prices by division: the national PPI path scaled by the division's sensitivity (beta), so mining and
 * ferrous metals swing more than consumer goods. Because output_value is at current prices, these indices make
 * output_value_real grow less than nominal in 2017–2018 (and more in 2015–2016, when prices fell).
 */
final class PriceIndex {
    private static final int FIRST_YEAR = PublishedTargets.firstYear(PublishedTargets.PPI_YOY);
    private final double[][] national = PublishedTargets.table(PublishedTargets.PPI_YOY, FIRST_YEAR, 12);

    /** National PPI change in % for the month; outside the table, the nearest year's same month. */
    double nationalPct(int period) {
        int y = Math.max(0, Math.min(national.length - 1, Period.year(period) - FIRST_YEAR));
        return national[y][Period.month(period) - 1];
    }

    /** Index with the same month last year = 1.000, rounded to three decimals as NBS publishes it. */
    double index(double beta, int period) {
        double v = 1 + beta * nationalPct(period) / 100;
        return Math.round(Math.max(0.5, v) * 1000) / 1000.0;
    }
}
