package org.momentum.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each primary rule at its boundary (τ-ARGUS definitions), and the defaults of formats.md. */
class PrimaryRulesTest {
    static Cell c(double value, int contributors, double l1, double l2) {
        return new Cell("output_value", "3612", "110000", 24216, value, contributors, l1, l2);
    }

    @Test
    void minimumFrequencyIsSafeAtExactlyThreeContributors() {
        MinimumFrequencyRule r = new MinimumFrequencyRule(3);
        assertFalse(r.sensitive(c(300, 3, 100, 100)));
        assertTrue(r.sensitive(c(200, 2, 100, 100)));
        assertTrue(r.sensitive(c(100, 1, 100, 0)));
        assertFalse(r.sensitive(c(0, 0, 0, 0)), "an empty cell discloses nobody");
        assertEquals("FREQ(3)", r.label());
    }

    @Test
    void dominanceIsSafeAtExactlyEightyFivePercent() {
        DominanceRule r = new DominanceRule(2, 85);
        assertFalse(r.sensitive(c(200, 5, 100, 70)), "170 of 200 is exactly 85%");
        assertTrue(r.sensitive(c(200, 5, 100, 70.01)));
        assertFalse(r.sensitive(c(200, 5, 60, 50)));
        assertEquals("NK(2,85)", r.label());
        DominanceRule one = new DominanceRule(1, 85);
        assertFalse(one.sensitive(c(200, 5, 170, 10)));
        assertTrue(one.sensitive(c(200, 5, 170.5, 10)));
        assertThrows(IllegalArgumentException.class, () -> new DominanceRule(3, 85));
    }

    @Test
    void pPercentIsSafeWhenTheRestIsExactlyTenPercentOfTheLargest() {
        PPercentRule r = new PPercentRule(10);
        // X − x1 − x2 = 100 − 50 − 45 = 5 = 10% of 50: the runner-up learns x1 only to within ±10%, which is allowed
        assertFalse(r.sensitive(c(100, 4, 50, 45)));
        assertTrue(r.sensitive(c(100, 4, 50, 45.01)));
        assertTrue(r.sensitive(c(100, 2, 60, 40)), "two contributors: each knows the other exactly");
        assertEquals("P(10)", r.label());
    }

    @Test
    void defaultsAreFormatsMdAndTheFirstFiringRuleIsNamed() {
        DisclosureRules d = DisclosureRules.defaults();
        assertEquals(10, d.protectionPercent());
        assertEquals("FREQ(3)", d.firstSensitive(c(200, 2, 100, 100)).label());
        assertEquals("P(10)", d.firstSensitive(c(100, 4, 50, 45.01)).label());
        // NK(2,85) fires but P(10) too: the p% rule comes first in formats.md's list
        assertEquals("P(10)", d.firstSensitive(c(200, 5, 100, 91)).label());
        assertEquals("NK(2,85)", d.firstSensitive(c(200, 5, 100, 71)).label(), "dominant but the rest hides the largest by more than 10%");
        assertNull(d.firstSensitive(c(1000, 10, 200, 150)));
    }

    @Test
    void aCellMustBeConsistent() {
        assertThrows(IllegalArgumentException.class, () -> c(100, 3, 80, 40), "top two above the value");
        assertThrows(IllegalArgumentException.class, () -> c(100, 3, 40, 50), "largest2 above largest1");
        assertThrows(IllegalArgumentException.class, () -> c(100, 1, 80, 20), "one contributor, two contributions");
        assertThrows(IllegalArgumentException.class, () -> c(-1, 3, 0, 0));
    }
}
