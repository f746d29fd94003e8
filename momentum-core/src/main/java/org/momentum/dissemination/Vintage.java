package org.momentum.dissemination;

import java.time.Instant;

/** One published value of one observation: what release {@code release} made public at {@code publishedAt}. */
public record Vintage(int period, double value, ObservationStatus status, long release, Instant publishedAt) {}
