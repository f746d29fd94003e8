package org.momentum.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.Period;

/**
 * Producer price indices by industry and month. {@link #lookup} gives the most specific index that covers a class
 * (formats.md, prices.csv): class (4 digits), group (3), division (2), section letter, then {@code ALL}.
 * The section of a division is the fixed one of GB/T 4754-2017, so no classification is needed.
 * A later observation for the same (industry, period) replaces the earlier one.
 */
public final class PriceIndex {
    public static final String ALL = "ALL";

    /** Section letter of divisions 01..97 of GB/T 4754-2017 (index = division number). */
    private static final char[] SECTION_OF_DIVISION = sectionsOfDivisions();

    private final Map<String, Map<Integer, Double>> byIndustry;

    private PriceIndex(Map<String, Map<Integer, Double>> byIndustry) { this.byIndustry = byIndustry; }

    public static PriceIndex of(List<PriceObservation> observations) {
        Builder b = builder();
        for (PriceObservation o : observations) b.add(o.industry(), o.period(), o.ppiYoy());
        return b.build();
    }

    public static Builder builder() { return new Builder(); }

    /** Collects observations; each must have a known code shape and a finite index > 0. */
    public static final class Builder {
        private final Map<String, Map<Integer, Double>> byIndustry = new HashMap<>();

        public Builder add(String industry, int period, double ppiYoy) {
            if (!isIndustryCode(industry))
                throw new IllegalArgumentException("'" + industry + "' is not ALL, a section letter or a 2-, 3- or 4-digit industry code");
            if (!(ppiYoy > 0) || Double.isInfinite(ppiYoy))
                throw new IllegalArgumentException("price index " + ppiYoy + " for " + industry + " in " + Period.format(period) + " is not a finite number > 0");
            byIndustry.computeIfAbsent(industry, k -> new HashMap<>()).put(period, ppiYoy);
            return this;
        }

        public PriceIndex build() {
            Map<String, Map<Integer, Double>> copy = new HashMap<>();
            byIndustry.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
            return new PriceIndex(copy);
        }
    }

    /**
     * The index covering the industry code (normally a 4-digit class) at the period: the code itself, then its
     * group, division, section and {@code ALL}; NaN when none covers it.
     */
    public double lookup(String classCode, int period) {
        for (int len = Math.min(4, classCode.length()); len >= 2; len--) {
            if (!Character.isDigit(classCode.charAt(0))) break;
            double p = get(classCode.substring(0, len), period);
            if (!Double.isNaN(p)) return p;
        }
        String section = sectionOf(classCode);
        if (section != null) {
            double p = get(section, period);
            if (!Double.isNaN(p)) return p;
        }
        return get(ALL, period);
    }

    /** The index given for exactly this code and period, NaN when none. */
    public double get(String industry, int period) {
        Map<Integer, Double> m = byIndustry.get(industry);
        if (m == null) return Double.NaN;
        Double p = m.get(period);
        return p == null ? Double.NaN : p;
    }

    public boolean isEmpty() { return byIndustry.isEmpty(); }

    /** The section letter of a section, division, group or class code; null when it is none of these. */
    public static String sectionOf(String code) {
        if (code.length() == 1 && code.charAt(0) >= 'A' && code.charAt(0) <= 'T') return code;
        if (code.length() < 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) return null;
        int division = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
        if (division < 1 || division >= SECTION_OF_DIVISION.length || SECTION_OF_DIVISION[division] == 0) return null;
        return String.valueOf(SECTION_OF_DIVISION[division]);
    }

    private static boolean isIndustryCode(String s) {
        if (s == null) return false;
        if (s.equals(ALL)) return true;
        if (s.length() == 1) return s.charAt(0) >= 'A' && s.charAt(0) <= 'T';
        if (s.length() < 2 || s.length() > 4) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    private static char[] sectionsOfDivisions() {
        // GB/T 4754-2017: first division of each section A..T
        int[] first = {1, 6, 13, 44, 47, 51, 53, 61, 63, 66, 70, 71, 73, 76, 80, 83, 84, 86, 91, 97};
        char[] s = new char[98];
        for (int k = 0; k < first.length; k++) {
            int end = k + 1 < first.length ? first[k + 1] : 98;
            for (int d = first[k]; d < end; d++) s[d] = (char) ('A' + k);
        }
        return s;
    }
}
