package org.momentum.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.IndustryLevel;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.indicators.PanelBuilder;
import org.momentum.indicators.PriceIndex;
import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;
import org.momentum.synthetic.GeneratorSpec;
import org.momentum.synthetic.PanelGenerator;
import org.momentum.synthetic.PanelSink;

/**
 * A generated panel (core's PanelGenerator), the single machine's cube of it, and the same data written in the
 * layout of {@code momentum export --format parquet} (see {@link ExportLayout}) for the job to read.
 */
final class GeneratedExport {
    final List<Enterprise> enterprises = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    final List<Object[]> prices = new ArrayList<>();
    final IndustryClassification industries;
    private final List<String[]> industryRows;

    GeneratedExport(GeneratorSpec spec) {
        industryRows = readClassification();
        List<Industry> list = new ArrayList<>();
        for (String[] r : industryRows)
            list.add(new Industry(r[0], IndustryLevel.parse(r[1]), r[2].isEmpty() ? null : r[2], r[3], r[4], r[5].isEmpty() ? null : r[5]));
        industries = new IndustryClassification(list);
        PanelGenerator.generate(spec, new PanelSink() {
            @Override public void enterprise(Enterprise e) { enterprises.add(e); }
            @Override public void report(Report r) { reports.add(r); }
            @Override public void price(String industry, int period, double ppiYoy) { prices.add(new Object[] {industry, period, ppiYoy}); }
        });
    }

    /** What the single-machine engine computes from the store: the register in id order, then the reports. */
    IndicatorCube singleMachineCube(boolean withPrices) {
        List<Enterprise> register = new ArrayList<>(enterprises);
        register.sort(Comparator.comparing(Enterprise::id));
        PanelBuilder b = new PanelBuilder(industries, register.size());
        for (Enterprise e : register) b.addEnterprise(e);
        for (Report r : reports) b.addReport(r);
        PriceIndex index = null;
        if (withPrices) {
            PriceIndex.Builder pb = PriceIndex.builder();
            for (Object[] p : prices) pb.add((String) p[0], (Integer) p[1], (Double) p[2]);
            index = pb.build();
        }
        return new IndicatorEngine().compute(b.build(), index);
    }

    /** Writes the export layout under dir with Spark's own Parquet writer. */
    void write(SparkSession spark, Path dir, boolean withPrices) {
        StructType ent = new StructType().add("enterprise_id", DataTypes.StringType).add("name", DataTypes.StringType)
                .add("industry", DataTypes.StringType).add("region", DataTypes.StringType).add("size", DataTypes.StringType)
                .add("scope_from", DataTypes.StringType).add("scope_to", DataTypes.StringType).add("province", DataTypes.StringType);
        List<Row> e = new ArrayList<>();
        for (Enterprise x : enterprises)
            e.add(RowFactory.create(x.id(), x.name(), x.industry(), x.region(), x.size().code(), Period.format(x.scopeFrom()),
                    x.scopeTo() == Period.OPEN ? null : Period.format(x.scopeTo()), x.province()));
        spark.createDataFrame(e, ent).write().partitionBy("province").parquet(dir.resolve(ExportLayout.ENTERPRISES).toString());
        StructType rep = new StructType().add("enterprise_id", DataTypes.StringType).add("period", DataTypes.StringType)
                .add("indicator", DataTypes.StringType).add("value", DataTypes.DoubleType).add("prev_year_value", DataTypes.DoubleType)
                .add("revision", DataTypes.IntegerType).add("year", DataTypes.IntegerType).add("month", DataTypes.IntegerType);
        List<Row> r = new ArrayList<>();
        for (Report x : reports)
            r.add(RowFactory.create(x.enterpriseId(), Period.format(x.period()), x.indicator(), x.value(),
                    x.hasPrevYearValue() ? x.prevYearValue() : null, 1, Period.year(x.period()), Period.month(x.period())));
        spark.createDataFrame(r, rep).write().partitionBy("year", "month").parquet(dir.resolve(ExportLayout.REPORTS).toString());
        if (withPrices) {
            StructType pr = new StructType().add("industry", DataTypes.StringType).add("period", DataTypes.StringType)
                    .add("ppi_yoy", DataTypes.DoubleType).add("year", DataTypes.IntegerType);
            List<Row> p = new ArrayList<>();
            for (Object[] x : prices) p.add(RowFactory.create(x[0], Period.format((Integer) x[1]), x[2], Period.year((Integer) x[1])));
            spark.createDataFrame(p, pr).write().partitionBy("year").parquet(dir.resolve(ExportLayout.PRICES).toString());
        }
        StructType ind = new StructType().add("code", DataTypes.StringType).add("level", DataTypes.StringType)
                .add("parent", DataTypes.StringType).add("section", DataTypes.StringType).add("name_zh", DataTypes.StringType)
                .add("name_en", DataTypes.StringType);
        List<Row> i = new ArrayList<>();
        for (String[] x : industryRows) i.add(RowFactory.create(x[0], x[1], x[2].isEmpty() ? null : x[2], x[3], x[4], x[5].isEmpty() ? null : x[5]));
        spark.createDataFrame(i, ind).coalesce(1).write().parquet(dir.resolve(ExportLayout.INDUSTRY).toString());
    }

    static Path sharedData() {
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("shared").resolve("data");
            if (Files.isDirectory(d)) return d;
        }
        throw new IllegalStateException("no shared/data directory above " + Paths.get("").toAbsolutePath());
    }

    /** code, level, parent, section, name_zh, name_en of GB/T 4754-2017 (these six fields hold no comma or quote; only later ones are quoted). */
    private static List<String[]> readClassification() {
        try {
            List<String> lines = Files.readAllLines(sharedData().resolve("classifications/gbt4754-2017.csv"), StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split(",", -1));
            int[] cols = {header.indexOf("code"), header.indexOf("level"), header.indexOf("parent"), header.indexOf("section"),
                    header.indexOf("name_zh"), header.indexOf("name_en")};
            List<String[]> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] f = line.split(",", -1);
                String[] row = new String[6];
                for (int k = 0; k < 6; k++) row[k] = f[cols[k]];
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
