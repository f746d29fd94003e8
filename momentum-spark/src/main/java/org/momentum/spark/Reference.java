package org.momentum.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.IndustryLevel;
import org.momentum.classification.Period;
import org.momentum.indicators.PriceIndex;

/**
 * The small tables every task needs — the classification and the price indices — as plain serializable rows read
 * once on the driver and shipped with the tasks; each task builds the core's objects from them once.
 */
final class Reference implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<String[]> industries;
    private final List<Object[]> prices; // industry, period (int), ppi_yoy (Double); null = no prices
    private transient IndustryClassification classification;
    private transient PriceIndex priceIndex;

    Reference(List<String[]> industries, List<Object[]> pricesOrNull) {
        this.industries = industries;
        this.prices = pricesOrNull;
    }

    static Reference read(SparkSession spark, String dir) {
        List<String[]> ind = new ArrayList<>();
        for (Row r : spark.read().parquet(dir + "/" + ExportLayout.INDUSTRY)
                .select("code", "level", "parent", "section", "name_zh", "name_en").collectAsList())
            ind.add(new String[] {r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
        List<Object[]> pr = null;
        org.apache.hadoop.fs.Path priceDir = new org.apache.hadoop.fs.Path(dir, ExportLayout.PRICES);
        try {
            if (priceDir.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(priceDir)) {
                List<Row> rows = spark.read().parquet(priceDir.toString()).select("industry", "period", "ppi_yoy").collectAsList();
                if (!rows.isEmpty()) {
                    pr = new ArrayList<>();
                    for (Row r : rows) pr.add(new Object[] {r.getString(0), Period.parse(r.getString(1)), r.getDouble(2)});
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot look for " + priceDir, e);
        }
        return new Reference(ind, pr);
    }

    boolean hasPrices() { return prices != null; }

    IndustryClassification industries() {
        if (classification == null) {
            List<Industry> list = new ArrayList<>(industries.size());
            for (String[] r : industries)
                list.add(new Industry(r[0], IndustryLevel.parse(r[1]), r[2] == null || r[2].isEmpty() ? null : r[2], r[3], r[4],
                        r[5] == null || r[5].isEmpty() ? null : r[5]));
            classification = new IndustryClassification(list);
        }
        return classification;
    }

    /** Null when the export has no prices (then no output_value_real, as on one machine). */
    PriceIndex prices() {
        if (prices == null) return null;
        if (priceIndex == null) {
            PriceIndex.Builder b = PriceIndex.builder();
            for (Object[] p : prices) b.add((String) p[0], (Integer) p[1], (Double) p[2]);
            priceIndex = b.build();
        }
        return priceIndex;
    }
}
