package org.momentum.dissemination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SeriesKeyTest {
    @Test
    void idsReadFromTheRight() {
        SeriesKey k = SeriesKey.parse("product.nev.3612.ALL.ytd_value", SeriesKey.INDICATOR_VARIABLES);
        assertEquals(new SeriesKey("product.nev", "3612", "ALL", "ytd_value"), k);
        assertEquals("product.nev.3612.ALL.ytd_value", k.id());
        SeriesKey level = SeriesKey.parse("output_value.36.440000", SeriesKey.INDICATOR_VARIABLES);
        assertEquals(SeriesKey.level("output_value", "36", "440000"), level);
        assertEquals("output_value.36.440000", level.id());
        assertEquals(new SeriesKey("capacity.crude_steel", "C", "ALL", "value"), SeriesKey.parse("capacity.crude_steel.C.ALL", SeriesKey.INDICATOR_VARIABLES));
        assertThrows(IllegalArgumentException.class, () -> SeriesKey.parse("output_value.ALL", SeriesKey.INDICATOR_VARIABLES));
        assertThrows(IllegalArgumentException.class, () -> SeriesKey.parse("output_value..ALL", SeriesKey.INDICATOR_VARIABLES));
        assertThrows(IllegalArgumentException.class, () -> SeriesKey.parse("", SeriesKey.INDICATOR_VARIABLES));
    }
}
