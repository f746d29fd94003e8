package org.momentum.app.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.momentum.csv.CsvFormatException;
import org.momentum.csv.CsvParser;

/**
 * Reads one CSV input file by column name: detects the encoding, checks the header (required columns present,
 * no duplicates, unknown columns refused unless allowed), and gives each record with its line. Structural
 * problems of a record (field count) are row errors; broken quoting or encoding ends the file with an error.
 */
public final class TableReader implements AutoCloseable {
    private final String fileName;
    private final Path path;
    private final InputStream raw;
    private final CountingStream counting;
    private final MessageDigest digest;
    private final CsvParser parser;
    private final String encoding;
    private final String[] header;
    private final Map<String, Integer> index = new HashMap<>();
    private final long size;

    private TableReader(Path path, String forcedEncoding, List<String> required, List<String> optional,
                        boolean ignoreUnknown) throws IOException {
        this.path = path;
        this.fileName = path.getFileName() == null ? path.toString() : path.toString();
        this.size = Files.size(path);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.raw = Files.newInputStream(path);
        this.counting = new CountingStream(new DigestInputStream(raw, digest));
        BufferedInputStream buffered = new BufferedInputStream(counting, 1 << 16);
        TextDecoding.Decoded d;
        try {
            d = TextDecoding.open(buffered, forcedEncoding);
        } catch (TextDecoding.MixedEncodingException e) {
            raw.close();
            throw new InputFileException(fileName + ":" + e.line + ": " + e.getMessage());
        }
        this.encoding = d.encoding();
        this.parser = new CsvParser(d.reader());
        boolean any;
        try {
            any = parser.next();
        } catch (CsvFormatException e) {
            throw new InputFileException(fileName + ":" + e.line() + ": header: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new InputFileException(fileName + ":" + lineOf(e, 1) + ": header: " + decodingReason(e));
        }
        if (!any) throw new InputFileException(fileName + ":1: the file is empty; a header row is required");
        header = parser.fields();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String h = header[i].trim();
            header[i] = h;
            if (index.put(h, i) != null) problems.add("column '" + visible(h) + "' appears twice");
        }
        for (String r : required) if (!index.containsKey(r)) problems.add("required column '" + r + "' is missing");
        if (!ignoreUnknown) {
            for (String h : header) {
                if (!required.contains(h) && !optional.contains(h))
                    problems.add("unknown column '" + visible(h) + "' (expected " + String.join(", ", concat(required, optional))
                            + "; --ignore-unknown-columns skips others)");
            }
        }
        if (header.length == 1 && header[0].contains(";"))
            problems.add("the header has no commas but semicolons: files must be comma separated");
        else if (header.length == 1 && header[0].contains("\t"))
            problems.add("the header has no commas but tabs: files must be comma separated");
        if (!problems.isEmpty()) {
            close();
            throw new InputFileException(fileName + ":" + parser.recordLine() + ": header: " + String.join("; ", problems));
        }
    }

