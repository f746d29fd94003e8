package org.momentum.app.files;

/** One row of prices.csv: the producer price index of an industry (any level, or ALL) for a month. */
public record PriceRow(String industry, int period, double ppiYoy) {}
