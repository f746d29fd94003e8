package org.momentum.app.files;

/** One problem of an input file, named by file, line and column. {@code column} is empty for a whole-row problem. */
public record RowError(String file, long line, String column, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + (column.isEmpty() ? "" : ": " + column) + ": " + reason;
    }
}
