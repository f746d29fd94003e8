package org.momentum.app.files;

/** A file cannot be read at all (missing, unreadable, no header, wrong encoding): one error for the whole file. */
public final class InputFileException extends RuntimeException {
    public InputFileException(String message) { super(message); }
}
