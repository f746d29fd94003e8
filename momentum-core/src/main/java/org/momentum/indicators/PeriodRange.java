package org.momentum.indicators;

import org.momentum.classification.Period;

/** The months from..to, both included. */
public record PeriodRange(int from, int to) {
    public PeriodRange {
        if (to < from) throw new IllegalArgumentException(Period.format(to) + " is before " + Period.format(from));
    }

    public boolean contains(int period) { return from <= period && period <= to; }

    @Override
    public String toString() { return Period.format(from) + ".." + Period.format(to); }
}
