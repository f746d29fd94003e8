package org.momentum.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.IndicatorRow;
import org.momentum.synthetic.GeneratorSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.indicators.PanelBuilder;
import org.momentum.indicators.PriceIndex;
import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;
import org.momentum.app.indicators.CubeFile;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.releases.ReleaseService;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.store.Releases;
import org.momentum.store.Database;
import org.momentum.store.IndicatorValues;
import org.momentum.store.ParquetExport;
import org.momentum.store.ReferenceData;
import org.momentum.store.Registers;
import org.momentum.store.Reports;

/** The job in local[2] on a generated panel against the single-machine engine, row by row. */
class IndicatorsJobTest {
    static SparkSession spark;

    @BeforeAll
    static void start() { spark = LocalSpark.start(); }

    @AfterAll
    static void stop() { spark.stop(); }

    @Test
    void theCubeIsTheSingleMachinesRowByRow(@TempDir Path tmp) throws Exception {
        // 300 enterprises, 2016-11..2018-12 (two Januaries: year to date restarts; bases from prev_year_value and t−12)
        GeneratedExport data = new GeneratedExport(GeneratorSpec.of(300, Period.of(2016, 11), Period.of(2018, 12), 7L));
        data.write(spark, tmp.resolve("export"), true);
        IndicatorCube expected = data.singleMachineCube(true);
        assertTrue(expected.size() > 5_000, "a cube worth comparing: " + expected.size());
        assertTrue(expected.rows().stream().anyMatch(r -> r.measure().equals("output_value_real")), "prices give output_value_real");

        IndicatorsJob.Result r = IndicatorsJob.run(spark, tmp.resolve("export").toString(), tmp.resolve("out").toString(), 5);

        // cut by class, each cell summed in one partition in the store's order: the same doubles, to the bit
        assertEquals(expected.rows(), r.cube().rows());
        // and the CSV written by the job reads back to the same numbers (1e-9 relative), row by row
        List<String> lines = Files.readAllLines(tmp.resolve("out/indicators.csv"), StandardCharsets.UTF_8);
        assertEquals(CsvFiles.INDICATORS_HEADER, lines.get(0));
        assertEquals(expected.size() + 1, lines.size());
        for (int k = 0; k < expected.size(); k++) assertRow(expected.rows().get(k), lines.get(k + 1), k + 2);
    }

    @Test
    void withoutPricesThereIsNoRealOutputAndTheRestIsTheSame(@TempDir Path tmp) {
        GeneratedExport data = new GeneratedExport(GeneratorSpec.of(120, Period.of(2017, 7), Period.of(2018, 6), 11L));
        data.write(spark, tmp.resolve("export"), false);
        IndicatorCube expected = data.singleMachineCube(false);
        IndicatorsJob.Result r = IndicatorsJob.run(spark, tmp.resolve("export").toString(), tmp.resolve("out").toString(), 3);
        assertTrue(r.cube().rows().stream().noneMatch(x -> x.measure().equals("output_value_real")));
        assertEquals(expected.rows(), r.cube().rows());
    }

