package org.momentum.indicators;

/**
 * One row of prices.csv: the producer price index of an industry (any level of GB/T 4754-2017, or {@code ALL})
 * for a month, same month of the previous year = 1.000.
 */
public record PriceObservation(String industry, int period, double ppiYoy) {}
