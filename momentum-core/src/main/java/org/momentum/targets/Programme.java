package org.momentum.targets;

import java.util.EnumMap;
import java.util.Map;

/**
 * A programme: pilot projects (announced in batches) or demonstration zones, with the improvement each KPI has to
 * reach, in percent (e.g. operating cost −20% is a threshold of 20 on {@link Kpi#OPERATING_COST}).
 */
public record Programme(String id, Kind kind, String name, String nameZh, Map<Kpi, Double> thresholds) {
    public enum Kind {
        PILOT("pilot"), ZONE("zone");

        private final String code;

        Kind(String code) { this.code = code; }

        public String code() { return code; }

        public static Kind parseOrNull(String s) {
            for (Kind k : values()) if (k.code.equals(s)) return k;
            return null;
        }
    }

    public Programme {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a programme needs an id");
        if (kind == null) throw new IllegalArgumentException("programme " + id + ": kind is required");
        EnumMap<Kpi, Double> copy = new EnumMap<>(Kpi.class);
        if (thresholds != null) copy.putAll(thresholds);
        thresholds = java.util.Collections.unmodifiableMap(copy);
    }

    /** The KPI's threshold in percent improvement, or NaN when the programme sets none. */
    public double threshold(Kpi kpi) {
        Double v = thresholds.get(kpi);
        return v == null ? Double.NaN : v;
    }
}
