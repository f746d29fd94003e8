package org.momentum.app.cli;

import java.util.function.IntConsumer;
import org.momentum.app.files.Progress;

/** Adapts a count reported from many threads to the one-line console progress, redrawn at most every 1%. */
final class ThrottledProgress implements IntConsumer {
    private final Progress progress;
    private final String what;
    private final int total;
    private int shown = -1;

    ThrottledProgress(Progress progress, String what, int total) {
        this.progress = progress;
        this.what = what;
        this.total = total;
    }

    @Override
    public synchronized void accept(int done) {
        int pct = total == 0 ? 100 : (int) (100L * done / total);
        if (pct > shown || done == total) {
            shown = pct;
            progress.update(what, done, total, done);
        }
    }

    void finish() { progress.finish(what, total); }
}
