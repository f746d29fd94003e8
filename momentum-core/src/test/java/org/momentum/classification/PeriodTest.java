package org.momentum.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void encodesYearTimesTwelvePlusMonthMinusOne() {
        assertEquals(2024 * 12, Period.of(2024, 1));
        assertEquals(2024 * 12 + 11, Period.of(2024, 12));
        assertEquals(Period.of(2024, 12) + 1, Period.of(2025, 1));
        assertEquals(Period.of(2023, 3), Period.of(2024, 3) - 12, "t - 12 is the same month last year");
    }

    @Test
    void ofYearMonthAgreesWithOfYearAndMonth() {
        assertEquals(Period.of(2019, 7), Period.of(YearMonth.of(2019, 7)));
        assertEquals(YearMonth.of(2019, 7), Period.toYearMonth(Period.of(2019, 7)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -1, 100})
    void ofRefusesMonthsOutsideOneToTwelve(int month) {
        assertThrows(IllegalArgumentException.class, () -> Period.of(2020, month));
    }

    @Test
    void yearAndMonthInvertOf() {
        int p = Period.of(2018, 1);
        assertEquals(2018, Period.year(p));
        assertEquals(1, Period.month(p));
        p = Period.of(2018, 12);
        assertEquals(2018, Period.year(p));
        assertEquals(12, Period.month(p));
    }

    @Test
    void januaryIsTheFirstMonthOfTheSameYear() {
        assertEquals(Period.of(2021, 1), Period.january(Period.of(2021, 1)));
        assertEquals(Period.of(2021, 1), Period.january(Period.of(2021, 7)));
        assertEquals(Period.of(2021, 1), Period.january(Period.of(2021, 12)));
    }

    @Test
    void formatPadsTheMonth() {
        assertEquals("2018-01", Period.format(Period.of(2018, 1)));
        assertEquals("2018-09", Period.format(Period.of(2018, 9)));
        assertEquals("2018-10", Period.format(Period.of(2018, 10)));
        assertEquals("2018-12", Period.format(Period.of(2018, 12)));
        assertEquals("1900-01", Period.format(Period.of(1900, 1)));
        assertEquals("2999-12", Period.format(Period.of(2999, 12)));
    }

    @Test
    void parsesWellFormedPeriods() {
        assertEquals(Period.of(2018, 1), Period.parseOrNone("2018-01"));
        assertEquals(Period.of(2024, 12), Period.parseOrNone("2024-12"));
        assertEquals(Period.of(1900, 1), Period.parseOrNone("1900-01"));
        assertEquals(Period.of(2999, 12), Period.parseOrNone("2999-12"));
        assertEquals(Period.of(2020, 2), Period.parseOrNone(new StringBuilder("2020-02")), "any CharSequence");
        assertEquals(Period.of(2020, 2), Period.parse("2020-02"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "2018", "2018-", "2018-1", "18-01", "2018-001", "2018-13", "2018-00", "2018/01", "201801",
            "2018-1 ", " 2018-01", "2018-01 ", "2018_01", "20a8-01", "2018-0a", "2018-+1", "+018-01", "-018-01",
            "1899-12", "3000-01", "0000-01", "2018-01-01", "２０１８-０１", "2018–01", "2018-1a", "abcd-ef"})
    void refusesAnythingButStrictYyyyMm(String s) {
        assertEquals(Period.NONE, Period.parseOrNone(s), s);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(s));
        assertTrue(e.getMessage().contains("'" + s + "'"), e.getMessage());
    }

    @Test
    void refusesNull() {
        assertEquals(Period.NONE, Period.parseOrNone(null));
    }

    @Test
    void markersAreOutsideEveryParsablePeriod() {
        assertTrue(Period.OPEN > Period.parse("2999-12"));
        assertTrue(Period.NONE < Period.parse("1900-01"));
    }
}
