package org.momentum.csv;

/**
 * Finds the fields of RFC 4180 records in UTF-8 bytes as ranges, without decoding or making strings: the fast
 * half of reading a large file. It reads the records that {@link CsvParser} reads with nothing to unescape —
 * unquoted fields, and quoted fields holding no doubled quote and no line break — exactly as CsvParser splits
 * them (blank lines skipped; LF, CRLF or a lone CR ends a record). Anything else is {@link #NOT_SIMPLE}, and the
 * caller reads the file with CsvParser, which also names any error. The separators are ASCII, so splitting the
 * bytes gives the same fields as splitting the decoded text.
 */
public final class CsvBytes {
    /** The record runs past the bytes given and the input has more. */
    public static final int NEED_MORE = -1;
    /** The record needs CsvParser: a doubled quote, a line break in quotes, too many fields, or a quoting error. */
    public static final int NOT_SIMPLE = -2;
    /** No record before the end of the input (only blank lines were left). */
    public static final int END = -3;
    /** A longer field is left to CsvParser (whose limit is {@link CsvParser#MAX_FIELD_CHARS} characters). */
    public static final int MAX_FIELD_BYTES = 1 << 16;

    private static final byte PLAIN = 0, COMMA = 1, LF = 2, CR = 3, QUOTE = 4, HIGH = 5;
    private static final byte[] CLASS = new byte[256];

    static {
        CLASS[','] = COMMA;
        CLASS['\n'] = LF;
        CLASS['\r'] = CR;
        CLASS['"'] = QUOTE;
        for (int c = 0x80; c < 0x100; c++) CLASS[c] = HIGH;
    }

    private final int[] starts, ends;
    private final boolean[] nonAscii;
    private int count;
    private boolean anyNonAscii;

    /** @param maxFields more fields than this make a record {@link #NOT_SIMPLE} */
    public CsvBytes(int maxFields) {
        starts = new int[maxFields];
        ends = new int[maxFields];
        nonAscii = new boolean[maxFields];
    }

    /** Fields of the last record. */
    public int count() { return count; }

    /** Start of field i (inside its quotes when quoted). */
    public int start(int i) { return starts[i]; }

    /** End (exclusive) of field i. */
    public int end(int i) { return ends[i]; }

    /** Whether field i holds a byte ≥ 0x80 (to be checked as UTF-8 by the caller). */
    public boolean nonAscii(int i) { return nonAscii[i]; }

    /** Whether any field of the last record holds a byte ≥ 0x80. */
    public boolean anyNonAscii() { return anyNonAscii; }

    /**
     * Reads the record that starts at {@code b[from]} (after blank lines) within {@code b[from, to)}; {@code eof}
     * says that the input ends at {@code to}. Returns the offset after the record's line break, or
     * {@link #NEED_MORE}, {@link #NOT_SIMPLE} or {@link #END}.
     */
    public int next(byte[] b, int from, int to, boolean eof) {
        int p = from;
        while (true) { // blank lines, as CsvParser skips them
            if (p == to) return eof ? END : NEED_MORE;
            byte c = b[p];
            if (c == '\n') p++;
            else if (c == '\r') {
                if (p + 1 == to && !eof) return NEED_MORE;
                p += p + 1 < to && b[p + 1] == '\n' ? 2 : 1;
            } else break;
        }
        count = 0;
        anyNonAscii = false;
        while (true) {
            if (count == starts.length) return NOT_SIMPLE;
            boolean high = false;
            int s, e;
            byte k;
            if (p < to && b[p] == '"') {
                s = p + 1;
                int q = s;
                while (true) {
                    if (q == to) return eof ? NOT_SIMPLE : NEED_MORE; // eof: a quote never closed (CsvParser names it)
                    byte c = b[q];
                    if (c == '"') break;
                    if (c == '\n' || c == '\r') return NOT_SIMPLE;
                    if (c < 0) high = true;
                    q++;
                }
                e = q;
                p = q + 1;
                if (p == to && !eof) return NEED_MORE; // a doubled quote or the closing one: the next byte tells
                k = p == to ? LF : CLASS[b[p] & 0xFF];
                if (k == QUOTE || k == PLAIN || k == HIGH) return NOT_SIMPLE; // a doubled quote, or text after the closing one
            } else {
                s = p;
                while (true) {
                    while (p < to && (k = CLASS[b[p] & 0xFF]) == PLAIN) p++;
                    if (p == to) {
                        if (!eof) return NEED_MORE;
                        k = LF;
                        break;
                    }
                    k = CLASS[b[p] & 0xFF];
                    if (k != HIGH) break;
                    high = true;
                    p++;
                }
                if (k == QUOTE) return NOT_SIMPLE; // a quote inside an unquoted field: CsvParser's error
                e = p;
            }
            if (e - s > MAX_FIELD_BYTES) return NOT_SIMPLE;
            starts[count] = s;
            ends[count] = e;
            nonAscii[count++] = high;
            anyNonAscii |= high;
            if (p == to) return p; // the input ends with this field
            p++;
            if (k == COMMA) continue;
            if (k == CR) {
                if (p == to && !eof) return NEED_MORE;
                if (p < to && b[p] == '\n') p++;
            }
            return p;
        }
    }
}
