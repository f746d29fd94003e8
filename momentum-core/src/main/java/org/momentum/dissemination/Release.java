package org.momentum.dissemination;

import java.time.Instant;

/**
 * A release of one statistical month: version 1 is the regular release, later versions are corrections of the
 * version before, each with the reason shown to users. {@code cutoff} is the instant the data were frozen at:
 * the release holds what was computed from the reports received up to it. {@code correctionOf} is 0 for a
 * regular release.
 */
public record Release(long id, int period, int version, ReleaseStatus status, Instant cutoff, Instant embargoAt,
                      Instant createdAt, String createdBy, Instant approvedAt, String approvedBy,
                      Instant publishedAt, String publishedBy, long correctionOf, String reason) {

    public boolean isCorrection() { return correctionOf != 0; }

    /** Public at {@code now}: published, and its publication time has come. */
    public boolean isPublicAt(Instant now) {
        return status == ReleaseStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    Release with(ReleaseStatus s, Instant embargo, Instant apAt, String apBy, Instant pubAt, String pubBy) {
        return new Release(id, period, version, s, cutoff, embargo, createdAt, createdBy, apAt, apBy, pubAt, pubBy, correctionOf, reason);
    }
}