    @Test
    void anExportOfTheStoreGivesTheStoresCube(@TempDir Path tmp) throws Exception {
        // the whole chain: a DuckDB store, ParquetExport (what 'momentum export --format parquet' runs), the job
        GeneratedExport data = new GeneratedExport(GeneratorSpec.of(150, Period.of(2017, 6), Period.of(2018, 12), 5L));
        try (Database db = Database.open("jdbc:duckdb:" + tmp.resolve("m.duckdb"))) {
            ReferenceData.shipped().installIfEmpty(db);
            load(db, data);
            ParquetExport.write(db, tmp.resolve("export"));
            // the single machine's panel of the store, as IndicatorService.panelFromStore builds it
            List<Enterprise> register = Registers.enterprises(db);
            PanelBuilder b = new PanelBuilder(ReferenceData.shipped().industries(), register.size());
            for (Enterprise e : register) b.addEnterprise(e);
            Reports.forEachCurrent(db, Period.of(2017, 6), Period.of(2018, 12), (id, period, indicator, value, prev) ->
                    b.addReport(b.enterpriseIndex(id), period, indicator, value, prev));
            PriceIndex.Builder pb = PriceIndex.builder();
            for (Reports.Price p : Reports.prices(db)) pb.add(p.industry(), p.period(), p.ppiYoy());
            IndicatorCube expected = new IndicatorEngine().compute(b.build(), pb.build());

            IndicatorsJob.Result r = IndicatorsJob.run(spark, tmp.resolve("export").toString(), tmp.resolve("out").toString(), 4);
            assertEquals(expected.rows(), r.cube().rows());

            // back into the store (docs/spark.md): the job's indicators.csv through compute --cube's own code gives
            // the cube the store computes itself
            new IndicatorService(ReferenceData.shipped()).recomputeAll(db, "test");
            List<IndicatorRow> own = stored(db);
            assertEquals(expected.size(), own.size());
            List<Integer> periods = new ArrayList<>();
            for (int p = Period.of(2017, 6); p <= Period.of(2018, 12); p++) periods.add(p);
            IndicatorValues.replace(db, periods, List.of(), "test"); // what is stored afterwards comes from the file
            CubeFile.Outcome o = CubeFile.importInto(db, ReferenceData.shipped(), tmp.resolve("out/indicators.csv"), "test");
            assertTrue(o.ok(), () -> o.errors().toString());
            assertEquals(periods, new ArrayList<>(o.periods()));
            List<IndicatorRow> imported = stored(db);
            assertEquals(own.size(), imported.size());
            for (int k = 0; k < own.size(); k++) assertSameRow(own.get(k), imported.get(k));

            // and as a release: release create --cube with the job's CSV publishes what the release computing its own does
            ReleaseService releases = new ReleaseService(db, ReferenceData.shipped(), java.time.Clock.systemUTC());
            java.time.Instant cutoff = java.time.Instant.now();
            long fromJob = releases.create(Period.of(2018, 12), cutoff, null, 0, null, "test", tmp.resolve("out/indicators.csv")).release().id();
            List<ReleaseObservation> job = Releases.observations(db, fromJob, Integer.MAX_VALUE, 0);
            Releases.discard(db, fromJob, "test"); // one draft of a month at a time
            long computed = releases.create(Period.of(2018, 12), cutoff, null, 0, null, "test").release().id();
            List<ReleaseObservation> engine = Releases.observations(db, computed, Integer.MAX_VALUE, 0);
            assertTrue(engine.size() > 5_000, "observations compared: " + engine.size());
            assertEquals(engine.size(), job.size());
            for (int k = 0; k < engine.size(); k++) {
                ReleaseObservation e = engine.get(k), a = job.get(k);
                String where = "expected " + e + " got " + a;
                assertEquals(List.of(e.series(), e.period(), e.status()), List.of(a.series(), a.period(), a.status()), where);
                assertEquals(Double.isNaN(e.value()), Double.isNaN(a.value()), where);
                if (!Double.isNaN(e.value())) assertTrue(Math.abs(e.value() - a.value()) <= 1e-9 * Math.max(1, Math.abs(e.value())), where);
            }
        }
    }

    /** The stored cube in a fixed order: measure, period, then industry and region. */
    private static List<IndicatorRow> stored(Database db) {
        List<IndicatorRow> out = new ArrayList<>();
        for (String m : IndicatorValues.measures(db))
            for (int p = Period.of(2017, 6); p <= Period.of(2018, 12); p++) out.addAll(IndicatorValues.slice(db, m, p, null, null));
        return out;
    }

