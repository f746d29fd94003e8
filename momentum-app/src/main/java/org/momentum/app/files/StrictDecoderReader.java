package org.momentum.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * A strict decoding reader that knows the line it is on: bytes that are not valid in the encoding raise
 * {@link MalformedTextException} naming the exact line, where {@code InputStreamReader} would only say that
 * something somewhere in its read-ahead was wrong.
 */
final class StrictDecoderReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder dec;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private long newlines;
    private boolean eof, flushed;
    private MalformedTextException pending;

    StrictDecoderReader(InputStream in, CharsetDecoder dec) {
        this.in = in;
        this.dec = dec;
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (pending != null) throw pending;
        if (len == 0) return 0;
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (true) {
            if (flushed) return -1;
            CoderResult r = dec.decode(bytes, out, eof);
            int produced = out.position() - off;
            if (r.isError()) {
                MalformedTextException e = new MalformedTextException(newlines + countNewlines(cbuf, off, produced) + 1, dec.charset().name());
                if (produced == 0) throw e;
                pending = e;
                return account(cbuf, off, produced);
            }
            if (produced > 0) return account(cbuf, off, produced);
            if (r.isUnderflow()) {
                if (eof) {
                    dec.flush(out);
                    flushed = true;
                    produced = out.position() - off;
                    return produced > 0 ? account(cbuf, off, produced) : -1;
                }
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) eof = true; else bytes.position(bytes.position() + n);
                bytes.flip();
            }
        }
    }

    private int account(char[] cbuf, int off, int produced) {
        newlines += countNewlines(cbuf, off, produced);
        return produced;
    }

    private static int countNewlines(char[] c, int off, int n) {
        int k = 0;
        for (int i = off; i < off + n; i++) if (c[i] == '\n') k++;
        return k;
    }

    @Override
    public void close() throws IOException { in.close(); }

    /** Bytes not valid in the encoding, on a known line. */
    static final class MalformedTextException extends IOException {
        final long line;

        MalformedTextException(long line, String charset) {
            super("line " + line + " has bytes that are not valid " + charset);
            this.line = line;
        }
    }
}
