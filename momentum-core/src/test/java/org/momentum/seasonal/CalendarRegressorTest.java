package org.momentum.seasonal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;

class CalendarRegressorTest {
    private static final SpringFestivalRegressor.Window W = new SpringFestivalRegressor.Window("sf", -20, 7); // 28 days

    @Test void earlyFestivalFallsWhollyInJanuary() {
        // 2004-01-22: window 2004-01-02 .. 2004-01-29, all 28 days in January
        LocalDate ny = LocalDate.of(2004, 1, 22);
        assertEquals(1.0, SpringFestivalRegressor.share(ny, W, YearMonth.of(2004, 1)), 1e-12);
        assertEquals(0.0, SpringFestivalRegressor.share(ny, W, YearMonth.of(2004, 2)), 1e-12);
        // 2012-01-23: 2012-01-03 .. 2012-01-30, likewise
        assertEquals(1.0, SpringFestivalRegressor.share(LocalDate.of(2012, 1, 23), W, YearMonth.of(2012, 1)), 1e-12);
    }

    @Test void midFestivalSplitsJanuaryAndFebruary() {
        // 2017-01-28: 2017-01-08 .. 2017-02-04 → 24 days in January, 4 in February
        LocalDate ny = LocalDate.of(2017, 1, 28);
        assertEquals(24.0 / 28, SpringFestivalRegressor.share(ny, W, YearMonth.of(2017, 1)), 1e-12);
        assertEquals(4.0 / 28, SpringFestivalRegressor.share(ny, W, YearMonth.of(2017, 2)), 1e-12);
    }

    @Test void lateFestivalIsMostlyFebruary() {
        // 2015-02-19: 2015-01-30 .. 2015-02-26 → 2 days in January, 26 in February, none in March
        LocalDate ny = LocalDate.of(2015, 2, 19);
        assertEquals(2.0 / 28, SpringFestivalRegressor.share(ny, W, YearMonth.of(2015, 1)), 1e-12);
        assertEquals(26.0 / 28, SpringFestivalRegressor.share(ny, W, YearMonth.of(2015, 2)), 1e-12);
        assertEquals(0.0, SpringFestivalRegressor.share(ny, W, YearMonth.of(2015, 3)), 1e-12);
    }

    @Test void regressorIsRawShareMinusTheCalendarMonthMean() {
        List<LocalDate> dates = CalendarFiles.springFestivals();
        assertEquals(61, dates.size());
        Regressor r = SpringFestivalRegressor.of(dates, W);
        assertEquals(Period.of(1990, 1), r.startPeriod());
        assertEquals(Period.of(2050, 12), r.endPeriod());
        double meanJan = 0, meanFeb = 0;
        for (LocalDate d : dates) {
            meanJan += SpringFestivalRegressor.share(d, W, YearMonth.of(d.getYear(), 1)) / dates.size();
            meanFeb += SpringFestivalRegressor.share(d, W, YearMonth.of(d.getYear(), 2)) / dates.size();
        }
        assertEquals(24.0 / 28 - meanJan, r.at(Period.of(2017, 1)), 1e-12);
        assertEquals(4.0 / 28 - meanFeb, r.at(Period.of(2017, 2)), 1e-12);
        assertEquals(26.0 / 28 - meanFeb, r.at(Period.of(2015, 2)), 1e-12);
        assertEquals(1.0 - meanJan, r.at(Period.of(2004, 1)), 1e-12);
        assertEquals(0.0, r.at(Period.of(2015, 7)), 1e-12);          // summer: never in the window
        for (int m = 1; m <= 12; m++) {                              // centred: each calendar month sums to 0
            double s = 0;
            for (int y = 1990; y <= 2050; y++) s += r.at(Period.of(y, m));
            assertEquals(0.0, s, 1e-9);
        }
        // January + February + March shares of one year add up to 1 before centring
        double sum = 0;
        for (int m = 1; m <= 3; m++) sum += SpringFestivalRegressor.share(LocalDate.of(2015, 2, 19), W, YearMonth.of(2015, m));
        assertEquals(1.0, sum, 1e-12);
    }

    @Test void threeWindowsAreDisjointAndNamed() {
        var ws = SpringFestivalRegressor.threeWindows();
        assertEquals(List.of("sfbefore", "sfaround", "sfafter"), ws.stream().map(SpringFestivalRegressor.Window::name).toList());
        assertEquals(3, SpringFestivalRegressor.of(CalendarFiles.springFestivals(), ws).size());
        assertThrows(IllegalArgumentException.class, () -> SpringFestivalRegressor.of(List.of(LocalDate.of(2015, 2, 19), LocalDate.of(2017, 1, 28)), W));
    }

    @Test void workingDaysInOctober2019WithNationalDay() {
        Map<LocalDate, Boolean> cal = CalendarFiles.officialDays();
        // 23 weekdays; 1–7 Oct off (5 of them weekdays: Tue 1 – Fri 4, Mon 7); Sat 12 Oct an adjusted working day → 19
        assertEquals(19, WorkingDayRegressor.workingDays(YearMonth.of(2019, 10), cal));
        // September 2019: 21 weekdays, Fri 13 off (Mid-Autumn), Sun 29 worked → 21
        assertEquals(21, WorkingDayRegressor.workingDays(YearMonth.of(2019, 9), cal));
        // a month without holidays follows Mon–Fri: 2019-08 has 22 weekdays
        assertEquals(22, WorkingDayRegressor.workingDays(YearMonth.of(2019, 8), cal));
        Regressor wd = WorkingDayRegressor.of(cal, 2007, 2026);
        double meanOct = 0;
        for (int y = 2007; y <= 2026; y++) meanOct += WorkingDayRegressor.workingDays(YearMonth.of(y, 10), cal) / 20.0;
        assertEquals(19 - meanOct, wd.at(Period.of(2019, 10)), 1e-12);
    }
}
