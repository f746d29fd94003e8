package org.momentum.dissemination.press;

import org.momentum.dissemination.ObservationStatus;

/**
 * One published number as the release has it: a value (status A), withheld by disclosure control (C), withdrawn
 * (M), or absent from the release (status null). Only a shown figure is ever printed.
 */
public record Figure(double value, ObservationStatus status) {
    public static final Figure ABSENT = new Figure(Double.NaN, null);

    public static Figure of(double value) { return new Figure(value, ObservationStatus.NORMAL); }

    public static Figure withheld() { return new Figure(Double.NaN, ObservationStatus.CONFIDENTIAL); }

    public boolean shown() { return status == ObservationStatus.NORMAL && Double.isFinite(value); }

    /** In the release but without a number: withheld or withdrawn ("not published"). */
    public boolean notPublished() { return status != null && !shown(); }
}
