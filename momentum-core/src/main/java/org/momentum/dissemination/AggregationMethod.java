package org.momentum.dissemination;

/** FRED's aggregation_method: how months become a quarter or a year. */
public enum AggregationMethod {
    AVG("avg"), SUM("sum"), EOP("eop");

    private final String code;

    AggregationMethod(String code) { this.code = code; }

    public String code() { return code; }

    public static AggregationMethod ofCode(String code) {
        for (AggregationMethod a : values()) if (a.code.equals(code)) return a;
        throw new IllegalArgumentException("aggregation_method '" + code + "' is not one of avg, sum, eop");
    }
}
