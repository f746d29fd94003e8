package org.momentum.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Row-by-row comparison: same keys and counts, numbers within 1e-9 relative (NaN only against NaN). */
final class CubeAssertions {
    static final double TOLERANCE = 1e-9;

    private CubeAssertions() {}

    static void assertSameCube(List<IndicatorRow> expected, List<IndicatorRow> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int k = 0; k < n; k++) {
            IndicatorRow e = expected.get(k), a = actual.get(k);
            String where = "row " + k + ": expected " + e + " but was " + a;
            assertEquals(e.measure(), a.measure(), where);
            assertEquals(e.industry(), a.industry(), where);
            assertEquals(e.region(), a.region(), where);
            assertEquals(e.period(), a.period(), where);
            assertEquals(e.enterprises(), a.enterprises(), where);
            close(e.value(), a.value(), "value " + where);
            close(e.yoyPct(), a.yoyPct(), "yoy_pct " + where);
            close(e.ytdValue(), a.ytdValue(), "ytd_value " + where);
            close(e.ytdYoyPct(), a.ytdYoyPct(), "ytd_yoy_pct " + where);
            close(e.contributionPp(), a.contributionPp(), "contribution_pp " + where);
        }
        assertEquals(expected.size(), actual.size(), "number of rows");
    }

    static void close(double e, double a, String what) {
        if (Double.isNaN(e) || Double.isNaN(a)) {
            if (Double.isNaN(e) != Double.isNaN(a)) throw new AssertionError(what);
            return;
        }
        if (Math.abs(e - a) > TOLERANCE * Math.max(1, Math.max(Math.abs(e), Math.abs(a)))) throw new AssertionError(what);
    }
}
