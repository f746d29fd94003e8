package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NaiveMethodsTest {
    private static final double Z80 = 1.2815515655446004, Z95 = 1.959963984540054;

    @Test
    void naiveByHand() {
        // differences 2, −1, 2: σ² = (4 + 1 + 4)/3 = 3 (uncentred, as forecast 8.20), se_h = sqrt(3h)
        Forecast f = new Naive().forecast(new double[] {1, 3, 2, 4}, 1, 3);
        assertArrayEquals(new double[] {4, 4, 4}, f.mean());
        for (int h = 1; h <= 3; h++) {
            assertEquals(4 - Z80 * Math.sqrt(3 * h), f.lo80(h - 1), 1e-12);
            assertEquals(4 + Z95 * Math.sqrt(3 * h), f.hi95(h - 1), 1e-12);
        }
        assertEquals(4 - 1.959963984540054 * 1.7320508075688772, f.lo95(0), 1e-12);  // 0.605243…
        assertEquals(0.605243, f.lo95(0), 1e-6);
    }

    @Test
    void seasonalNaiveByHand() {
        // m = 2, lag-2 differences 1, 3, 2, 1: σ² = 15/4; se_h = sqrt(3.75·⌈h/2⌉)
        Forecast f = new SeasonalNaive().forecast(new double[] {1, 2, 2, 5, 4, 6}, 2, 5);
        assertArrayEquals(new double[] {4, 6, 4, 6, 4}, f.mean());
        int[] k = {1, 1, 2, 2, 3};
        for (int i = 0; i < 5; i++) {
            double se = Math.sqrt(3.75 * k[i]);
            assertEquals(f.mean(i) - Z80 * se, f.lo80(i), 1e-12);
            assertEquals(f.mean(i) + Z80 * se, f.hi80(i), 1e-12);
            assertEquals(f.mean(i) - Z95 * se, f.lo95(i), 1e-12);
            assertEquals(f.mean(i) + Z95 * se, f.hi95(i), 1e-12);
        }
    }

    @Test
    void seasonalNaiveFallsBackToNaiveWithoutASeason() {
        assertArrayEquals(new double[] {3, 3}, new SeasonalNaive().forecast(new double[] {1, 2, 3}, 12, 2).mean());
    }

    @Test
    void naive2ReseasonalisesTheAdjustedLastValue() {
        // 1,2,3,4 ×3 is seasonal (see SeasonalityTestTest); adjusted series is flat 2.5, so forecasts are 2.5·S
        double[] y = {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4};
        Forecast f = new Naive2().forecast(y, 4, 6);
        assertArrayEquals(new double[] {1, 2, 3, 4, 1, 2}, f.mean(), 1e-13);
        // the adjusted series never moves: σ = 0, intervals collapse onto the mean
        assertArrayEquals(f.mean(), f.lo95(), 1e-13);
        assertTrue(f.hasIntervals());
        // non-seasonal data: Naive2 is naive
        double[] trend = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        assertArrayEquals(new Naive().forecast(trend, 4, 3).mean(), new Naive2().forecast(trend, 4, 3).mean());
    }

    @Test
    void combinationAveragesPointForecastsAndRegistryNamesMethods() {
        double[] y = {1, 2, 2, 5, 4, 6};
        Forecast c = new Combination("comb", java.util.List.of(new Naive(), new SeasonalNaive())).forecast(y, 2, 2);
        assertArrayEquals(new double[] {5, 6}, c.mean(), 1e-15);  // (6 + 4)/2, (6 + 6)/2
        Forecast n = new Naive().forecast(y, 2, 2), s = new SeasonalNaive().forecast(y, 2, 2);
        for (int i = 0; i < 2; i++) {  // bounds: means of the members' bounds
            assertEquals((n.lo80(i) + s.lo80(i)) / 2, c.lo80(i), 1e-12);
            assertEquals((n.hi95(i) + s.hi95(i)) / 2, c.hi95(i), 1e-12);
        }
        assertFalse(new Combination("c", java.util.List.of(new Naive(), new Forecaster() {
            @Override public String name() { return "p"; }
            @Override public Forecast forecast(double[] x, int m, int h) { return Forecast.pointOnly("p", new double[h]); }
        }))
                .forecast(y, 2, 2).hasIntervals());
        assertEquals("theta", Forecasters.byName("Theta").name());
        assertEquals(java.util.List.of("naive2", "snaive"), Forecasters.list("naive2, snaive").stream().map(Forecaster::name).toList());
        assertEquals(java.util.List.of("arima", "comb", "auto"), Forecasters.list("ARIMA,comb, auto").stream().map(Forecaster::name).toList());
        assertEquals("ets", Forecasters.byName("ETS").name());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Forecasters.byName("prophet"));
    }

    @Test
    void forecastRecordIsImmutableAndPointOnlyHasNoIntervals() {
        double[] m = {1, 2};
        Forecast f = Forecast.pointOnly("x", m);
        m[0] = 99;
        assertEquals(1, f.mean(0));
        f.mean()[1] = 99;
        assertEquals(2, f.mean(1));
        assertFalse(f.hasIntervals());
        assertTrue(Double.isNaN(f.hi80(1)));
    }
}
