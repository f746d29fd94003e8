package org.momentum.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast decimal path must give bit for bit what Double.parseDouble gives. */
class DecimalsFastPathTest {
    @Test
    void agreesWithParseDoubleOnRandomDecimals() {
        Random rnd = new Random(42);
        String[] why = new String[1];
        for (int k = 0; k < 300_000; k++) {
            long m = rnd.nextLong() >>> (1 + rnd.nextInt(63));
            int decimals = rnd.nextInt(8);
            String digits = Long.toString(m);
            String s = decimals == 0 || decimals >= digits.length() ? digits
                    : digits.substring(0, digits.length() - decimals) + "." + digits.substring(digits.length() - decimals);
            if (rnd.nextInt(10) == 0) s = "0." + "0".repeat(rnd.nextInt(5)) + digits;
            double expected = Double.parseDouble(s);
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(Decimals.parse(s, why)), s);
        }
    }

    @Test
    void fastPathDeclinesWhatItCannotDoExactly() {
        assertTrue(Double.isNaN(Decimals.fastPath("1234567890123456")), "16 significant digits");
        assertTrue(Double.isNaN(Decimals.fastPath("1e5")));
        assertEquals(0.1, Decimals.fastPath("0.1"));
        assertEquals(123.45, Decimals.fastPath("123.45"));
        assertEquals(1.0, Decimals.fastPath("1."));
    }
}
