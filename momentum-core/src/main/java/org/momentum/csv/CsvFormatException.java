package org.momentum.csv;

/** The text is not well-formed CSV at a line. */
public final class CsvFormatException extends RuntimeException {
    private final long line;

    public CsvFormatException(long line, String reason) {
        super(reason);
        this.line = line;
    }

    public long line() { return line; }
}
