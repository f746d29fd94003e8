package org.momentum.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encoding detection for input files ({@code formats.md}): a UTF-8 BOM means UTF-8; otherwise the first
 * megabyte is tried as strict UTF-8, and when it is not UTF-8 the file is read as GB18030 (what Excel on a
 * Chinese Windows writes; GBK is a subset). Decoding is strict throughout, so a file that changes encoding
 * half-way is an error at the line where it happens, never silently garbled.
 */
public final class TextDecoding {
    static final int SNIFF = 1 << 20;

    private TextDecoding() {}

    /** Opens a decoding reader; {@code forced} (from --encoding) wins over detection. The stream must support mark. */
    public static Decoded open(InputStream in, String forced) throws IOException {
        in.mark(SNIFF + 8);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        Charset cs;
        String name;
        if (forced != null && !forced.isBlank()) {
            cs = charset(forced);
            name = cs.name();
        } else if (bom || isUtf8(head, head.length == SNIFF)) {
            cs = StandardCharsets.UTF_8;
            name = bom ? "UTF-8 (BOM)" : "UTF-8";
        } else if (utf8LinesBeforeFirstError(head) > 0 && (utf8CjkBeforeFirstError(head) || !isGb18030(head, head.length == SNIFF))) {
            // valid multi-byte UTF-8 first, then bytes that are not: a file stitched from two encodings
            throw new MixedEncodingException(lineOfFirstUtf8Error(head));
        } else {
            cs = Charset.forName("GB18030");
            name = "GB18030";
        }
        if (bom && cs.equals(StandardCharsets.UTF_8)) in.skipNBytes(3);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new Decoded(new StrictDecoderReader(in, dec), name);
    }

    /** The file begins in UTF-8 and changes encoding at a line. */
    public static final class MixedEncodingException extends IOException {
        public final long line;

        MixedEncodingException(long line) {
            super("line " + line + " is not UTF-8 although the lines before it are (mixed encodings?); save the whole file as UTF-8 or GB18030, or give --encoding");
            this.line = line;
        }
    }

    /**
     * Number of multi-byte UTF-8 sequences on the whole lines before the line of the first byte that is not valid
     * UTF-8. Only whole lines count: many GB18030 characters are by chance valid two-byte UTF-8 (司 is CB BE), so a
     * GB18030 line can start like UTF-8 and fail within itself; a file stitched from two encodings has whole lines of
     * UTF-8 text first.
     */
    static int utf8LinesBeforeFirstError(byte[] b) {
        int multi = 0, onThisLine = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (n == 0 || i + n > b.length) return multi;
            for (int k = 1; k < n; k++) if ((b[i + k] & 0xC0) != 0x80) return multi;
            if (n > 1) onThisLine++;
            if (c == '\n') {
                multi += onThisLine;
                onThisLine = 0;
            }
            i += n;
        }
        return multi + onThisLine;
    }

    /**
     * Whether the whole lines before the first UTF-8 error hold a three- or four-byte sequence (Chinese in UTF-8 is
     * three bytes). GB18030 text makes two-byte UTF-8 by chance (司 is CB BE), three-byte sequences hardly ever; so a
     * head that is valid GB18030 and has only two-byte UTF-8 before its error is a GB18030 file, not a stitched one.
     */
    static boolean utf8CjkBeforeFirstError(byte[] b) {
        boolean before = false, onThisLine = false;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (n == 0 || i + n > b.length) return before;
            for (int k = 1; k < n; k++) if ((b[i + k] & 0xC0) != 0x80) return before;
            if (n > 2) onThisLine = true;
            if (c == '\n') {
                before |= onThisLine;
                onThisLine = false;
            }
            i += n;
        }
        return before || onThisLine;
    }

    /** Whether the bytes are strict GB18030 (a head cut at the sniff limit may end inside a character). */
    static boolean isGb18030(byte[] b, boolean truncated) {
        CharsetDecoder d = Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int len = b.length;
        if (truncated) while (len > 0 && len > b.length - 4 && (b[len - 1] & 0x80) != 0) len--;
        try {
            d.decode(ByteBuffer.wrap(b, 0, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static long lineOfFirstUtf8Error(byte[] b) {
        long line = 1;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (n == 0 || i + n > b.length) return line;
            for (int k = 1; k < n; k++) if ((b[i + k] & 0xC0) != 0x80) return line;
            if (c == '\n') line++;
            i += n;
        }
        return line;
    }

    public record Decoded(Reader reader, String encoding) {}

    static Charset charset(String name) {
        String n = name.trim().toUpperCase(java.util.Locale.ROOT);
        if (n.equals("GBK") || n.equals("GB2312") || n.equals("CP936")) n = "GB18030";
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            throw new InputFileException("--encoding " + name + " is not an encoding this machine knows (use UTF-8 or GB18030)");
        }
    }

    /** Strict UTF-8 check; when the sample was cut, an incomplete final sequence is allowed. */
    static boolean isUtf8(byte[] b, boolean truncated) {
        int n = b.length;
        if (truncated) {
            // drop a trailing partial sequence (at most 3 bytes)
            int k = n - 1, back = 0;
            while (k >= 0 && back < 3 && (b[k] & 0xC0) == 0x80) { k--; back++; }
            if (k >= 0 && (b[k] & 0x80) != 0) n = k;
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(Arrays.copyOf(b, n)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
