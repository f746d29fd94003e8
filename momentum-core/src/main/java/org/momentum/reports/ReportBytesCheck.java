package org.momentum.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.momentum.classification.Period;
import org.momentum.registry.EnterpriseIndex;

/**
 * {@link ReportRules} and the duplicate-key rule on the bytes of a row's fields, without making strings: true
 * means the row is valid and its key is new in the file, false that this could not be shown (the row has a
 * problem, repeats a key, or is unusual enough to need the string path — the caller then reads the file with
 * {@link ReportRules}, which names the problem). Fields are trimmed as the string reader trims them; a control
 * character among the trimmed bytes is also false, so a true file never has control-character padding.
 */
public final class ReportBytesCheck {
    /** Most bits (128 MB) the duplicate-key sets of one file may take: one bit per enterprise × indicator × month. */
    static final long MAX_KEY_BITS = 1L << 30;

    private final EnterpriseIndex register;
    private final int currentPeriod;
    private final byte[][] codes;     // the catalog's indicator codes in UTF-8, by number
    private final int[] codeSlots;    // open addressing on the codes' hashes: number + 1, 0 = empty
    private final String[] why = new String[1];
    private byte[] lastId = new byte[0];
    private int lastIdLength = -1, lastEnterprise;
    private int lastPeriod = Period.NONE;
    private long[] lastKeys;
    private int[] keyPeriods = new int[0];
    private long[][] keys = new long[0][];
    private long keyBits;
    private boolean paddedText;

    public ReportBytesCheck(IndicatorCatalog catalog, EnterpriseIndex register, int currentPeriod) {
        this.register = register;
        this.currentPeriod = currentPeriod;
        List<IndicatorDefinition> all = catalog.all();
        codes = new byte[all.size()][];
        codeSlots = new int[Integer.highestOneBit(Math.max(8, all.size()) * 4 - 1)];
        for (int k = 0; k < codes.length; k++) {
            codes[k] = all.get(k).code().getBytes(StandardCharsets.UTF_8);
            int i = hash(codes[k], 0, codes[k].length) & (codeSlots.length - 1);
            while (codeSlots[i] != 0) i = (i + 1) & (codeSlots.length - 1);
            codeSlots[i] = k + 1;
        }
    }

    /** Whether an enterprise id, period or indicator was padded with spaces (the store then trims what it read). */
    public boolean paddedText() { return paddedText; }

    /**
     * Checks one row given as byte ranges [start, end) of b; {@code prevStart < 0} when the file has no
     * prev_year_value column. Fields must be valid UTF-8 (the caller checks non-ASCII ones).
     */
    public boolean accept(byte[] b, int idStart, int idEnd, int periodStart, int periodEnd, int indicatorStart, int indicatorEnd,
                          int valueStart, int valueEnd, int prevStart, int prevEnd) {
        // trim as String.trim does (every byte ≤ 0x20); refuse control characters among them
        int s = trimStart(b, idStart, idEnd), e = trimEnd(b, s, idEnd);
        if (s < 0 || e < 0) return false;
        paddedText |= s != idStart || e != idEnd;
        int enterprise = enterprise(b, s, e - s);
        if (enterprise < 0) return false;

        s = trimStart(b, periodStart, periodEnd);
        e = trimEnd(b, s, periodEnd);
        if (s < 0 || e < 0) return false;
        paddedText |= s != periodStart || e != periodEnd;
        int period = period(b, s, e);
        if (period == Period.NONE || period > currentPeriod) return false;

        s = trimStart(b, indicatorStart, indicatorEnd);
        e = trimEnd(b, s, indicatorEnd);
        if (s < 0 || e < 0) return false;
        paddedText |= s != indicatorStart || e != indicatorEnd;
        int indicator = indicator(b, s, e);
        if (indicator < 0) return false;

        if (!nonNegativeDecimal(b, valueStart, valueEnd, false)) return false;
        if (prevStart >= 0 && !nonNegativeDecimal(b, prevStart, prevEnd, true)) return false;
        return newKey(enterprise, period, indicator);
    }

    private static int trimStart(byte[] b, int s, int e) {
        while (s < e && b[s] >= 0 && b[s] <= ' ') {
            if (b[s] != ' ') return -1;
            s++;
        }
        return s;
    }

    private static int trimEnd(byte[] b, int s, int e) {
        if (s < 0) return -1;
        while (e > s && b[e - 1] >= 0 && b[e - 1] <= ' ') {
            if (b[e - 1] != ' ') return -1;
            e--;
        }
        return e;
    }

