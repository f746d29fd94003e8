package org.momentum.classification;

import java.time.YearMonth;

/**
 * A statistical month as one int: year * 12 + (month - 1). Ints keep panels columnar and make
 * "t - 12" (same month last year) plain arithmetic. The text form is {@code YYYY-MM}.
 */
public final class Period {
    /** Marks "no upper bound" for a scope that is still open. */
    public static final int OPEN = Integer.MAX_VALUE;
    /** Marks a period that is absent. */
    public static final int NONE = Integer.MIN_VALUE;

    private Period() {}

    public static int of(int year, int month) {
        if (month < 1 || month > 12) throw new IllegalArgumentException("month " + month + " is not 1..12");
        return year * 12 + (month - 1);
    }

    public static int of(YearMonth ym) { return of(ym.getYear(), ym.getMonthValue()); }

    public static int year(int period) { return Math.floorDiv(period, 12); }

    /** 1..12 */
    public static int month(int period) { return Math.floorMod(period, 12) + 1; }

    /** January of the period's year. */
    public static int january(int period) { return period - (month(period) - 1); }

    /**
     * Parses {@code YYYY-MM} strictly (four-digit year 1900..2999, two-digit month 01..12).
     * Returns {@link #NONE} when the text is not such a period, so callers can name the reason.
     */
    public static int parseOrNone(CharSequence s) {
        if (s == null || s.length() != 7 || s.charAt(4) != '-') return NONE;
        int y = 0;
        for (int i = 0; i < 4; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return NONE;
            y = y * 10 + (c - '0');
        }
        char m1 = s.charAt(5), m2 = s.charAt(6);
        if (m1 < '0' || m1 > '9' || m2 < '0' || m2 > '9') return NONE;
        int m = (m1 - '0') * 10 + (m2 - '0');
        if (m < 1 || m > 12 || y < 1900 || y > 2999) return NONE;
        return of(y, m);
    }

    public static int parse(CharSequence s) {
        int p = parseOrNone(s);
        if (p == NONE) throw new IllegalArgumentException("'" + s + "' is not a period YYYY-MM");
        return p;
    }

    public static String format(int period) {
        int y = year(period), m = month(period);
        return y + (m < 10 ? "-0" : "-") + m;
    }

    public static YearMonth toYearMonth(int period) { return YearMonth.of(year(period), month(period)); }
}
