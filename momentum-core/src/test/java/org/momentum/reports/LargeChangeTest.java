package org.momentum.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LargeChangeTest {
    @Test
    void fiftyPercentEitherWayIsTheBoundary() {
        assertFalse(LargeChange.isLarge(150, 100), "+50 % exactly is not more than 50 %");
        assertTrue(LargeChange.isLarge(150.01, 100));
        assertFalse(LargeChange.isLarge(50, 100), "−50 % exactly");
        assertTrue(LargeChange.isLarge(49.9, 100));
        assertEquals(-0.25, LargeChange.relative(75, 100), 1e-15);
    }

    @Test
    void nothingToCompareNeedsNoExplanationAndAStartFromZeroDoes() {
        assertFalse(LargeChange.needsExplanation(1000, Double.NaN, Double.NaN));
        assertTrue(LargeChange.needsExplanation(1, 0, Double.NaN), "from nothing to something");
        assertFalse(LargeChange.needsExplanation(0, 0, Double.NaN));
        assertTrue(LargeChange.needsExplanation(100, 95, 40), "the same month last year alone is enough");
        assertFalse(LargeChange.needsExplanation(100, 95, 80));
    }
}
