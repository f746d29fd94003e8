package org.momentum.app.releases;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.momentum.app.cli.Clocks;
import org.momentum.dissemination.Release;
import org.momentum.store.Database;
import org.momentum.store.Releases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's publication scheduler: every tick it publishes the approved releases whose embargo time has come
 * on {@code clock} (a controllable clock in tests and rehearsals). Public queries only ever read published
 * releases, so between the embargo time and the next tick nothing is shown early, only slightly late.
 */
public final class ReleaseScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseScheduler.class);

    private final Database db;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    public ReleaseScheduler(Database db, Clock clock, long tickMillis) {
        this.db = db;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "release-scheduler");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tickQuietly, 0, tickMillis, TimeUnit.MILLISECONDS);
    }

    /** Publishes what is due now; returns what it published. */
    public List<Release> tick() {
        return Releases.publishDue(db, Clocks.now(clock), "scheduler");
    }

    private void tickQuietly() {
        try {
            for (Release r : tick())
                LOG.info("published release {} ({} version {}) at {}", r.id(), org.momentum.classification.Period.format(r.period()), r.version(), r.publishedAt());
        } catch (RuntimeException e) {
            // one failed tick must not stop the scheduler: the release stays approved and is retried next tick
            LOG.warn("release scheduler: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
