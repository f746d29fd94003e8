package org.momentum.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class VolumeSeriesTest {
    @Test
    void chainsYearOnYearRealGrowthFromTheFirstYearsPrices() {
        double[] nominal = new double[26], real = new double[26];
        java.util.Arrays.fill(real, Double.NaN);
        for (int t = 0; t < 26; t++) nominal[t] = 100 + t;
        for (int t = 12; t < 26; t++) real[t] = 5;  // 5% real growth every month from the second year on
        real[14] = Double.NaN;                      // not published for month 15: its own prices, and month 27 chains from it
        double[] v = VolumeSeries.chainLinked(nominal, real);
        assertArrayEquals(new double[] {100, 101, 102}, java.util.Arrays.copyOf(v, 3), 0);
        assertArrayEquals(new double[] {105, 106.05, 114, 108.15}, java.util.Arrays.copyOfRange(v, 12, 16), 1e-12);
        assertArrayEquals(new double[] {105 * 1.05, 106.05 * 1.05}, java.util.Arrays.copyOfRange(v, 24, 26), 1e-12);
    }
}
