package org.momentum.app.cli;

import java.io.PrintStream;
import org.momentum.app.files.Progress;

/** A one-line progress bar on standard error. */
public final class ConsoleProgress implements Progress {
    private final PrintStream err;
    private boolean shown;

    public ConsoleProgress(PrintStream err) { this.err = err; }

    @Override
    public void update(String what, long done, long total, long rows) {
        int pct = total > 0 ? (int) Math.min(100, done * 100 / total) : 0;
        int bars = pct / 4;
        err.printf("\r%-12s [%-25s] %3d%%  %,d rows", what, "#".repeat(bars), pct, rows);
        err.flush();
        shown = true;
    }

    @Override
    public void finish(String what, long rows) {
        if (shown) {
            err.printf("\r%-12s [%-25s] 100%%  %,d rows%n", what, "#".repeat(25), rows);
            shown = false;
        }
    }
}
