package org.momentum.quality.evaluation;

/**
 * The documented kinds of falsification the evaluation injects into clean panels (issue 10), each with what the
 * falsifier does. Money figures are output, sales and revenue (10k yuan); electricity and employment are left as
 * they were unless said otherwise, because a falsifier writes the figures that are judged, not the meter.
 */
public enum Falsification {
    /** Output, sales and revenue of the month × 1.10. */
    INFLATE_10("inflation by 10%", 0.10),
    INFLATE_20("inflation by 20%", 0.20),
    INFLATE_30("inflation by 30%", 0.30),
    INFLATE_50("inflation by 50%", 0.50),
    /** Every figure of the month (flows, products, employment) is last year's same month, copied. */
    COPY_LAST_YEAR("copy of last year", 0),
    /** The month's flows are written round: to 100 at 1,000 and above, to 10 at 100 and above, else to 1. */
    ROUNDED("rounded figures", 0),
    /**
     * Twelve months of flows typed by a person: the first two significant digits kept (the level stays plausible),
     * each later digit, with probability 0.7, one of the person's three favourite digits, else any digit
     * (fabricators' digit preferences: Mosimann, Wiseman & Edelman 1995).
     */
    FABRICATED_DIGITS("fabricated digits", 0),
    /** Every reporting enterprise of one province inflates output, sales and revenue by 15%. */
    REGION_INFLATION("region-wide inflation by 15%", 0.15);

    private final String description;
    private final double rate;

    Falsification(String description, double rate) {
        this.description = description;
        this.rate = rate;
    }

    public String description() { return description; }

    /** The inflation rate, 0 for the kinds that do not inflate. */
    public double rate() { return rate; }
}
