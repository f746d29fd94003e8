package org.momentum.indicators;

/** One row of indicators.csv; NaN means empty (not defined). */
public record IndicatorRow(String measure, String industry, String region, int period, double value, int enterprises,
                           double yoyPct, double ytdValue, double ytdYoyPct, double contributionPp) {}
