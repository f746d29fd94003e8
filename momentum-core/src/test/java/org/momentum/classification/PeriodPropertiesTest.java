package org.momentum.classification;

import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class PeriodPropertiesTest {

    @Property
    boolean formatAndParseRoundTrip(@ForAll @IntRange(min = 1900, max = 2999) int year, @ForAll @IntRange(min = 1, max = 12) int month) {
        int p = Period.of(year, month);
        return Period.parseOrNone(Period.format(p)) == p
                && Period.format(p).equals(String.format("%04d-%02d", year, month));
    }

    @Property
    boolean agreesWithYearMonth(@ForAll @IntRange(min = 1900, max = 2999) int year, @ForAll @IntRange(min = 1, max = 12) int month,
                                @ForAll @IntRange(min = -1200, max = 1200) int plusMonths) {
        YearMonth ym = YearMonth.of(year, month);
        int p = Period.of(ym) + plusMonths;
        YearMonth expected = ym.plusMonths(plusMonths);
        return Period.year(p) == expected.getYear() && Period.month(p) == expected.getMonthValue()
                && Period.toYearMonth(p).equals(expected);
    }

    @Property
    boolean januaryIsTheSameYearAndMonthOne(@ForAll @IntRange(min = 1900 * 12, max = 2999 * 12 + 11) int p) {
        int j = Period.january(p);
        return Period.year(j) == Period.year(p) && Period.month(j) == 1 && j <= p && p - j < 12;
    }

    @Property
    boolean parseOrNoneNeverThrowsAndAcceptsOnlyWhatItFormats(@ForAll @StringLength(max = 9) String s) {
        int p = Period.parseOrNone(s);
        return p == Period.NONE || Period.format(p).equals(s);
    }
}
