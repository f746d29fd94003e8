package org.momentum.app.cli;

import org.momentum.app.files.ReadOptions;
import picocli.CommandLine.Option;

/** The reader options every input file takes (formats.md). */
public final class FileOptions {
    @Option(names = "--encoding", paramLabel = "NAME", description = "Input encoding (UTF-8, GB18030, GBK); detected when absent.")
    String encoding;

    @Option(names = "--ignore-unknown-columns", description = "Skip columns the format does not define instead of refusing the file.")
    boolean ignoreUnknownColumns;

    ReadOptions toReadOptions(boolean partial) { return new ReadOptions(encoding, ignoreUnknownColumns, partial); }
}
