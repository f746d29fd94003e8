package org.momentum.seasonal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.momentum.classification.Period;

/**
 * Working days per month under China's official calendar: Mon–Fri, minus the State Council's days off,
 * plus its adjusted working days (调休). Centred by calendar month like the Spring Festival regressor,
 * so it carries calendar variation only, not the ordinary seasonal pattern.
 */
public final class WorkingDayRegressor {
    private WorkingDayRegressor() {}

    /**
     * Working days in a month. {@code officialDays} maps a date to {@code true} = day off,
     * {@code false} = adjusted working day (china-holidays.csv's is_off_day); other dates follow Mon–Fri.
     */
    public static int workingDays(YearMonth ym, Map<LocalDate, Boolean> officialDays) {
        int n = 0;
        for (int d = 1; d <= ym.lengthOfMonth(); d++) {
            LocalDate day = ym.atDay(d);
            Boolean off = officialDays.get(day);
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (off == null ? weekday : !off) n++;
        }
        return n;
    }

    /**
     * The centred regressor "wd" for the years {@code firstYear..lastYear} that the official calendar covers
     * (2007–2026 for china-holidays.csv). Outside them the calendar is unknown (each year's adjusted working days
     * come with its notice), so there is no extrapolation: {@link SeasonalAdjuster} refuses a series beyond them.
     */
    public static Regressor of(Map<LocalDate, Boolean> officialDays, int firstYear, int lastYear) {
        if (lastYear < firstYear + 1) throw new IllegalArgumentException("need at least two calendar years");
        int years = lastYear - firstYear + 1;
        double[] wd = new double[years * 12];
        for (int i = 0; i < wd.length; i++) wd[i] = workingDays(YearMonth.of(firstYear + i / 12, i % 12 + 1), officialDays);
        return new Regressor("wd", Period.of(firstYear, 1), SpringFestivalRegressor.centreByMonth(wd));
    }
}
