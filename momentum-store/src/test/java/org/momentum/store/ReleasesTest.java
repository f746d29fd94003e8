package org.momentum.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.classification.Period;
import org.momentum.dissemination.ObservationStatus;
import org.momentum.dissemination.RealTime;
import org.momentum.dissemination.RealTimeObservation;
import org.momentum.dissemination.Release;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.dissemination.ReleaseRuleException;
import org.momentum.dissemination.ReleaseStatus;
import org.momentum.dissemination.SeriesKey;
import org.momentum.dissemination.Vintage;

/** Releases in the store: the life of a release, vintages kept by publication, immutability, the audit trail. */
class ReleasesTest {
    @TempDir Path dir;
    Database db;
    final SeriesKey all = SeriesKey.level("output_value", "ALL", "ALL");
    final SeriesKey bj = SeriesKey.level("output_value", "ALL", "110000");
    final int jan = Period.of(2018, 1), feb = Period.of(2018, 2);
    final Instant t0 = Instant.parse("2018-02-10T02:00:00Z");
    final Instant e1 = Instant.parse("2018-02-14T01:30:00Z"), e2 = Instant.parse("2018-03-14T01:30:00Z"), e3 = Instant.parse("2018-03-20T01:30:00Z");

    void open(TestDatabases kind) { db = Database.open(kind.newUrl(dir, "releases")); }

    @AfterEach
    void close() { if (db != null) db.close(); }

    static Releases.ObservationSource rows(ReleaseObservation... obs) {
        return out -> { for (ReleaseObservation o : obs) out.accept(o); };
    }

