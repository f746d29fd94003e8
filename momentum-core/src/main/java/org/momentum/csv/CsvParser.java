package org.momentum.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * An RFC 4180 record reader: comma separated, fields in double quotes may hold commas, quotes ("") and line
 * breaks; CRLF or LF ends a record. It counts physical lines so that every error can name the line a
 * record starts on. It takes an open {@link Reader} and never opens anything itself.
 */
public final class CsvParser {
    /** The longest field accepted; longer ones are an error rather than a memory hazard. */
    public static final int MAX_FIELD_CHARS = 1 << 20;
    private static final int MAX_FIELDS = 1024;

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos, len;
    private boolean eof;
    private long line = 1;
    private long recordLine;
    private final StringBuilder field = new StringBuilder(64);
    private String[] fields = new String[16];
    private int count;

    public CsvParser(Reader in) { this.in = in; }

    /** Physical line (1-based) on which the last record returned by {@link #next()} starts. */
    public long recordLine() { return recordLine; }

    /** Physical line the parser has reached (for errors raised while decoding). */
    public long currentLine() { return line; }

    /** Number of fields of the last record. */
    public int fieldCount() { return count; }

    /** Field i of the last record. */
    public String field(int i) { return fields[i]; }

    /** A copy of the last record's fields. */
    public String[] fields() {
        String[] out = new String[count];
        System.arraycopy(fields, 0, out, 0, count);
        return out;
    }

    /**
     * Reads the next record; false at the end of input. A blank line is skipped. Malformed quoting throws
     * {@link CsvFormatException} naming the line.
     */
    public boolean next() {
        while (true) {
            if (!fill()) return false;
            recordLine = line;
            count = 0;
            char c = buf[pos];
            if (c == '\n') { pos++; line++; continue; }
            if (c == '\r') { pos++; if (fill() && buf[pos] == '\n') pos++; line++; continue; }
            readRecord();
            return true;
        }
    }

    private void readRecord() {
        while (true) {
            boolean endOfRecord = readField();
            if (endOfRecord) return;
        }
    }

    /** Reads one field; returns true when the record ended after it. */
    private boolean readField() {
        field.setLength(0);
        if (!fill()) { add(""); return true; }
        if (buf[pos] == '"') {
            pos++;
            long startLine = line;
            while (true) {
                if (!fill()) throw new CsvFormatException(startLine, "a quoted field opened on line " + startLine + " is never closed");
                char c = buf[pos++];
                if (c == '"') {
                    if (fill() && buf[pos] == '"') { pos++; append('"'); continue; }
                    break;
                }
                if (c == '\n') line++;
                append(c);
            }
            if (!fill()) { add(field.toString()); return true; }
            char c = buf[pos];
            if (c == ',') { pos++; add(field.toString()); return false; }
            if (c == '\n') { pos++; line++; add(field.toString()); return true; }
            if (c == '\r') { pos++; if (fill() && buf[pos] == '\n') pos++; line++; add(field.toString()); return true; }
            throw new CsvFormatException(line, "text after the closing quote of a field: '" + c + "'");
        }
        // unquoted: scan fast within the buffer
        while (true) {
            if (!fill()) { add(field.toString()); return true; }
            int start = pos;
            int end = len;
            while (pos < end) {
                char c = buf[pos];
                if (c == ',' || c == '\n' || c == '\r') break;
                if (c == '"') throw new CsvFormatException(line, "a quote inside an unquoted field (quote the whole field and double the quote)");
                pos++;
            }
            if (field.length() + (pos - start) > MAX_FIELD_CHARS)
                throw new CsvFormatException(line, "a field longer than " + MAX_FIELD_CHARS + " characters");
            if (pos < end && field.length() == 0 && sameAsPrevious(start, pos - start)) {
                // the same text as this column of the previous record (an enterprise id, a period): reuse that string
                char c = buf[pos++];
                add(fields[count]);
                if (c == ',') return false;
                if (c == '\r' && fill() && buf[pos] == '\n') pos++;
                line++;
                return true;
            }
            if (pos < end && field.length() == 0) {
                String f = recentOrNew(start, pos - start);
                char c = buf[pos++];
                add(f);
                if (c == ',') return false;
                if (c == '\r' && fill() && buf[pos] == '\n') pos++;
                line++;
                return true;
            }
            field.append(buf, start, pos - start);
            if (pos < end) {
                char c = buf[pos++];
                add(field.toString());
                if (c == ',') return false;
                if (c == '\r' && fill() && buf[pos] == '\n') pos++;
                line++;
                return true;
            }
        }
    }

    private boolean sameAsPrevious(int start, int n) {
        if (count >= fields.length) return false;
        String prev = fields[count];
        if (prev == null || prev.length() != n || n == 0) return false;
        for (int i = 0; i < n; i++) if (prev.charAt(i) != buf[start + i]) return false;
        return true;
    }

    // A few recent short strings per column (indicator codes, periods): reused instead of allocated again.
    private static final int RECENT = 8, RECENT_MAX_CHARS = 40;
    private String[][] recent = new String[16][];
    private int[] recentNext = new int[16];
    private int[] recentTries = new int[16], recentHits = new int[16];

    private String recentOrNew(int start, int n) {
        if (n == 0) return "";
        if (n > RECENT_MAX_CHARS) return new String(buf, start, n);
        if (count >= recent.length) {
            recent = java.util.Arrays.copyOf(recent, count * 2);
            recentNext = java.util.Arrays.copyOf(recentNext, count * 2);
            recentTries = java.util.Arrays.copyOf(recentTries, count * 2);
            recentHits = java.util.Arrays.copyOf(recentHits, count * 2);
        }
        // a column whose values rarely repeat (amounts) stops looking after a thousand tries
        boolean sampling = recentTries[count] < 1000;
        if (!sampling && recentHits[count] * 4 < recentTries[count]) return new String(buf, start, n);
        if (sampling) recentTries[count]++;
        String[] r = recent[count];
        if (r == null) recent[count] = r = new String[RECENT];
        outer:
        for (String cand : r) {
            if (cand == null || cand.length() != n) continue;
            for (int i = 0; i < n; i++) if (cand.charAt(i) != buf[start + i]) continue outer;
            if (sampling) recentHits[count]++;
            return cand;
        }
        String s = new String(buf, start, n);
        r[recentNext[count]] = s;
        recentNext[count] = (recentNext[count] + 1) % RECENT;
        return s;
    }

    private void append(char c) {
        if (field.length() >= MAX_FIELD_CHARS) throw new CsvFormatException(line, "a field longer than " + MAX_FIELD_CHARS + " characters");
        field.append(c);
    }

    private void add(String f) {
        if (count == MAX_FIELDS) throw new CsvFormatException(recordLine, "more than " + MAX_FIELDS + " fields in a record");
        if (count == fields.length) {
            String[] n = new String[fields.length * 2];
            System.arraycopy(fields, 0, n, 0, count);
            fields = n;
        }
        fields[count++] = f;
    }

    private boolean fill() {
        if (pos < len) return true;
        if (eof) return false;
        try {
            int n;
            do { n = in.read(buf, 0, buf.length); } while (n == 0);
            if (n < 0) { eof = true; return false; }
            pos = 0;
            len = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
