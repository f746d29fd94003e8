package org.momentum.dissemination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;

class ReleaseLifecycleTest {
    final int march = Period.of(2018, 3);
    final Instant now = Instant.parse("2018-04-10T02:00:00Z");
    final Instant embargo = Instant.parse("2018-04-17T01:30:00Z");

    Release draft(long id, int version, long correctionOf) {
        return new Release(id, march, version, ReleaseStatus.DRAFT, now, null, now, "ana", null, null, null, null, correctionOf, null);
    }

    @Test
    void draftApprovedPublished() {
        Release d = draft(1, 1, 0);
        assertTrue(assertThrows(ReleaseRuleException.class, () -> ReleaseLifecycle.approve(d, "pub", null, now)).getMessage().contains("no embargo"));
        Release a = ReleaseLifecycle.approve(d, "pub", embargo, now);
        assertEquals(ReleaseStatus.APPROVED, a.status());
        assertEquals("pub", a.approvedBy());
        assertTrue(assertThrows(ReleaseRuleException.class, () -> ReleaseLifecycle.publish(a, "scheduler", now, false))
                .getMessage().contains("embargoed until 2018-04-17T01:30:00Z"));
        Release p = ReleaseLifecycle.publish(a, "scheduler", embargo, false);
        assertEquals(ReleaseStatus.PUBLISHED, p.status());
        assertEquals(embargo, p.publishedAt());
        assertTrue(p.isPublicAt(embargo));
        assertTrue(!p.isPublicAt(embargo.minusNanos(1)));
        Release forced = ReleaseLifecycle.publish(a, "ops", now, true);
        assertEquals(now, forced.publishedAt(), "forced: public from when it was published");
        assertThrows(ReleaseRuleException.class, () -> ReleaseLifecycle.publish(d, "ops", now, true), "a draft is never published");
    }

    @Test
    void aPublishedReleaseNeverChanges() {
        Release p = ReleaseLifecycle.publish(ReleaseLifecycle.approve(draft(1, 1, 0), "pub", embargo, now), "s", embargo, false);
        for (Runnable step : List.<Runnable>of(() -> ReleaseLifecycle.approve(p, "pub", embargo, now),
                () -> ReleaseLifecycle.publish(p, "s", embargo, true), () -> ReleaseLifecycle.discard(p))) {
            ReleaseRuleException e = assertThrows(ReleaseRuleException.class, step::run);
            assertEquals("release 1 is published and can never change; publish a correction instead", e.getMessage());
        }
    }

    @Test
    void versionsAndCorrections() {
        assertEquals(new ReleaseLifecycle.NewVersion(1, 0, null), ReleaseLifecycle.newVersion(march, List.of(), 0, null));
        assertThrows(ReleaseRuleException.class, () -> ReleaseLifecycle.newVersion(march, List.of(), 7, "typo"));
        assertThrows(ReleaseRuleException.class, () -> ReleaseLifecycle.newVersion(march, List.of(draft(1, 1, 0)), 0, null),
                "one open release per month");
        Release v1 = ReleaseLifecycle.publish(ReleaseLifecycle.approve(draft(1, 1, 0), "p", embargo, now), "s", embargo, false);
        ReleaseRuleException e = assertThrows(ReleaseRuleException.class, () -> ReleaseLifecycle.newVersion(march, List.of(v1), 0, null));
        assertEquals("2018-03 is published (release 1, version 1); a new version must be a correction of it, with a reason", e.getMessage());
        assertThrows(ReleaseRuleException.class, () -> ReleaseLifecycle.newVersion(march, List.of(v1), 1, " "));
        assertEquals(new ReleaseLifecycle.NewVersion(2, 1, "late report from Hebei"),
                ReleaseLifecycle.newVersion(march, List.of(v1), 1, " late report from Hebei "));
        Release v2 = ReleaseLifecycle.publish(ReleaseLifecycle.approve(draft(2, 2, 1), "p", embargo, now), "s", embargo, false);
        assertThrows(ReleaseRuleException.class, () -> ReleaseLifecycle.newVersion(march, List.of(v1, v2), 1, "again"),
                "only the latest version is corrected");
        assertEquals(3, ReleaseLifecycle.newVersion(march, List.of(v1, v2), 2, "again").version());
        Release discarded = ReleaseLifecycle.discard(draft(3, 3, 2));
        assertEquals(3, ReleaseLifecycle.newVersion(march, List.of(v1, v2, discarded), 2, "again").version());
    }
}