    /** The same cell, count and numbers to 1e-9 relative (both undefined, or both defined). */
    static void assertSameRow(IndicatorRow e, IndicatorRow a) {
        String where = "expected " + e + " got " + a;
        assertEquals(List.of(e.measure(), e.industry(), e.region(), e.period(), e.enterprises()),
                List.of(a.measure(), a.industry(), a.region(), a.period(), a.enterprises()), where);
        double[] x = {e.value(), e.yoyPct(), e.ytdValue(), e.ytdYoyPct(), e.contributionPp()};
        double[] y = {a.value(), a.yoyPct(), a.ytdValue(), a.ytdYoyPct(), a.contributionPp()};
        for (int i = 0; i < x.length; i++) {
            assertEquals(Double.isNaN(x[i]), Double.isNaN(y[i]), where);
            if (!Double.isNaN(x[i])) assertTrue(Math.abs(x[i] - y[i]) <= 1e-9 * Math.max(1, Math.abs(x[i])), where);
        }
    }

    /** The generated panel into the store's tables, as an import would leave them (one batch). */
    private static void load(Database db, GeneratedExport data) throws Exception {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            // the batch finished a minute ago: a release's snapshot (cut-off now) sees its rows
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (id, kind, file_name, file_sha256, encoding, actor, started_at, finished_at,"
                    + " rows_read, rows_applied, rows_rejected, rows_unchanged, revisions) VALUES (1, 'reports', 'generated', ?, 'UTF-8', 'test', ?, ?, 0, 0, 0, 0, 0)")) {
                java.sql.Timestamp finished = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60));
                ps.setString(1, "0".repeat(64));
                ps.setTimestamp(2, finished);
                ps.setTimestamp(3, finished);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO enterprise (enterprise_id, name, industry, region, size, scope_from, scope_to, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")) {
                for (Enterprise e : data.enterprises) {
                    ps.setString(1, e.id());
                    ps.setString(2, e.name());
                    ps.setString(3, e.industry());
                    ps.setString(4, e.region());
                    ps.setString(5, e.size().code());
                    ps.setString(6, Period.format(e.scopeFrom()));
                    ps.setString(7, e.scopeTo() == Period.OPEN ? null : Period.format(e.scopeTo()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO report (enterprise_id, period, indicator, value, prev_year_value, revision, batch_id) VALUES (?, ?, ?, ?, ?, 1, 1)")) {
                for (Report x : data.reports) {
                    ps.setString(1, x.enterpriseId());
                    ps.setString(2, Period.format(x.period()));
                    ps.setString(3, x.indicator());
                    ps.setDouble(4, x.value());
                    if (x.hasPrevYearValue()) ps.setDouble(5, x.prevYearValue()); else ps.setNull(5, Types.DOUBLE);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO price_index (industry, period, ppi_yoy, batch_id) VALUES (?, ?, ?, 1)")) {
                for (Object[] p : data.prices) {
                    ps.setString(1, (String) p[0]);
                    ps.setString(2, Period.format((Integer) p[1]));
                    ps.setDouble(3, (Double) p[2]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    static void assertRow(IndicatorRow e, String line, int lineNo) {
        String[] f = line.split(",", -1);
        String where = "indicators.csv line " + lineNo + ": " + line + " expected " + e;
        assertEquals(e.measure(), f[0], where);
        assertEquals(e.industry(), f[1], where);
        assertEquals(e.region(), f[2], where);
        assertEquals(Period.format(e.period()), f[3], where);
        close(e.value(), f[4], where);
        assertEquals(Integer.toString(e.enterprises()), f[5], where);
        close(e.yoyPct(), f[6], where);
        close(e.ytdValue(), f[7], where);
        close(e.ytdYoyPct(), f[8], where);
        close(e.contributionPp(), f[9], where);
    }

    static void close(double expected, String field, String where) {
        if (Double.isNaN(expected)) {
            assertEquals("", field, where);
            return;
        }
        double a = Double.parseDouble(field);
        assertTrue(Math.abs(expected - a) <= 1e-9 * Math.max(1, Math.abs(expected)), where);
    }
}
