package org.momentum.app.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.momentum.classification.Period;
import org.momentum.dissemination.SeriesKey;

/**
 * An SDMX 2.1 REST data query (SDMX Technical Standards, Section 7, "data" resource): the series key with one
 * position per dimension, an empty position matching every code and {@code +} joining codes (OR); the period
 * range (startPeriod/endPeriod in any SDMX reporting period form: 2017, 2017-Q1, 2017-S1, 2017-01, 2017-01-15);
 * first/lastNObservations per series; updatedAfter.
 *
 * @param codes per dimension the codes asked for; an empty set matches every code
 */
record SdmxQuery(List<Set<String>> codes, int startPeriod, int endPeriod, int firstN, int lastN, Instant updatedAfter) {

    /** Reads a key ("all" or empty: everything); throws IllegalArgumentException naming what is wrong. */
    static List<Set<String>> parseKey(String key) {
        int n = SdmxStructure.DIMENSIONS.size();
        List<Set<String>> out = new ArrayList<>();
        if (key == null || key.isBlank() || key.equals("all")) {
            for (int i = 0; i < n; i++) out.add(Set.of());
            return out;
        }
        String[] parts = key.split("\\.", -1);
        if (parts.length != n)
            throw new IllegalArgumentException("key '" + key + "' has " + parts.length + " positions; the data structure has " + n
                    + " dimensions (" + String.join(".", SdmxStructure.DIMENSIONS.stream().map(SdmxStructure.Component::id).toList()) + ")");
        for (String part : parts) {
            Set<String> codes = new HashSet<>();
            if (!part.isEmpty())
                for (String c : part.split("\\+", -1)) {
                    if (c.isEmpty()) throw new IllegalArgumentException("key '" + key + "' has an empty code around '+'");
                    codes.add(c);
                }
            out.add(Set.copyOf(codes));
        }
        return out;
    }

    boolean matches(SeriesKey k) {
        List<String> c = SdmxStructure.codes(k);
        for (int i = 0; i < c.size(); i++)
            if (!codes.get(i).isEmpty() && !codes.get(i).contains(c.get(i))) return false;
        return true;
    }

    boolean inRange(int period) { return period >= startPeriod && period <= endPeriod; }

    /**
     * The first month (start) or the last month (end) of an SDMX reporting period: YYYY, YYYY-Qn, YYYY-Sn,
     * YYYY-MM or YYYY-MM-DD (a date counts by its month). Throws IllegalArgumentException when it is none of these.
     */
    static int month(String value, boolean start) {
        String v = value.trim();
        try {
            if (v.matches("\\d{4}")) return Period.of(Integer.parseInt(v), start ? 1 : 12);
            if (v.matches("\\d{4}-[QqSs]\\d")) {
                int y = Integer.parseInt(v.substring(0, 4)), n = v.charAt(6) - '0';
                int months = Character.toUpperCase(v.charAt(5)) == 'Q' ? 3 : 6;
                if (n < 1 || n > 12 / months) throw new IllegalArgumentException();
                return Period.of(y, start ? (n - 1) * months + 1 : n * months);
            }
            if (v.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
                int p = Period.parseOrNone(v.substring(0, 7));
                if (p == Period.NONE) throw new IllegalArgumentException();
                if (v.length() == 10) java.time.LocalDate.parse(v);
                return p;
            }
        } catch (RuntimeException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("'" + value + "' is not a period YYYY, YYYY-Qn, YYYY-Sn, YYYY-MM or YYYY-MM-DD");
    }
}
