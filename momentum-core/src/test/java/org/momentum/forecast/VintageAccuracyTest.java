package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VintageAccuracyTest {
    @Test
    void scoresOnlyWhatHasAnOutturnByHand() {
        // vintage 1 forecast periods 10, 11, 12 = 100, 100, 100 (80%: ±5, 95%: ±10), scale 4, year 2020 growth 6.0
        // vintage 2 forecast periods 12, 13 = 90, 90 without intervals, scale 2, no outlook
        // outturns: 10 → 104 (inside 80%), 11 → 108 (outside 80%, inside 95%), 12 → 100; 13 not known yet
        VintageAccuracy.Vintage a = new VintageAccuracy.Vintage(new int[] {10, 11, 12}, new double[] {100, 100, 100},
                new double[] {95, 95, 95}, new double[] {105, 105, 105}, new double[] {90, 90, 90}, new double[] {110, 110, 110}, 4, 2020, 6.0);
        double nan = Double.NaN;
        VintageAccuracy.Vintage b = new VintageAccuracy.Vintage(new int[] {12, 13}, new double[] {90, 90},
                new double[] {nan, nan}, new double[] {nan, nan}, new double[] {nan, nan}, new double[] {nan, nan}, 2, 2021, nan);
        Map<Integer, Double> out = Map.of(10, 104.0, 11, 108.0, 12, 100.0);
        VintageAccuracy.Summary s = VintageAccuracy.score(List.of(a, b), p -> out.getOrDefault(p, nan), y -> y == 2020 ? 5.5 : nan);
        assertEquals(4, s.points());
        assertEquals(2, s.vintages());
        // sMAPE: 200·(4/204 + 8/208 + 0 + 10/190) / 4
        assertEquals(200 * (4 / 204.0 + 8 / 208.0 + 10 / 190.0) / 4, s.smape(), 1e-12);
        // scaled errors: 4/4, 8/4, 0/4, 10/2
        assertEquals((1 + 2 + 0 + 5) / 4.0, s.mase(), 1e-12);
        assertEquals(2 / 3.0, s.coverage80(), 1e-12);  // only vintage 1's three points have intervals
        assertEquals(1.0, s.coverage95(), 1e-12);
        assertEquals(1, s.outlooks());
        assertEquals(0.5, s.growthMaePp(), 1e-12);
    }

    @Test
    void nothingKnownYet() {
        VintageAccuracy.Vintage a = new VintageAccuracy.Vintage(new int[] {10}, new double[] {1}, new double[] {0}, new double[] {2},
                new double[] {0}, new double[] {3}, 1, 2020, 1);
        VintageAccuracy.Summary s = VintageAccuracy.score(List.of(a), p -> Double.NaN, y -> Double.NaN);
        assertEquals(0, s.points());
        assertTrue(Double.isNaN(s.smape()) && Double.isNaN(s.coverage80()) && Double.isNaN(s.growthMaePp()));
    }
}
