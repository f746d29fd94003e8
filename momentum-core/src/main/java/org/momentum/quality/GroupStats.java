package org.momentum.quality;

import java.util.Arrays;

/**
 * Median, MAD and count of a value within groups of enterprises (a group key per enterprise; negative keys and NaN
 * values take no part), broadcast back to the enterprises. One sort of packed (key, enterprise) pairs, so a national
 * month of 400,000 enterprises costs a fraction of a second.
 */
final class GroupStats {
    final double[] median, mad;
    final int[] count;

    private GroupStats(int n) {
        median = new double[n];
        mad = new double[n];
        count = new int[n];
        Arrays.fill(median, Double.NaN);
        Arrays.fill(mad, Double.NaN);
    }

    static GroupStats of(long[] key, double[] value) {
        int n = key.length;
        if (n >= 1 << 23) throw new IllegalArgumentException("too many enterprises for one month: " + n);
        GroupStats g = new GroupStats(n);
        long[] packed = new long[n];
        int m = 0;
        for (int e = 0; e < n; e++) if (key[e] >= 0 && !Double.isNaN(value[e])) packed[m++] = (key[e] << 23) | e;
        packed = Arrays.copyOf(packed, m);
        Arrays.sort(packed);
        double[] buf = new double[Math.max(1, m)];
        int i = 0;
        while (i < m) {
            long k = packed[i] >>> 23;
            int j = i;
            while (j < m && (packed[j] >>> 23) == k) {
                buf[j - i] = value[(int) (packed[j] & ((1 << 23) - 1))];
                j++;
            }
            int c = j - i;
            double med = RobustStats.median(buf, c), mad = RobustStats.mad(buf, c);
            for (int q = i; q < j; q++) {
                int e = (int) (packed[q] & ((1 << 23) - 1));
                g.median[e] = med;
                g.mad[e] = mad;
                g.count[e] = c;
            }
            i = j;
        }
        return g;
    }
}
