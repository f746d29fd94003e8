package org.momentum.dissemination;

import org.momentum.classification.Period;

/**
 * Observation frequencies with FRED's codes. A period of any frequency is represented by its first month (a
 * {@link Period} int), as FRED dates a quarter 2018-01-01.
 */
public enum Frequency {
    MONTHLY("m", "Monthly", 1),
    QUARTERLY("q", "Quarterly", 3),
    SEMIANNUAL("sa", "Semiannual", 6),
    ANNUAL("a", "Annual", 12);

    private final String code;
    private final String label;
    private final int months;

    Frequency(String code, String label, int months) {
        this.code = code;
        this.label = label;
        this.months = months;
    }

    public String code() { return code; }

    public String label() { return label; }

    /** Months in one period. */
    public int months() { return months; }

    /** FRED's n_obs_per_yr. */
    public int observationsPerYear() { return 12 / months; }

    /** The first month of the period of this frequency that holds the month. */
    public int periodOf(int month) {
        return Period.january(month) + (Period.month(month) - 1) / months * months;
    }

    /** The period {@code k} periods before (k may be negative). */
    public int lag(int period, int k) { return period - k * months; }

    /** Label of a period: 2018-03, 2018-Q1, 2018-H1, 2018. */
    public String label(int period) {
        int y = Period.year(period), m = Period.month(period);
        return switch (this) {
            case MONTHLY -> Period.format(period);
            case QUARTERLY -> y + "-Q" + ((m - 1) / 3 + 1);
            case SEMIANNUAL -> y + "-H" + ((m - 1) / 6 + 1);
            case ANNUAL -> Integer.toString(y);
        };
    }

    /** FRED's date of a period: its first day, ISO. */
    public static String date(int period) { return Period.format(period) + "-01"; }

    public static Frequency ofCode(String code) {
        for (Frequency f : values()) if (f.code.equals(code)) return f;
        throw new IllegalArgumentException("frequency '" + code + "' is not one of m, q, sa, a");
    }
}
