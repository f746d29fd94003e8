package org.momentum.reports;

/**
 * One value of one enterprise's monthly report. {@code prevYearValue} is NaN when the report does not
 * give the enterprise's own comparable figure for the same month a year earlier.
 */
public record Report(String enterpriseId, int period, String indicator, double value, double prevYearValue) {

    public boolean hasPrevYearValue() { return !Double.isNaN(prevYearValue); }

    /** Same key and same numbers (a duplicate row, not a conflict). */
    public boolean sameAs(Report o) {
        return enterpriseId.equals(o.enterpriseId) && period == o.period && indicator.equals(o.indicator)
                && Double.compare(value, o.value) == 0 && Double.compare(prevYearValue, o.prevYearValue) == 0;
    }
}