    Release publishedRelease(int period, Instant embargo, long correctionOf, String reason, ReleaseObservation... obs) {
        Release d = Releases.create(db, new Releases.NewRelease(period, embargo.minusSeconds(86400), embargo, correctionOf, reason, "indicators"),
                "analyst", embargo.minusSeconds(86400), rows(obs));
        Releases.approve(db, d.id(), "publisher", null, embargo.minusSeconds(3600));
        List<Release> published = Releases.publishDue(db, embargo, "scheduler");
        assertEquals(List.of(d.id()), published.stream().map(Release::id).toList());
        return published.get(0);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void vintagesAcrossTwoReleasesAndACorrection(TestDatabases kind) throws Exception {
        open(kind);
        Release r1 = publishedRelease(jan, e1, 0, null, ReleaseObservation.of(all, jan, 100), ReleaseObservation.of(bj, jan, 10));
        assertEquals(2, Releases.observationCount(db, r1.id()));
        // February's release recomputes January: ALL unchanged, Beijing revised
        Release r2 = publishedRelease(feb, e2, 0, null, ReleaseObservation.of(all, jan, 100), ReleaseObservation.of(bj, jan, 11),
                ReleaseObservation.of(all, feb, 200), ReleaseObservation.of(bj, feb, 20));
        List<ReleaseObservation> kept = Releases.observations(db, r2.id(), 100, 0);
        assertEquals(3, kept.size(), "the unchanged January ALL is not a new vintage: " + kept);
        // a correction of February: Beijing February withheld, ALL February revised; Beijing January no longer computed
        Release c = publishedRelease(feb, e3, r2.id(), "late report from an enterprise in Hebei", ReleaseObservation.of(all, jan, 100),
                ReleaseObservation.of(all, feb, 201), ReleaseObservation.of(bj, feb, 20).suppressed());
        assertEquals(2, c.version());
        assertEquals(r2.id(), c.correctionOf());
        assertEquals("late report from an enterprise in Hebei", c.reason());
        Map<String, ObservationStatus> cRows = Releases.observations(db, c.id(), 100, 0).stream()
                .collect(Collectors.toMap(o -> o.series().id() + "@" + Period.format(o.period()), ReleaseObservation::status));
        assertEquals(Map.of("output_value.ALL.ALL@2018-02", ObservationStatus.NORMAL, "output_value.ALL.110000@2018-02", ObservationStatus.CONFIDENTIAL,
                "output_value.ALL.110000@2018-01", ObservationStatus.MISSING), cRows);

        List<Vintage> v = Releases.vintages(db, bj, e3);
        assertEquals(List.of(10.0, 11.0), RealTime.history(v).stream().filter(o -> o.period() == jan && o.status() == ObservationStatus.NORMAL)
                .map(RealTimeObservation::value).toList());
        assertEquals(List.of(10.0), RealTime.asOf(v, e2.minusNanos(1000)).stream().map(RealTimeObservation::value).toList());
        List<RealTimeObservation> now = RealTime.asOf(v, e3);
        assertEquals(1, now.size());
        assertEquals(ObservationStatus.CONFIDENTIAL, now.get(0).status());
        assertTrue(Double.isNaN(now.get(0).value()), "a withheld value is not stored");
        assertTrue(Releases.vintages(db, all, e1.minusSeconds(1)).isEmpty(), "nothing before the first publication");
        assertEquals(java.util.Set.of(all, bj), Releases.series(db, e3).stream().map(Releases.PublishedSeries::key).collect(Collectors.toSet()));
        assertTrue(Releases.series(db, e1.minusSeconds(1)).isEmpty());
        try (Connection conn = db.connect()) {
            assertNull(AuditLog.verify(conn));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aPublishedReleaseIsNeverChanged(TestDatabases kind) {
        open(kind);
        Release r1 = publishedRelease(jan, e1, 0, null, ReleaseObservation.of(all, jan, 100));
        assertEquals(ReleaseStatus.PUBLISHED, r1.status());
        assertEquals(e1, r1.publishedAt());
        String msg = "release " + r1.id() + " is published and can never change; publish a correction instead";
        assertEquals(msg, assertThrows(ReleaseRuleException.class, () -> Releases.approve(db, r1.id(), "p", e2, e2)).getMessage());
        assertEquals(msg, assertThrows(ReleaseRuleException.class, () -> Releases.publish(db, r1.id(), "p", e2, true)).getMessage());
        assertEquals(msg, assertThrows(ReleaseRuleException.class, () -> Releases.discard(db, r1.id(), "p")).getMessage());
        assertEquals(r1, Releases.get(db, r1.id()));
        assertEquals(1, Releases.observationCount(db, r1.id()));
        // a second release of the month must be a correction
        ReleaseRuleException e = assertThrows(ReleaseRuleException.class, () -> Releases.create(db,
                new Releases.NewRelease(jan, e2, null, 0, null, "indicators"), "a", e2, rows(ReleaseObservation.of(all, jan, 1))));
        assertTrue(e.getMessage().contains("must be a correction"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void embargoAndDiscard(TestDatabases kind) {
        open(kind);
        Release d = Releases.create(db, new Releases.NewRelease(jan, t0, e1, 0, null, "indicators"), "analyst", t0, rows(ReleaseObservation.of(all, jan, 100)));
        assertTrue(Releases.publishDue(db, e1, "scheduler").isEmpty(), "a draft is not published, even at its embargo time");
        Releases.approve(db, d.id(), "publisher", null, t0);
        assertTrue(Releases.publishDue(db, e1.minusMillis(1), "scheduler").isEmpty(), "embargoed");
        assertThrows(ReleaseRuleException.class, () -> Releases.publish(db, d.id(), "ops", t0, false));
        assertEquals(ReleaseStatus.DISCARDED, Releases.discard(db, d.id(), "publisher").status());
        assertEquals(0, Releases.observationCount(db, d.id()));
        assertTrue(Releases.publishDue(db, e2, "scheduler").isEmpty());
        Release again = Releases.create(db, new Releases.NewRelease(jan, t0, e1, 0, null, "indicators"), "analyst", t0, rows(ReleaseObservation.of(all, jan, 100)));
        assertEquals(1, again.version(), "a discarded draft is no version");
        Releases.approve(db, again.id(), "publisher", null, t0);
        Release forced = Releases.publish(db, again.id(), "ops", t0, true);
        assertEquals(t0, forced.publishedAt());
        assertThrows(IllegalArgumentException.class, () -> Releases.create(db, new Releases.NewRelease(feb, t0, e1, 0, null, "indicators"), "a", t0,
                rows(ReleaseObservation.of(all, Period.of(2018, 3), 1))), "a release holds no month after its own");
    }
}
