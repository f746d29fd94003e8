package org.momentum.targets;

/**
 * What a target's goal value measures. {@code level}: the measure's value at the deadline; {@code change}: the value
 * at the deadline minus the baseline value (for {@code capacity.*} the capacity cut of {@link CapacityCut}, negated);
 * {@code growth}: percent growth, for flows the year-to-date growth on a comparable basis at the deadline (the
 * published figure), for stocks value / baseline − 1.
 */
public enum GoalKind {
    LEVEL("level"), CHANGE("change"), GROWTH("growth");

    private final String code;

    GoalKind(String code) { this.code = code; }

    public String code() { return code; }

    /** Null when the text is none of the codes. */
    public static GoalKind parseOrNull(String s) {
        for (GoalKind k : values()) if (k.code.equals(s)) return k;
        return null;
    }
}