    /** A column name as it can be read in a message: invisible and control characters as \\uXXXX (a zero-width space is not a typo one can see). */
    static String visible(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE || (Character.isSpaceChar(cp) && cp != ' ');
            if (hidden) sb.append(String.format("\\u%04X", cp));
            else sb.appendCodePoint(cp);
        });
        return sb.toString();
    }

    public static TableReader open(Path path, String forcedEncoding, List<String> required, List<String> optional,
                                   boolean ignoreUnknown) {
        try {
            return new TableReader(path, forcedEncoding, required, optional, ignoreUnknown);
        } catch (NoSuchFileException e) {
            throw new InputFileException(path + ": no such file");
        } catch (IOException e) {
            throw new InputFileException(path + ": cannot be read: " + e.getMessage());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    private static long lineOf(UncheckedIOException e, long fallback) {
        return e.getCause() instanceof StrictDecoderReader.MalformedTextException m ? m.line : fallback;
    }

    static String decodingReason(UncheckedIOException e) {
        if (e.getCause() instanceof StrictDecoderReader.MalformedTextException m)
            return "bytes that are not valid " + (m.getMessage().endsWith("UTF-8") ? "UTF-8" : "in the file's encoding")
                    + " (mixed encodings?); save the whole file as UTF-8 or GB18030, or give --encoding";
        if (e.getCause() instanceof CharacterCodingException)
            return "bytes that are not valid in the file's encoding (mixed encodings?); save the file as UTF-8 or GB18030, or give --encoding";
        return "cannot be read: " + e.getMessage();
    }

    public String fileName() { return fileName; }

    public Path path() { return path; }

    public String encoding() { return encoding; }

    public String[] header() { return header.clone(); }

    /** Column index, or -1 when the file has no such column. */
    public int column(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /**
     * Advances to the next record. Returns false at the end. A fatal problem (broken quoting, bytes not in the
     * encoding) is thrown as {@link FatalRowException} with its line: nothing after it can be trusted.
     */
    public boolean next() {
        try {
            return parser.next();
        } catch (CsvFormatException e) {
            throw new FatalRowException(new RowError(fileName, e.line(), "", e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new FatalRowException(new RowError(fileName, lineOf(e, parser.currentLine()), "", decodingReason(e)));
        }
    }

    public long line() { return parser.recordLine(); }

    /** Null when the record has as many fields as the header, else the problem. */
    public String shapeProblem() {
        int n = parser.fieldCount();
        if (n == header.length) return null;
        return "has " + n + " field" + (n == 1 ? "" : "s") + " but the header has " + header.length;
    }

    /** Field of the current record at a column index (trimmed); empty when the column is absent (-1). */
    public String get(int column) {
        if (column < 0) return "";
        String s = parser.field(column);
        if (!needsTrim(s)) return s;
        if (!controlPadding && hasControlAtEdges(s)) controlPadding = true;
        return s.trim();
    }

    private boolean controlPadding;

    /**
     * The first field of the current record with a control character inside it (NUL and the other C0 codes; tab,
     * CR and LF aside), as "column: reason"; null when there is none. Such text is no one's data: PostgreSQL cannot
     * even store a NUL, and an invisible character in an id makes a second id that looks like the first.
     */
    public String[] controlCharacterProblem() {
        for (int i = 0; i < Math.min(header.length, parser.fieldCount()); i++) {
            String s = get(i);
            for (int j = 0; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c < ' ' && c != '\t' && c != '\n' && c != '\r')
                    return new String[] {header[i], String.format("holds the control character U+%04X at position %d; text may not contain control characters", (int) c, j + 1)};
            }
        }
        return null;
    }

    /** Whether some field was padded with control characters (tabs, NUL, …), not just spaces. */
    public boolean sawControlPadding() { return controlPadding; }

    private static boolean hasControlAtEdges(String s) {
        for (int i = 0; i < s.length() && s.charAt(i) <= ' '; i++) if (s.charAt(i) != ' ') return true;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) <= ' '; i--) if (s.charAt(i) != ' ') return true;
        return false;
    }

    /** The current record's raw fields (for a rejects file). */
    public String[] rawFields() { return parser.fields(); }

    private static boolean needsTrim(String s) {
        return !s.isEmpty() && (s.charAt(0) <= ' ' || s.charAt(s.length() - 1) <= ' ');
    }

    public long bytesRead() { return counting.count; }

    public long size() { return size; }

    /** SHA-256 of the bytes read so far (of the whole file once read to the end). */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            raw.close();
        } catch (IOException ignored) {
            // closing a read-only input cannot lose data
        }
    }

    /** Receives one record's fields in the order of the requested columns, with its line. */
    @FunctionalInterface
    public interface RowVisitor {
        void accept(String[] fields, long line);
    }

    /**
     * Reads a small input file whose first defect refuses it whole (forecasting and series files): the same encoding
     * detection and header rules as the other inputs (column order free, unknown columns refused), each record's
     * fields handed over in the order of {@code columns}. Errors name file and line.
     */
    public static void forEachRow(Path file, List<String> columns, RowVisitor visitor) {
        forEachRow(file, columns, List.of(), visitor);
    }

    /** As {@link #forEachRow(Path, List, RowVisitor)} with optional columns after the required ones (empty when absent). */
    public static void forEachRow(Path file, List<String> columns, List<String> optional, RowVisitor visitor) {
        try (TableReader t = open(file, null, columns, optional, false)) {
            List<String> all = concat(columns, optional);
            int[] idx = new int[all.size()];
            for (int i = 0; i < idx.length; i++) idx[i] = t.column(all.get(i));
            String[] f = new String[idx.length];
            while (true) {
                try {
                    if (!t.next()) return;
                } catch (FatalRowException e) {
                    throw new InputFileException(e.error().toString());
                }
                String shape = t.shapeProblem();
                if (shape != null) throw new InputFileException(t.fileName() + ":" + t.line() + ": the row " + shape);
                for (int i = 0; i < idx.length; i++) f[i] = t.get(idx[i]);
                visitor.accept(f.clone(), t.line());
            }
        }
    }

    /** The rest of the file cannot be read. */
    public static final class FatalRowException extends RuntimeException {
        private final RowError error;

        public FatalRowException(RowError error) {
            super(error.toString());
            this.error = error;
        }

        public RowError error() { return error; }
    }

    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) { super(in); }

        @Override public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
