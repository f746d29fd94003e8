package org.momentum.store;

/**
 * The store's answer to one submission: applied now, replayed (its Idempotency-Key was seen with the same request:
 * the original receipt, nothing applied), or refused because the key was used with another request.
 */
public record SubmissionOutcome(Kind kind, SubmissionReceipt receipt) {
    public enum Kind { APPLIED, REPLAYED, KEY_REUSED }
}
