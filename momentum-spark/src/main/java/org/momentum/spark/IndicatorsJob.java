package org.momentum.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.momentum.classification.Period;
import org.momentum.indicators.FineCell;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.indicators.IndicatorRow;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PanelBuilder;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;

/**
 * The cube of indicators.md over an export, in two stages that call momentum-core and nothing else for the numbers.
 *
 * <p>Stage 1 cuts the panel by industrial class: the register and the reports (each report tagged with its
 * enterprise's class by a broadcast join with the register) are shuffled once on the class, so every enterprise
 * lands with all its months — its base at t−12 is local — and every class × province cell lives in one partition.
 * Each partition builds a core {@link Panel} (enterprises in id order, as the store loads them) and returns
 * {@link IndicatorEngine#fineCells}. Stage 2 shuffles those sums on (measure, year) — year to date never crosses a
 * January — and {@link IndicatorEngine#combine} rolls each group up to the published cells. Since no cell is summed
 * in two partitions and enterprises keep their order within a cell, the numbers are the single machine's bit for bit.
 */
public final class IndicatorsJob {
    static final StructType PANEL_ROW = new StructType()
            .add("kind", DataTypes.IntegerType, false) // 0 = enterprise, 1 = report: enterprises sort first
            .add("enterprise_id", DataTypes.StringType).add("industry", DataTypes.StringType).add("region", DataTypes.StringType)
            .add("size", DataTypes.StringType).add("scope_from", DataTypes.StringType).add("scope_to", DataTypes.StringType)
            .add("period", DataTypes.StringType).add("indicator", DataTypes.StringType)
            .add("value", DataTypes.DoubleType).add("prev_year_value", DataTypes.DoubleType);

    static final StructType FINE_CELL = new StructType()
            .add("measure", DataTypes.StringType, false).add("period", DataTypes.IntegerType, false)
            .add("industry", DataTypes.StringType, false).add("province", DataTypes.StringType, false)
            .add("level", DataTypes.DoubleType, false).add("enterprises", DataTypes.IntegerType, false)
            .add("matched_x", DataTypes.DoubleType, false).add("matched_base", DataTypes.DoubleType, false)
            .add("matched_x_real", DataTypes.DoubleType, false).add("matched", DataTypes.IntegerType, false);

    /** indicators.csv's columns (formats.md), plus year and month to partition the Parquet copy. */
    static final StructType INDICATOR_ROW = new StructType()
            .add("measure", DataTypes.StringType, false).add("industry", DataTypes.StringType, false)
            .add("region", DataTypes.StringType, false).add("period", DataTypes.StringType, false)
            .add("value", DataTypes.DoubleType).add("enterprises", DataTypes.IntegerType, false)
            .add("yoy_pct", DataTypes.DoubleType).add("ytd_value", DataTypes.DoubleType)
            .add("ytd_yoy_pct", DataTypes.DoubleType).add("contribution_pp", DataTypes.DoubleType)
            .add("year", DataTypes.IntegerType, false).add("month", DataTypes.IntegerType, false);

    private IndicatorsJob() {}

    /** What one run did. */
    public record Result(IndicatorCube cube, int partitions) {}

    /**
     * Computes the cube of the export in {@code dataDir}, writes {@code outDir/indicators.csv} (formats.md) and
     * {@code outDir/indicators/year=YYYY/month=M/} (Parquet, same columns), and returns the cube.
     */
    public static Result run(SparkSession spark, String dataDir, String outDir, int partitions) {
        Reference ref = Reference.read(spark, dataDir);
        // stage 2 has one group per measure and year: as many shuffle partitions as stage 1, not Spark's 200
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
        Dataset<Row> register = spark.read().parquet(dataDir + "/" + ExportLayout.ENTERPRISES);
        Dataset<Row> reports = spark.read().parquet(dataDir + "/" + ExportLayout.REPORTS);
        Dataset<Row> enterprises = register.select(lit(0).as("kind"), col("enterprise_id"), col("industry"), col("region"),
                col("size"), col("scope_from"), col("scope_to"), lit(null).cast("string").as("period"),
                lit(null).cast("string").as("indicator"), lit(null).cast("double").as("value"), lit(null).cast("double").as("prev_year_value"));
        // reports of enterprises not in the register are left out, as the store's panel leaves them out
        Dataset<Row> tagged = reports.join(broadcast(register.select("enterprise_id", "industry")), "enterprise_id")
                .select(lit(1).as("kind"), col("enterprise_id"), col("industry"), lit(null).cast("string").as("region"),
                        lit(null).cast("string").as("size"), lit(null).cast("string").as("scope_from"), lit(null).cast("string").as("scope_to"),
                        col("period"), col("indicator"), col("value").cast("double"), col("prev_year_value").cast("double"));
        Dataset<Row> byClass = enterprises.unionByName(tagged)
                .repartition(partitions, col("industry"))
                .sortWithinPartitions(col("kind"));
        Dataset<Row> cells = byClass.mapPartitions(fineCellsOfPartition(ref), Encoders.row(FINE_CELL));
        Dataset<Row> rows = cells.groupByKey((MapFunction<Row, String>) r -> r.getString(0) + "|" + Period.year(r.getInt(1)), Encoders.STRING())
                .flatMapGroups(combineGroup(ref), Encoders.row(INDICATOR_ROW));
        String parquet = outDir + "/indicators";
        rows.write().mode(SaveMode.Overwrite).partitionBy("year", "month").parquet(parquet);
        List<IndicatorRow> all = new ArrayList<>();
        for (Row r : spark.read().parquet(parquet).collectAsList()) all.add(indicatorRow(r));
        IndicatorCube cube = IndicatorCube.of(all);
        CsvFiles.writeIndicators(cube, java.nio.file.Path.of(outDir, "indicators.csv"));
        return new Result(cube, partitions);
    }

