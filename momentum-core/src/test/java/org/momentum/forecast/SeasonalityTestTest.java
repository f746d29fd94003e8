package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeasonalityTestTest {
    /** 1,2,3,4 three times: mean 2.5, deviations ±1.5, ±0.5, c0 = 15. */
    private static final double[] STEPS = {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4};

    @Test
    void acfByHand() {
        // c1 = 3·1.25 − 2·2.25 = −0.75; c2 = 10·(−0.75); c3 = 2·(−1) − 2.25; c4 = 8 pairs of d² = 10
        double[] r = SeasonalityTest.acf(STEPS, 4);
        assertArrayEquals(new double[] {1, -0.75 / 15, -7.5 / 15, -4.25 / 15, 10.0 / 15}, r, 1e-15);
    }

    @Test
    void significantAtTheSeasonalLagByHand() {
        // limit 1.645·sqrt((1 + 2(0.05² + 0.5² + 0.28333²))/12) = 0.61285 < r4 = 0.66667
        assertTrue(SeasonalityTest.M4.isSeasonal(STEPS, 4));
        assertTrue(SeasonalityTest.THETAF.isSeasonal(STEPS, 4));
        // with a critical value of 1.75 the limit is 0.65197, still below 2/3; at 1.8 it is 0.67060, above
        assertTrue(new SeasonalityTest(1.75, 3, 0).isSeasonal(STEPS, 4));
        assertFalse(new SeasonalityTest(1.8, 3, 0).isSeasonal(STEPS, 4));
    }

    @Test
    void lengthAndDegenerateRules() {
        double[] nine = {1, 2, 3, 4, 1, 2, 3, 4, 1};
        assertFalse(SeasonalityTest.M4.isSeasonal(nine, 4), "M4 needs n ≥ 3m = 12");
        assertEquals(9, SeasonalityTest.THETAF.minLength(4), "thetaf needs n > 2m");
        assertFalse(SeasonalityTest.M4.isSeasonal(new double[24], 4), "constant series");
        assertFalse(SeasonalityTest.M4.isSeasonal(STEPS, 1), "frequency 1");
    }

    @Test
    void linearTrendIsNotSeasonal() {
        double[] y = new double[48];
        for (int i = 0; i < y.length; i++) y[i] = 100 + i;
        assertFalse(SeasonalityTest.M4.isSeasonal(y, 12));
    }
}
