package org.momentum.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

    private static double parse(String s, String[] why) { return Decimals.parse(s, why); }

    @ParameterizedTest
    @CsvSource({
            "0, 0.0", "7, 7.0", "007, 7.0", "12.5, 12.5", "+12.5, 12.5", "-12.5, -12.5", ".5, 0.5", "5., 5.0",
            "1e3, 1000.0", "1E3, 1000.0", "1e+3, 1000.0", "1.5e-3, 0.0015", "-1e2, -100.0",
            "1e-400, 0.0", "1.7976931348623157e308, 1.7976931348623157e308", "123456789.123456789, 123456789.123456789"})
    void parsesPlainDecimals(String s, double expected) {
        String[] why = new String[1];
        assertEquals(expected, parse(s, why), s);
        assertNull(why[0], s);
    }

    @Test
    void negativeZeroIsParsedAsNegativeZero() {
        assertEquals(0, Double.compare(-0.0, parse("-0", new String[1])));
    }

    @Test
    void emptyIsRequired() {
        String[] why = new String[1];
        assertTrue(Double.isNaN(parse("", why)));
        assertEquals("empty, a number is required", why[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+Infinity", "0x10", "0x1p3", "1d", "2f", " 1", "1 ", "1.2.3", "1e",
            "1e+", "e3", ".e3", ".", "+", "-", "+-1", "1e3.5", "1ee3", "١٢", "１２", "1_0"})
    void refusesWhatIsNotAPlainDecimal(String s) {
        String[] why = new String[1];
        assertTrue(Double.isNaN(parse(s, why)), s);
        assertEquals("'" + s + "' is not a number", why[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234", "1,234.5", "1.234,5", ","})
    void namesThousandsSeparators(String s) {
        String[] why = new String[1];
        assertTrue(Double.isNaN(parse(s, why)));
        assertEquals("'" + s + "' is not a number (no thousands separators allowed)", why[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "-1e309", "1.8e308", "9e99999"})
    void refusesOverflow(String s) {
        String[] why = new String[1];
        assertTrue(Double.isNaN(parse(s, why)));
        assertEquals("'" + s + "' is too large", why[0]);
    }

    @Test
    void refusesOverlongText() {
        String s = "1".repeat(65);
        String[] why = new String[1];
        assertTrue(Double.isNaN(parse(s, why)));
        assertEquals("is 65 characters long, not a number", why[0]);
        assertEquals(Double.parseDouble("1".repeat(64)), parse("1".repeat(64), why), "64 characters are still read");
    }
}
