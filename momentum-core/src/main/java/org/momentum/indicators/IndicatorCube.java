package org.momentum.indicators;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The rows computed by {@link IndicatorEngine}, in the order of indicators.csv ({@link IndicatorRow#ORDER}).
 * {@link #find} is a binary search over that order, so the cube holds no index beside the rows.
 */
public final class IndicatorCube {
    private final List<IndicatorRow> rows;

    /** @param rows rows already sorted by {@link IndicatorRow#ORDER} without duplicate keys */
    IndicatorCube(List<IndicatorRow> rows) { this.rows = Collections.unmodifiableList(rows); }

    /** Sorts a copy of the rows; duplicate keys are an error. */
    public static IndicatorCube of(List<IndicatorRow> rows) {
        IndicatorRow[] a = rows.toArray(new IndicatorRow[0]);
        java.util.Arrays.sort(a, IndicatorRow.ORDER);
        for (int i = 1; i < a.length; i++) {
            if (IndicatorRow.ORDER.compare(a[i - 1], a[i]) == 0) throw new IllegalArgumentException("two rows for the key of " + a[i]);
        }
        return new IndicatorCube(List.of(a));
    }

    public List<IndicatorRow> rows() { return rows; }

    public int size() { return rows.size(); }

    /** The row of a cell, empty when the cell has no in-scope enterprise with a value (no row in indicators.csv). */
    public Optional<IndicatorRow> find(String measure, String industry, String region, int period) {
        int lo = 0, hi = rows.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            IndicatorRow r = rows.get(mid);
            int c = IndicatorRow.compareKeys(r.measure(), r.period(), r.industry(), r.region(), measure, period, industry, region);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return Optional.of(r);
        }
        return Optional.empty();
    }
}
