package org.momentum.targets;

import java.util.Map;
import java.util.TreeMap;

/**
 * One enterprise in a programme evaluation: its matching cell (e.g. division|province|size), the year it joined the
 * programme ({@link #NEVER} for a non-participant) and its outcome by year (e.g. annual output value, &gt; 0).
 */
public record EvaluationUnit(String id, String cell, int entryYear, Map<Integer, Double> annual) {
    public static final int NEVER = 0;

    public EvaluationUnit {
        annual = java.util.Collections.unmodifiableMap(new TreeMap<>(annual));
    }

    public boolean participant() { return entryYear != NEVER; }

    /** ln of the year's outcome, NaN when missing or not positive. */
    double log(int year) {
        Double v = annual.get(year);
        return v == null || !(v > 0) || Double.isInfinite(v) ? Double.NaN : Math.log(v);
    }
}
