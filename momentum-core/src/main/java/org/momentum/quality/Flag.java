package org.momentum.quality;

/**
 * One piece of evidence against one report (formats.md, quality flags): the enterprise's report for {@code period}
 * ({@code YYYY-MM} as an int, see {@code Period}), the indicator it is mostly about, a score in [0,1], the rule or
 * check that raised it and the sentence a reviewer reads.
 */
public record Flag(String enterpriseId, int period, String indicator, double score, String rule, String detail) {
    public Flag {
        if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("score " + score + " is not in [0,1]");
    }

    /** formats.md: a report is flagged when its highest score is ≥ 0.5. */
    public static final double FLAGGED = 0.5;

    public boolean flagged() { return score >= FLAGGED; }
}
