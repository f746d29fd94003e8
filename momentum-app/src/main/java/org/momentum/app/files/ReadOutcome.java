package org.momentum.app.files;

import java.nio.file.Path;
import java.util.List;

/**
 * What reading one file found: rows read, rows accepted (given to the sink), the errors (the first
 * {@link InputReader#MAX_LISTED_ERRORS} listed, all counted), and the rejects file written with --partial.
 */
public record ReadOutcome(String file, String encoding, String sha256, long rowsRead, long accepted, long rejectedRows, long errorCount,
                          List<RowError> errors, boolean fatal, Path rejectsFile,
                          boolean controlPadding) {
    public boolean ok() { return errorCount == 0; }

    /** Rows that repeated an earlier row of the file exactly (read, not applied, not an error). */
    public long identicalRepeats() { return rowsRead - accepted - rejectedRows; }
}
