package org.momentum.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.dissemination.SeriesKey;

/** Keys and periods as the SDMX 2.1 REST specification writes them (sdmx-rest v1, "data" queries). */
class SdmxQueryTest {
    static SdmxQuery query(String key) {
        return new SdmxQuery(SdmxQuery.parseKey(key), Period.of(1, 1), Period.of(9999, 12), 0, 0, null);
    }

    @Test
    void keysWithWildcardsAndOr() {
        SdmxQuery q = query("M.product-nev+output_value..110000+ALL.value");
        assertTrue(q.matches(SeriesKey.level("product.nev", "3612", "110000")), "product.nev is product-nev in SDMX");
        assertTrue(q.matches(SeriesKey.level("output_value", "ALL", "ALL")));
        assertFalse(q.matches(SeriesKey.level("output_value", "ALL", "310000")));
        assertFalse(q.matches(new SeriesKey("output_value", "ALL", "ALL", "yoy_pct")));
        assertTrue(query("all").matches(new SeriesKey("capacity.cement", "3011", "650000", "enterprises")));
        assertTrue(query("....").matches(SeriesKey.level("revenue", "C", "ALL")));
        assertEquals(List.of(Set.of(), Set.of("a", "b"), Set.of(), Set.of(), Set.of()), SdmxQuery.parseKey(".a+b..."));
    }

    @Test
    void malformedKeysAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SdmxQuery.parseKey("M.output_value")).getMessage().contains("5 dimensions"));
        assertThrows(IllegalArgumentException.class, () -> SdmxQuery.parseKey("M.output_value+.ALL.ALL.value"));
    }

    @Test
    void reportingPeriods() {
        assertEquals(Period.of(2017, 1), SdmxQuery.month("2017", true));
        assertEquals(Period.of(2017, 12), SdmxQuery.month("2017", false));
        assertEquals(Period.of(2017, 4), SdmxQuery.month("2017-Q2", true));
        assertEquals(Period.of(2017, 6), SdmxQuery.month("2017-Q2", false));
        assertEquals(Period.of(2017, 12), SdmxQuery.month("2017-S2", false));
        assertEquals(Period.of(2017, 3), SdmxQuery.month("2017-03", false));
        assertEquals(Period.of(2017, 3), SdmxQuery.month("2017-03-15", true));
        for (String bad : List.of("2017-Q5", "2017-13", "17-01", "2017-02-30", "March"))
            assertThrows(IllegalArgumentException.class, () -> SdmxQuery.month(bad, true), bad);
    }
}
