/**
 * Univariate forecasting for monthly and quarterly statistics: one class per method behind {@link
 * org.momentum.forecast.Forecaster}, one result type {@link org.momentum.forecast.Forecast}, the M4 accuracy measures
 * and a small in-memory backtest. Pure Java, no I/O. Methods follow R {@code forecast} 8.20 (Hyndman et al.) and
 * the M4 competition's benchmark code (Makridakis, Spiliotis &amp; Assimakopoulos 2020) so that results can be
 * checked against published reference runs.
 */
package org.momentum.forecast;
