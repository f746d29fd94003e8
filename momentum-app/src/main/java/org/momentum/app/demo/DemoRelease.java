package org.momentum.app.demo;

import java.time.Clock;
import java.time.Instant;
import org.momentum.app.cli.Clocks;
import org.momentum.app.releases.ReleaseService;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.store.Database;
import org.momentum.store.IndicatorValues;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;

/**
 * The demo's release: the latest computed month, created, approved and published with its embargo now, through
 * the same steps as {@code momentum release create/approve} and the server's scheduler, so the public API and SDMX
 * have data on the demo. Nothing is done when that month already has a release.
 */
public final class DemoRelease {
    private DemoRelease() {}

    /** The release published for the latest computed month, or null when there is no month or it had one already. */
    public static Release publishLatest(Database db, ReferenceData ref, Clock clock, String user) {
        Integer month = IndicatorValues.latestPeriod(db, "output_value");
        if (month == null) return null;
        for (Release r : Releases.all(db)) if (r.period() == month) return null;
        Instant now = Clocks.now(clock);
        Release draft = new ReleaseService(db, ref, clock).create(month, now, now, 0, null, user).release();
        Release approved = Releases.approve(db, draft.id(), user, now, now);
        // embargo now: the scheduler's own step publishes it at once (not a forced publication)
        Instant at = Clocks.now(clock);
        for (Release r : Releases.publishDue(db, at.isAfter(approved.embargoAt()) ? at : approved.embargoAt(), user))
            if (r.id() == approved.id()) return r;
        throw new IllegalStateException("release " + approved.id() + " of " + Period.format(month) + " was not published");
    }
}
