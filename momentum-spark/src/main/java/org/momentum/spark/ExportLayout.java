package org.momentum.spark;

/**
 * The folder layout of {@code momentum export --format parquet --out DIR} (docs/spark.md), which the jobs read:
 * <ul>
 *   <li>{@code DIR/enterprises/province=NN0000/*.parquet}: {@code enterprise_id, name, industry, region, size,
 *       scope_from, scope_to} (periods {@code YYYY-MM}, scope_to null while open);</li>
 *   <li>{@code DIR/reports/year=YYYY/month=M/*.parquet}: the current revision of every report,
 *       {@code enterprise_id, period, indicator, value, prev_year_value, revision};</li>
 *   <li>{@code DIR/prices/year=YYYY/*.parquet}: {@code industry, period, ppi_yoy} (absent or empty: no prices);</li>
 *   <li>{@code DIR/industry.parquet}: the classification in force, {@code code, level, parent, section, name_zh, name_en}.</li>
 * </ul>
 */
public final class ExportLayout {
    public static final String ENTERPRISES = "enterprises";
    public static final String REPORTS = "reports";
    public static final String PRICES = "prices";
    public static final String INDUSTRY = "industry.parquet";

    private ExportLayout() {}
}
