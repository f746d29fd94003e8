package org.momentum.app.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.momentum.csv.CsvBytes;
import org.momentum.registry.EnterpriseIndex;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.reports.ReportBytesCheck;

/**
 * The fast reader of a UTF-8 reports file that the store reads itself (the direct path of an import): the bytes
 * are read once, hashed as they go, split by {@link CsvBytes} and checked by {@link ReportBytesCheck}; no string is
 * made for a valid row. It can only vouch for a file: when every row is valid, new in the file and free of
 * control-character padding it returns the outcome {@link InputReader#readReports} gives that file; otherwise null,
 * and the caller reads the file with InputReader, which names every problem with its line.
 */
public final class CleanReportsReader {
    static final int BUFFER = 1 << 22;

    /** The outcome, and whether an id, period or indicator was padded with spaces (then trimmed, as the reader does). */
    public record Clean(ReadOutcome outcome, boolean paddedText) {}

    private final FileChannel in;
    private final MessageDigest digest;
    private final byte[] buf = new byte[BUFFER];
    private int pos, len;
    private long read;
    private boolean eof;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    private CleanReportsReader(FileChannel in) {
        this.in = in;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads {@code file}, whose encoding the caller found to be UTF-8 ({@code encoding} is its name for the outcome);
     * null when the file needs InputReader (a problem, a repeated key, or something this reader does not handle).
     */
    public static Clean read(Path file, ReadOptions opt, String encoding, IndicatorCatalog catalog, EnterpriseIndex register,
                             int currentPeriod, Progress progress) {
        try (FileChannel ch = FileChannel.open(file)) {
            return new CleanReportsReader(ch).read(file, opt, encoding, new ReportBytesCheck(catalog, register, currentPeriod), progress);
        } catch (IOException e) {
            return null; // InputReader reports what cannot be read
        }
    }

    private Clean read(Path file, ReadOptions opt, String encoding, ReportBytesCheck check, Progress progress) throws IOException {
        long size = in.size();
        while (len < 3 && !eof) fill();
        if (len >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) pos = 3; // as TextDecoding skips it
        Map<String, Integer> columns = header(opt);
        if (columns == null) return null;
        int width = columns.size();
        int cId = columns.get("enterprise_id"), cPer = columns.get("period"), cInd = columns.get("indicator"),
                cVal = columns.get("value"), cPrev = columns.getOrDefault("prev_year_value", -1);
        CsvBytes csv = new CsvBytes(width);
        long rows = 0, lastReport = System.nanoTime();
        while (true) {
            int next = csv.next(buf, pos, len, eof);
            if (next == CsvBytes.NEED_MORE) {
                if (!fill()) return null;
                continue;
            }
            if (next == CsvBytes.END) break;
            if (next == CsvBytes.NOT_SIMPLE || csv.count() != width) return null;
            if (csv.anyNonAscii()) {
                for (int i = 0; i < width; i++) if (csv.nonAscii(i) && !isUtf8(csv.start(i), csv.end(i))) return null;
            }
            boolean ok = check.accept(buf, csv.start(cId), csv.end(cId), csv.start(cPer), csv.end(cPer), csv.start(cInd), csv.end(cInd),
                    csv.start(cVal), csv.end(cVal), cPrev < 0 ? -1 : csv.start(cPrev), cPrev < 0 ? -1 : csv.end(cPrev));
            if (!ok) return null;
            pos = next;
            if ((++rows & 0xFFFF) == 0) {
                long now = System.nanoTime();
                if (now - lastReport > 500_000_000L) {
                    progress.update("reports", read, size, rows);
                    lastReport = now;
                }
            }
        }
        progress.finish("reports", rows);
        String sha = HexFormat.of().formatHex(digest.digest());
        ReadOutcome out = new ReadOutcome(file.toString(), encoding, sha, rows, rows, 0, 0, List.of(), false, null, false);
        return new Clean(out, check.paddedText());
    }

    /** The header's columns by trimmed name, as TableReader checks them; null when TableReader would refuse it. */
    private Map<String, Integer> header(ReadOptions opt) throws IOException {
        CsvBytes csv = new CsvBytes(1024);
        int next;
        while ((next = csv.next(buf, pos, len, eof)) == CsvBytes.NEED_MORE) {
            if (!fill()) return null;
        }
        if (next < 0) return null;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < csv.count(); i++) {
            if (csv.nonAscii(i) && !isUtf8(csv.start(i), csv.end(i))) return null;
            String name = new String(buf, csv.start(i), csv.end(i) - csv.start(i), StandardCharsets.UTF_8).trim();
            if (index.put(name, i) != null) return null;
            if (!opt.ignoreUnknownColumns() && !InputReader.REPORT_COLUMNS.contains(name) && !InputReader.REPORT_OPTIONAL.contains(name))
                return null;
        }
        if (!index.keySet().containsAll(InputReader.REPORT_COLUMNS)) return null;
        pos = next;
        return index;
    }

    private boolean isUtf8(int start, int end) {
        try {
            utf8.reset().decode(ByteBuffer.wrap(buf, start, end - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Keeps the unread bytes, reads more after them; false when one record would not fit the buffer. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            pos = 0;
        }
        if (len == buf.length) return false;
        int n = in.read(ByteBuffer.wrap(buf, len, buf.length - len));
        if (n < 0) eof = true;
        else {
            digest.update(buf, len, n);
            len += n;
            read += n;
        }
        return true;
    }
}
