package org.momentum.quality;

/** How hard a rule bites: an error blocks the report, a warning asks the enterprise for an explanation. */
public enum Severity {
    ERROR("error", 1.0), WARNING("warning", 0.6);

    private final String code;
    private final double score;

    Severity(String code, double score) {
        this.code = code;
        this.score = score;
    }

    public String code() { return code; }

    /** The flag score of a broken rule: both count as flagged (≥ 0.5); an error ranks above any warning. */
    public double score() { return score; }

    /** Null when the text is not a severity. */
    public static Severity parseOrNull(String s) {
        for (Severity v : values()) if (v.code.equals(s)) return v;
        return null;
    }
}
