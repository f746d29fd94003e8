package org.momentum.dissemination;

import java.util.Set;

/**
 * One published series: a measure of a cell (industry × region) and which of the indicator's numbers it is.
 * Its id is {@code measure.industry.region} for the level ({@code value}) and
 * {@code measure.industry.region.variable} for the others, e.g. {@code output_value.ALL.ALL},
 * {@code output_value.36.440000.yoy_pct}, {@code product.nev.ALL.ALL.ytd_value}. Measure codes may hold dots
 * ({@code product.nev}), so an id is read from the right: industry and region never contain a dot.
 */
public record SeriesKey(String measure, String industry, String region, String variable) {
    public static final String LEVEL = "value";
    /** The numbers of an indicator row (indicators.csv) that are published as series of their own. */
    public static final Set<String> INDICATOR_VARIABLES = Set.of(LEVEL, "enterprises", "yoy_pct", "ytd_value", "ytd_yoy_pct", "contribution_pp");

    public SeriesKey {
        requirePart(measure, "measure");
        requirePart(industry, "industry");
        requirePart(region, "region");
        requirePart(variable, "variable");
        if (industry.contains(".") || region.contains(".") || variable.contains("."))
            throw new IllegalArgumentException("industry, region and variable must not contain '.'");
    }

    private static void requirePart(String s, String name) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException(name + " is empty");
    }

    public static SeriesKey level(String measure, String industry, String region) {
        return new SeriesKey(measure, industry, region, LEVEL);
    }

    public String id() {
        String base = measure + '.' + industry + '.' + region;
        return variable.equals(LEVEL) ? base : base + '.' + variable;
    }

    /**
     * Reads an id; {@code variables} are the variable names in use (a trailing part that is one of them is the
     * variable, else the id is a level). Throws IllegalArgumentException naming what is wrong.
     */
    public static SeriesKey parse(String id, Set<String> variables) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("series id is empty");
        String[] parts = id.split("\\.", -1);
        int n = parts.length;
        String variable = LEVEL;
        if (n >= 4 && variables.contains(parts[n - 1]) && !parts[n - 1].equals(LEVEL)) {
            variable = parts[n - 1];
            n--;
        }
        if (n < 3) throw new IllegalArgumentException("series id '" + id + "' is not measure.industry.region[.variable]");
        String measure = String.join(".", java.util.Arrays.copyOfRange(parts, 0, n - 2));
        for (int i = 0; i < n; i++)
            if (parts[i].isEmpty()) throw new IllegalArgumentException("series id '" + id + "' has an empty part");
        return new SeriesKey(measure, parts[n - 2], parts[n - 1], variable);
    }
}
