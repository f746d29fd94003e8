package org.momentum.quality;

/** A rules file that cannot be read; the message names the file, the line and the reason. */
public final class RulesFormatException extends RuntimeException {
    private final String source;
    private final int line;

    public RulesFormatException(String source, int line, String reason) {
        super(source + ":" + line + ": " + reason);
        this.source = source;
        this.line = line;
    }

    public String source() { return source; }

    public int line() { return line; }
}
