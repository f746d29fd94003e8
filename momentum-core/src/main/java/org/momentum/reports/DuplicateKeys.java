package org.momentum.reports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the same (enterprise, period, indicator) twice in one file ({@code formats.md}: an error unless the two
 * rows are identical). Keys are packed into longs in an open-addressing table so that a national file of
 * millions of rows needs tens of megabytes, not a map of objects.
 */
public final class DuplicateKeys {
    /** What a row's key was seen with before. */
    public enum Seen { NEW, IDENTICAL, CONFLICT }

    private final Map<String, Integer> enterprises = new HashMap<>();
    private final Map<String, Integer> indicators = new HashMap<>();
    private long[] keys = new long[1 << 16];
    private long[] lines = new long[1 << 16];
    private double[] values = new double[1 << 16];
    private double[] prevs = new double[1 << 16];
    private int size;
    private long firstLine;

    public DuplicateKeys() { Arrays.fill(keys, -1L); }

    /** Records the row; on IDENTICAL or CONFLICT, {@link #firstLine()} is the line that held the key first. */
    public Seen see(Report r, long line) {
        long key = pack(r);
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != -1L) {
            if (keys[i] == key) {
                firstLine = lines[i];
                boolean same = Double.compare(values[i], r.value()) == 0 && Double.compare(prevs[i], r.prevYearValue()) == 0;
                return same ? Seen.IDENTICAL : Seen.CONFLICT;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        lines[i] = line;
        values[i] = r.value();
        prevs[i] = r.prevYearValue();
        if (++size * 2 > keys.length) grow();
        return Seen.NEW;
    }

    public long firstLine() { return firstLine; }

    private long pack(Report r) {
        Integer e = enterprises.get(r.enterpriseId());
        if (e == null) { e = enterprises.size(); enterprises.put(r.enterpriseId(), e); }
        Integer ind = indicators.get(r.indicator());
        if (ind == null) { ind = indicators.size(); indicators.put(r.indicator(), ind); }
        // 31 bits enterprise, 18 bits period (months since year 0 fit below 2^18 up to year 21845), 14 bits indicator
        return ((long) e << 32) | ((long) (r.period() & 0x3FFFF) << 14) | (ind & 0x3FFF);
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    private void grow() {
        long[] ok = keys, ol = lines;
        double[] ov = values, op = prevs;
        int n = ok.length * 2;
        keys = new long[n];
        Arrays.fill(keys, -1L);
        lines = new long[n];
        values = new double[n];
        prevs = new double[n];
        int mask = n - 1;
        for (int j = 0; j < ok.length; j++) {
            if (ok[j] == -1L) continue;
            int i = (int) (mix(ok[j]) & mask);
            while (keys[i] != -1L) i = (i + 1) & mask;
            keys[i] = ok[j];
            lines[i] = ol[j];
            values[i] = ov[j];
            prevs[i] = op[j];
        }
    }
}
