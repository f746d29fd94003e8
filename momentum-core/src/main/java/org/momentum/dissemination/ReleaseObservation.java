package org.momentum.dissemination;

/** One number of a release: a series, a month and its value (NaN unless the status carries a value). */
public record ReleaseObservation(SeriesKey series, int period, double value, ObservationStatus status) {
    public ReleaseObservation {
        if (status.hasValue() && !Double.isFinite(value))
            throw new IllegalArgumentException(series.id() + " " + period + ": a normal observation needs a finite value");
        if (!status.hasValue()) value = Double.NaN; // a withheld number is not kept, not even by accident
    }

    public static ReleaseObservation of(SeriesKey series, int period, double value) {
        return new ReleaseObservation(series, period, value, ObservationStatus.NORMAL);
    }

    /** The same observation withheld (disclosure control). */
    public ReleaseObservation suppressed() {
        return new ReleaseObservation(series, period, Double.NaN, ObservationStatus.CONFIDENTIAL);
    }
}
