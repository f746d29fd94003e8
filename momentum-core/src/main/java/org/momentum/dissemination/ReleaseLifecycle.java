package org.momentum.dissemination;

import java.time.Instant;
import java.util.List;
import org.momentum.classification.Period;

/**
 * The rules of a release's life: draft → approved → published (or discarded before publication). A published
 * release is never changed again: numbers found wrong after publication go out as a correction, a new version of
 * the same month whose reason is shown to users. Every method returns the release after the step or throws
 * {@link ReleaseRuleException} saying why the step is refused.
 */
public final class ReleaseLifecycle {
    private ReleaseLifecycle() {}

    /** What a new release of a month needs: which version it becomes. */
    public record NewVersion(int version, long correctionOf, String reason) {}

    /**
     * Checks a new release of {@code period} against the releases of that month so far. The first is version 1
     * and is no correction. Once a version is published, a new one must be a correction of the latest published
     * version, with a reason. While a draft or approved release of the month exists, no other may be created.
     */
    public static NewVersion newVersion(int period, List<Release> ofPeriod, long correctionOf, String reason) {
        String month = Period.format(period);
        boolean hasReason = reason != null && !reason.isBlank();
        Release latest = null;
        for (Release r : ofPeriod) {
            if (r.period() != period) throw new IllegalArgumentException("release " + r.id() + " is not of " + month);
            if (r.status() == ReleaseStatus.DRAFT || r.status() == ReleaseStatus.APPROVED)
                throw new ReleaseRuleException("release " + r.id() + " of " + month + " is still " + r.status().name().toLowerCase()
                        + "; publish or discard it before creating another");
            if (r.status() == ReleaseStatus.PUBLISHED && (latest == null || r.version() > latest.version())) latest = r;
        }
        if (latest == null) {
            if (correctionOf != 0) throw new ReleaseRuleException("nothing of " + month + " is published yet, so there is nothing to correct");
            if (hasReason) throw new ReleaseRuleException("a reason goes with a correction (--correction-of); the first release of " + month + " needs none");
            return new NewVersion(1, 0, null);
        }
        if (correctionOf == 0)
            throw new ReleaseRuleException(month + " is published (release " + latest.id() + ", version " + latest.version()
                    + "); a new version must be a correction of it, with a reason");
        if (correctionOf != latest.id())
            throw new ReleaseRuleException("a correction corrects the latest published version of " + month + ": release "
                    + latest.id() + " (version " + latest.version() + "), not " + correctionOf);
        if (!hasReason) throw new ReleaseRuleException("a correction needs a reason; it is shown to users");
        return new NewVersion(latest.version() + 1, correctionOf, reason.strip());
    }

    /** A publisher approves a draft; it is published at {@code embargoAt} (given now or at creation). */
    public static Release approve(Release r, String user, Instant embargoAt, Instant now) {
        requireNotPublished(r);
        if (r.status() != ReleaseStatus.DRAFT)
            throw new ReleaseRuleException("release " + r.id() + " is " + r.status().name().toLowerCase() + "; only a draft can be approved");
        Instant embargo = embargoAt != null ? embargoAt : r.embargoAt();
        if (embargo == null) throw new ReleaseRuleException("release " + r.id() + " has no embargo time; give one to approve it");
        return r.with(ReleaseStatus.APPROVED, embargo, now, user, null, null);
    }

    /**
     * Publishes an approved release: at its embargo time (the scheduler), or earlier when {@code forced} (an
     * operator's decision, recorded as such). The publication time is {@code now}: that is when it became public.
     */
    public static Release publish(Release r, String user, Instant now, boolean forced) {
        requireNotPublished(r);
        if (r.status() != ReleaseStatus.APPROVED)
            throw new ReleaseRuleException("release " + r.id() + " is " + r.status().name().toLowerCase() + "; only an approved release can be published");
        if (!forced && now.isBefore(r.embargoAt()))
            throw new ReleaseRuleException("release " + r.id() + " is embargoed until " + r.embargoAt());
        return r.with(ReleaseStatus.PUBLISHED, r.embargoAt(), r.approvedAt(), r.approvedBy(), now, user);
    }

    /** Withdraws a draft or approved release before publication. */
    public static Release discard(Release r) {
        requireNotPublished(r);
        if (r.status() == ReleaseStatus.DISCARDED) throw new ReleaseRuleException("release " + r.id() + " is already discarded");
        return r.with(ReleaseStatus.DISCARDED, r.embargoAt(), r.approvedAt(), r.approvedBy(), null, null);
    }

    /** Refuses any change to a published release. */
    public static void requireNotPublished(Release r) {
        if (r.status() == ReleaseStatus.PUBLISHED)
            throw new ReleaseRuleException("release " + r.id() + " is published and can never change; publish a correction instead");
    }
}
