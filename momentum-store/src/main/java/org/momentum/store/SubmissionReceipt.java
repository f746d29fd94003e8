package org.momentum.store;

import java.time.Instant;

/** What the store gives back for an accepted submission: rows = revised + unchanged + new ones. */
public record SubmissionReceipt(String receipt, String principal, String enterpriseId, int period, Instant acceptedAt,
                                int rows, int revised, int unchanged) {}
