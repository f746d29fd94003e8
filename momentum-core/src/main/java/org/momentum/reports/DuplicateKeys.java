package org.momentum.reports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the same (enterprise, period, indicator) twice in one file ({@code formats.md}: an error unless the two
 * rows are identical). Keys are packed into longs in an open-addressing table whose slots hold the key and the
 * row's number side by side (one cache line per probe); the first line and values of each key are kept in
 * arrays written in row order. A national file of millions of rows needs tens of megabytes, not a map of objects.
 */
public final class DuplicateKeys {
    /** What a row's key was seen with before. */
    public enum Seen { NEW, IDENTICAL, CONFLICT }

    private final Map<String, Integer> enterprises = new HashMap<>();
    private final Map<String, Integer> indicators = new HashMap<>();
    private long[] slots;          // [2i] = key + 1 (0 = empty), [2i + 1] = row number
    private long[] lines;
    private double[] values;
    private double[] prevs;
    private int size;
    private long firstLine;
    private String lastEnterprise;
    private int lastEnterpriseIndex;
    private String lastIndicator;
    private int lastIndicatorIndex;

    public DuplicateKeys() { this(1 << 15); }

    /** @param expectedRows a hint (e.g. from the file size) that saves rehashing */
    public DuplicateKeys(int expectedRows) {
        int cap = Integer.highestOneBit(Math.max(16, Math.min(expectedRows, 1 << 28)) * 2 - 1) * 2;
        slots = new long[cap * 2];
        int rows = Math.max(16, Math.min(expectedRows, 1 << 28));
        lines = new long[rows];
        values = new double[rows];
        prevs = new double[rows];
    }

    /** Records the row; on IDENTICAL or CONFLICT, {@link #firstLine()} is the line that held the key first. */
    public Seen see(Report r, long line) {
        long packed = pack(r);
        long key = packed + 1;
        int cap = slots.length >> 1;
        int mask = cap - 1;
        int i = slot(packed, mask);
        while (true) {
            long k = slots[2 * i];
            if (k == 0) break;
            if (k == key) {
                int row = (int) slots[2 * i + 1];
                firstLine = lines[row];
                boolean same = Double.compare(values[row], r.value()) == 0 && Double.compare(prevs[row], r.prevYearValue()) == 0;
                return same ? Seen.IDENTICAL : Seen.CONFLICT;
            }
            i = (i + 1) & mask;
        }
        if (size == lines.length) {
            int n = size * 2;
            lines = Arrays.copyOf(lines, n);
            values = Arrays.copyOf(values, n);
            prevs = Arrays.copyOf(prevs, n);
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = size;
        lines[size] = line;
        values[size] = r.value();
        prevs[size] = r.prevYearValue();
        if (++size * 2 > cap) grow();
        return Seen.NEW;
    }

    public long firstLine() { return firstLine; }

    private long pack(Report r) {
        String id = r.enterpriseId();
        int e;
        if (id == lastEnterprise) e = lastEnterpriseIndex; // files come grouped by enterprise: skip the map
        else {
            Integer x = enterprises.get(id);
            if (x == null) { x = enterprises.size(); enterprises.put(id, x); }
            e = x;
            lastEnterprise = id;
            lastEnterpriseIndex = e;
        }
        String code = r.indicator();
        int ind;
        if (code == lastIndicator) ind = lastIndicatorIndex;
        else {
            Integer x = indicators.get(code);
            if (x == null) { x = indicators.size(); indicators.put(code, x); }
            ind = x;
            lastIndicator = code;
            lastIndicatorIndex = ind;
        }
        // 31 bits enterprise, 18 bits period (months since year 0 fit below 2^18 up to year 21845), 14 bits indicator
        return ((long) e << 32) | ((long) (r.period() & 0x3FFFF) << 14) | (ind & 0x3FFF);
    }

    /**
     * The keys of one enterprise and month (rows that come together) share a window of 64 slots, one per indicator
     * number: a file grouped by enterprise touches memory almost in order instead of one random cache line a row.
     */
    private static int slot(long packed, int mask) {
        return (int) ((mix(packed >>> 14) + (packed & 63)) & mask);
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    private void grow() {
        long[] old = slots;
        int cap = (old.length >> 1) * 2;
        slots = new long[cap * 2];
        int mask = cap - 1;
        for (int j = 0; j < old.length; j += 2) {
            long k = old[j];
            if (k == 0) continue;
            int i = slot(k - 1, mask);
            while (slots[2 * i] != 0) i = (i + 1) & mask;
            slots[2 * i] = k;
            slots[2 * i + 1] = old[j + 1];
        }
    }
}
