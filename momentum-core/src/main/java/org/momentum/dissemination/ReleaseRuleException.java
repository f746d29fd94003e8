package org.momentum.dissemination;

/** A step the release rules refuse; the message says why and what to do instead. */
public final class ReleaseRuleException extends RuntimeException {
    public ReleaseRuleException(String message) { super(message); }
}
