package org.momentum.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.momentum.classification.Period;

/**
 * Monthly working-day seasonality with a Spring Festival dip: production stops partly for a 15-day window around
 * the festival, which falls in January or February, so January+February together lose the same days every year
 * and only the split between the two months moves (which is why NBS publishes them combined).
 */
final class Seasonality {
    /** Spring Festival (春节) dates; 2015–2018 as in the brief, neighbours so that t−12 has a season too. */
    private static final LocalDate[] SPRING_FESTIVAL = {
            LocalDate.of(2013, 2, 10), LocalDate.of(2014, 1, 31), LocalDate.of(2015, 2, 19), LocalDate.of(2016, 2, 8),
            LocalDate.of(2017, 1, 28), LocalDate.of(2018, 2, 16), LocalDate.of(2019, 2, 5), LocalDate.of(2020, 1, 25)};
    /** Days before and after the festival with production stopped partly. */
    private static final int HALF_WINDOW = 7;
    /** Working-pattern weights per month (quarter ends push output; July/August heat). */
    private static final double[] BASE = {1.00, 1.00, 1.01, 0.99, 1.00, 1.04, 0.98, 0.99, 1.03, 0.98, 1.02, 1.07};
    /** Calendar days, February always 28 so that a leap day does not look like growth. */
    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Seasonality() {}

    static LocalDate springFestival(int year) {
        for (LocalDate d : SPRING_FESTIVAL) if (d.getYear() == year) return d;
        return LocalDate.of(year, 2, 5); // outside the table: a middling date
    }

    /** Festival days (within the window) that fall in the period's month. */
    static int festivalDays(int period) {
        int year = Period.year(period), month = Period.month(period);
        if (month > 2) return 0;
        LocalDate sf = springFestival(year);
        LocalDate first = sf.minusDays(HALF_WINDOW), last = sf.plusDays(HALF_WINDOW);
        LocalDate mStart = LocalDate.of(year, month, 1), mEnd = mStart.withDayOfMonth(month == 2 ? 28 : 31);
        LocalDate a = first.isAfter(mStart) ? first : mStart, b = last.isBefore(mEnd) ? last : mEnd;
        return a.isAfter(b) ? 0 : (int) ChronoUnit.DAYS.between(a, b) + 1;
    }

    /** Relative output of the month; depth is the share of production that stops in the festival window. */
    static double factor(int period, double depth) {
        int m = Period.month(period) - 1;
        return BASE[m] * (DAYS[m] - depth * festivalDays(period)) / 30.0;
    }

    /** Average monthly factor of a year (to turn annual totals into months). */
    static double yearSum(int year, double depth) {
        double s = 0;
        for (int m = 1; m <= 12; m++) s += factor(Period.of(year, m), depth);
        return s;
    }
}