    /** Stage 1: a partition's enterprises (first) and reports → the core's panel → its fine cells. */
    static MapPartitionsFunction<Row, Row> fineCellsOfPartition(Reference ref) {
        return it -> {
            List<Enterprise> register = new ArrayList<>();
            PanelBuilder panel = null;
            while (it.hasNext()) {
                Row r = it.next();
                if (r.getInt(0) == 0) {
                    if (panel != null) throw new IllegalStateException("a register row after the reports: the partition is not sorted");
                    register.add(enterprise(r));
                    continue;
                }
                if (panel == null) panel = builder(ref, register);
                int e = panel.enterpriseIndex(r.getString(1));
                panel.addReport(e, Period.parse(r.getString(7)), r.getString(8), r.getDouble(9), r.isNullAt(10) ? Double.NaN : r.getDouble(10));
            }
            if (panel == null) return java.util.Collections.emptyIterator(); // no reports: no cells
            List<FineCell> fine = new IndicatorEngine().fineCells(panel.build(), ref.prices());
            Iterator<FineCell> f = fine.iterator();
            return new Iterator<Row>() {
                @Override public boolean hasNext() { return f.hasNext(); }
                @Override public Row next() {
                    FineCell c = f.next();
                    return RowFactory.create(c.measure(), c.period(), c.industryClass(), c.province(), c.level(), c.enterprises(),
                            c.matchedX(), c.matchedBase(), c.matchedXReal(), c.matched());
                }
            };
        };
    }

    /** Stage 2: the fine cells of one measure and year → the core's roll-up → rows of indicators.csv. */
    static FlatMapGroupsFunction<String, Row, Row> combineGroup(Reference ref) {
        return (key, it) -> {
            List<FineCell> cells = new ArrayList<>();
            while (it.hasNext()) {
                Row r = it.next();
                cells.add(new FineCell(r.getString(0), r.getInt(1), r.getString(2), r.getString(3), r.getDouble(4), r.getInt(5),
                        r.getDouble(6), r.getDouble(7), r.getDouble(8), r.getInt(9)));
            }
            List<Row> out = new ArrayList<>();
            for (IndicatorRow x : new IndicatorEngine().combine(ref.industries(), cells, ref.hasPrices()).rows())
                out.add(RowFactory.create(x.measure(), x.industry(), x.region(), Period.format(x.period()), nullIfNaN(x.value()),
                        x.enterprises(), nullIfNaN(x.yoyPct()), nullIfNaN(x.ytdValue()), nullIfNaN(x.ytdYoyPct()),
                        nullIfNaN(x.contributionPp()), Period.year(x.period()), Period.month(x.period())));
            return out.iterator();
        };
    }

    private static PanelBuilder builder(Reference ref, List<Enterprise> register) {
        register.sort(Comparator.comparing(Enterprise::id)); // the store's order (ORDER BY enterprise_id)
        PanelBuilder b = new PanelBuilder(ref.industries(), register.size());
        for (Enterprise e : register) b.addEnterprise(e);
        return b;
    }

    private static Enterprise enterprise(Row r) {
        String id = r.getString(1);
        EnterpriseSize size = EnterpriseSize.parseOrNull(r.getString(4));
        if (size == null) throw new IllegalArgumentException("enterprise " + id + ": size '" + r.getString(4) + "' is not large, medium, small or micro");
        return new Enterprise(id, id, r.getString(2), r.getString(3), size, Period.parse(r.getString(5)),
                r.isNullAt(6) ? Period.OPEN : Period.parse(r.getString(6)));
    }

    static IndicatorRow indicatorRow(Row r) {
        return new IndicatorRow(r.getAs("measure"), r.getAs("industry"), r.getAs("region"), Period.parse(r.<String>getAs("period")),
                nan(r, "value"), r.<Integer>getAs("enterprises"), nan(r, "yoy_pct"), nan(r, "ytd_value"), nan(r, "ytd_yoy_pct"),
                nan(r, "contribution_pp"));
    }

    private static double nan(Row r, String field) {
        int i = r.fieldIndex(field);
        return r.isNullAt(i) ? Double.NaN : r.getDouble(i);
    }

    private static Double nullIfNaN(double d) { return Double.isNaN(d) ? null : d; }
}
