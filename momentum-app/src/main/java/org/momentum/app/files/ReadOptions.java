package org.momentum.app.files;

/** Reader options shared by every input file (formats.md): --encoding, --ignore-unknown-columns, --partial. */
public record ReadOptions(String encoding, boolean ignoreUnknownColumns, boolean partial) {
    public static ReadOptions strict() { return new ReadOptions(null, false, false); }
}
