package org.momentum.dissemination;

/** Where a release is in its life. Only PUBLISHED releases are ever seen by the public. */
public enum ReleaseStatus {
    /** Computed from a frozen snapshot; under review; may be discarded. */
    DRAFT,
    /** Approved by a publisher; becomes public at its embargo time. */
    APPROVED,
    /** Public and immutable from {@code publishedAt}; a correction is a new version. */
    PUBLISHED,
    /** Withdrawn before publication; kept for the record. */
    DISCARDED
}