    /** The register's number of the id, -1 when it is empty or not registered (ids are ASCII: others miss). */
    private int enterprise(byte[] b, int s, int n) {
        if (n == 0) return -1;
        if (n == lastIdLength && java.util.Arrays.equals(b, s, s + n, lastId, 0, n)) return lastEnterprise; // rows come grouped by enterprise
        int k = register.indexOf(b, s, n);
        if (k < 0) return -1;
        if (lastId.length < n) lastId = new byte[Math.max(32, n)];
        System.arraycopy(b, s, lastId, 0, n);
        lastIdLength = n;
        lastEnterprise = k;
        return k;
    }

    /** {@link Period#parseOrNone} on bytes: YYYY-MM, year 1900..2999, month 01..12. */
    static int period(byte[] b, int s, int e) {
        if (e - s != 7 || b[s + 4] != '-') return Period.NONE;
        int y = 0;
        for (int i = s; i < s + 4; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) return Period.NONE;
            y = y * 10 + d;
        }
        int m1 = b[s + 5] - '0', m2 = b[s + 6] - '0';
        if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9) return Period.NONE;
        int m = m1 * 10 + m2;
        if (m < 1 || m > 12 || y < 1900 || y > 2999) return Period.NONE;
        return Period.of(y, m);
    }

    private int indicator(byte[] b, int s, int e) {
        int mask = codeSlots.length - 1;
        for (int i = hash(b, s, e) & mask; codeSlots[i] != 0; i = (i + 1) & mask) {
            byte[] code = codes[codeSlots[i] - 1];
            if (java.util.Arrays.equals(b, s, e, code, 0, code.length)) return codeSlots[i] - 1;
        }
        return -1;
    }

    /** Length, first, middle and last byte: enough to tell the catalog's codes apart, in constant time (equals decides). */
    private static int hash(byte[] b, int s, int e) {
        int n = e - s;
        if (n == 0) return 0;
        int h = n * 0x9E3779B1 + b[s] * 31 + b[s + n / 2] * 961 + b[e - 1] * 29791;
        return h ^ (h >>> 13);
    }

    /**
     * Whether the field is a number {@link Decimals#parse} accepts and that is not negative ({@link ReportRules});
     * {@code emptyOk} for prev_year_value, whose empty field means "not given". Plain digits with at most one
     * point are decided here; anything else (signs, exponents, padding) goes through Decimals itself.
     */
    private boolean nonNegativeDecimal(byte[] b, int s, int e, boolean emptyOk) {
        int n = e - s;
        if (n > 0 && n <= 64) {
            int digits = 0, points = 0;
            for (int i = s; i < e; i++) {
                int c = b[i];
                if (c >= '0' && c <= '9') digits++;
                else if (c == '.') points++;
                else { digits = -1; break; }
            }
            if (digits > 0 && points <= 1) return true; // finite (≤ 64 characters) and ≥ 0
        }
        int ts = trimStart(b, s, e), te = trimEnd(b, ts, e);
        if (ts < 0 || te < 0) return false;
        if (ts == te) return emptyOk;
        String text = new String(b, ts, te - ts, StandardCharsets.UTF_8);
        double v = Decimals.parse(text, why);
        return !Double.isNaN(v) && !(v < 0);
    }

    /** Records the key; false when the file had it before (identical or not, the string path decides which). */
    private boolean newKey(int enterprise, int period, int indicator) {
        long[] set = period == lastPeriod ? lastKeys : keysOf(period);
        if (set == null) return false;
        long bit = (long) enterprise * codes.length + indicator;
        int word = (int) (bit >>> 6);
        long m = 1L << bit;
        if ((set[word] & m) != 0) return false;
        set[word] |= m;
        return true;
    }

    /** The key set of a month, made on its first row; null when the file spans too many months for this check. */
    private long[] keysOf(int period) {
        for (int i = 0; i < keyPeriods.length; i++) {
            if (keyPeriods[i] == period) return remember(period, keys[i]);
        }
        long bits = (long) register.size() * codes.length;
        if (keyBits + bits > MAX_KEY_BITS) return null;
        keyBits += bits;
        keyPeriods = java.util.Arrays.copyOf(keyPeriods, keyPeriods.length + 1);
        keys = java.util.Arrays.copyOf(keys, keys.length + 1);
        keyPeriods[keyPeriods.length - 1] = period;
        keys[keys.length - 1] = new long[(int) ((bits + 63) >>> 6)];
        return remember(period, keys[keys.length - 1]);
    }

    private long[] remember(int period, long[] set) {
        lastPeriod = period;
        lastKeys = set;
        return set;
    }
}
