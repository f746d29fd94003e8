package org.momentum.reports;

/**
 * A reported indicator. {@code stock} indicators (persons at month end, capacity at month end) are not summed
 * over months, so they have no year-to-date figures.
 */
public record IndicatorDefinition(String code, String unitEn, String unitZh, String nameEn, String nameZh, boolean stock) {}
