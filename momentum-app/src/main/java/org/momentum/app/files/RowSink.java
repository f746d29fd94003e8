package org.momentum.app.files;

/** Receives each valid row of a file with its line. */
@FunctionalInterface
public interface RowSink<T> {
    void accept(long line, T row) throws Exception;
}
