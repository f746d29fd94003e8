package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassicalDecompositionTest {
    @Test
    void evenPeriodByHand() {
        // 2×4 moving average of 1,2,3,4,… is (0.5·1 + 2 + 3 + 4 + 0.5·1)/4 = 2.5 wherever defined (i = 2..9)
        double[] y = {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4};
        ClassicalDecomposition d = ClassicalDecomposition.multiplicative(y, 4);
        double[] trend = d.trend();
        assertTrue(Double.isNaN(trend[0]) && Double.isNaN(trend[1]) && Double.isNaN(trend[10]) && Double.isNaN(trend[11]));
        for (int i = 2; i < 10; i++) assertEquals(2.5, trend[i], 1e-15);
        assertArrayEquals(new double[] {0.4, 0.8, 1.2, 1.6}, d.figure(), 1e-15);
        for (double a : d.adjust(y)) assertEquals(2.5, a, 1e-14);
        assertArrayEquals(new double[] {0.4, 0.8, 1.2, 1.6, 0.4}, d.ahead(12, 5), 1e-15);
    }

    @Test
    void oddPeriodAndNormalisationByHand() {
        // 3-term MA of 1,2,3,… is 2 (i = 1..7); raw indices 0.5, 1, 1.5 scaled by 1.1 to check they are renormalised
        double[] y = {1.1, 2.2, 3.3, 1.1, 2.2, 3.3, 1.1, 2.2, 3.3};
        ClassicalDecomposition d = ClassicalDecomposition.multiplicative(y, 3);
        assertArrayEquals(new double[] {0.5, 1, 1.5}, d.figure(), 1e-15);
        // a series starting mid-cycle: indices follow positions from the first observation, as R's decompose
        double[] shifted = {3.3, 1.1, 2.2, 3.3, 1.1, 2.2, 3.3, 1.1, 2.2};
        assertArrayEquals(new double[] {1.5, 0.5, 1}, ClassicalDecomposition.multiplicative(shifted, 3).figure(), 1e-15);
    }

    @Test
    void needsTwoPeriods() {
        assertThrows(IllegalArgumentException.class, () -> ClassicalDecomposition.multiplicative(new double[7], 4));
    }
}
