package org.momentum.indicators;

import java.util.Comparator;

/**
 * One row of indicators.csv (formats.md). NaN means "empty / not defined" (indicators.md); {@code period} is a
 * {@link org.momentum.classification.Period} int.
 */
public record IndicatorRow(String measure, String industry, String region, int period, double value, int enterprises,
                           double yoyPct, double ytdValue, double ytdYoyPct, double contributionPp) {
    public static final String ALL = "ALL";

    /** The order of indicators.csv: measure, period, industry (ALL, sections, divisions, classes), region (ALL, provinces). */
    public static final Comparator<IndicatorRow> ORDER = (a, b) ->
            compareKeys(a.measure, a.period, a.industry, a.region, b.measure, b.period, b.industry, b.region);

    static int compareKeys(String m1, int p1, String i1, String r1, String m2, int p2, String i2, String r2) {
        int c = m1.compareTo(m2);
        if (c != 0) return c;
        c = Integer.compare(p1, p2);
        if (c != 0) return c;
        c = compareIndustries(i1, i2);
        if (c != 0) return c;
        return compareRegions(r1, r2);
    }

    /** ALL first, then sections, divisions, groups and classes, each level in code order. */
    public static int compareIndustries(String a, String b) {
        int c = Integer.compare(industryRank(a), industryRank(b));
        return c != 0 ? c : a.compareTo(b);
    }

    /** ALL first, then province codes ascending. */
    public static int compareRegions(String a, String b) {
        boolean aa = a.equals(ALL), ba = b.equals(ALL);
        if (aa || ba) return aa == ba ? 0 : aa ? -1 : 1;
        return a.compareTo(b);
    }

    private static int industryRank(String code) {
        if (code.equals(ALL)) return 0;
        if (!Character.isDigit(code.charAt(0))) return 1; // section letter
        return code.length(); // 2 division, 3 group, 4 class
    }
}
