package org.momentum.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PanelBuilder;
import org.momentum.indicators.PeriodRange;
import org.momentum.indicators.PriceIndex;
import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;
import org.momentum.store.ReferenceData;
import org.momentum.synthetic.GeneratorSpec;
import org.momentum.synthetic.PanelGenerator;
import org.momentum.synthetic.PanelSink;

/**
 * Issue 3's benchmark: the whole cube for N enterprises × 24 months × 6 measures with the Java engine, against
 * the same cube computed by the reference SQL (reference-cube.sql) inside DuckDB, in one run; peak heap; and
 * the recomputation of one month after 1,000 revised reports.
 */
final class CubeBench {
    private CubeBench() {}

    static void run(int enterprises, int repeat, Path dir) throws Exception {
        int from = Period.of(2017, 1), to = Period.of(2018, 12);
        GeneratorSpec spec = GeneratorSpec.of(enterprises, from, to, 4754L).withIndicators(GeneratorSpec.BASIC_INDICATORS);
        Path duckFile = dir.resolve("cube-bench.duckdb");
        Files.deleteIfExists(duckFile);
        Files.deleteIfExists(dir.resolve("cube-bench.duckdb.wal"));

        Bench.resetPeakHeap();
        long t0 = System.nanoTime();
        PanelBuilder builder = new PanelBuilder(ReferenceData.shipped().industries(), enterprises);
        PriceIndex.Builder prices = PriceIndex.builder();
        long[] reports = {0};
        try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + duckFile)) {
            try (Statement s = c.createStatement()) {
                // let DuckDB spill to disk rather than fail: its window and join operators would need ~19 GB in memory here
                s.execute("SET memory_limit = '14GB'");
                s.execute("SET preserve_insertion_order = false");
                s.execute("SET temp_directory = '" + dir.toAbsolutePath().resolve("duck-spill") + "'");
                s.execute("CREATE TABLE enterprises(seq INTEGER, enterprise_id VARCHAR, industry VARCHAR, region VARCHAR, scope_from INTEGER, scope_to INTEGER)");
                s.execute("CREATE TABLE reports(seq INTEGER, enterprise_id VARCHAR, period INTEGER, indicator VARCHAR, value DOUBLE, prev_year_value DOUBLE)");
                s.execute("CREATE TABLE prices(seq INTEGER, industry VARCHAR, period INTEGER, ppi_yoy DOUBLE)");
                s.execute("CREATE TABLE settings(with_prices BOOLEAN)");
                s.execute("INSERT INTO settings VALUES (true)");
            }
            try (DuckDBAppender ae = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "enterprises");
                 DuckDBAppender ar = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "reports");
                 DuckDBAppender ap = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "prices")) {
                int[] seq = {0, 0, 0};
                Map<String, Integer> index = new LinkedHashMap<>();
                PanelGenerator.generate(spec, new PanelSink() {
                    @Override public void enterprise(Enterprise e) {
                        index.put(e.id(), builder.addEnterprise(e));
                        try {
                            ae.beginRow().append(seq[0]++).append(e.id()).append(e.industry()).append(e.region()).append(e.scopeFrom()).append(e.scopeTo()).endRow();
                        } catch (Exception x) { throw new IllegalStateException(x); }
                    }

                    @Override public void report(Report r) {
                        builder.addReport(index.get(r.enterpriseId()), r.period(), r.indicator(), r.value(), r.prevYearValue());
                        reports[0]++;
                        try {
                            ar.beginRow().append(seq[1]++).append(r.enterpriseId()).append(r.period()).append(r.indicator()).append(r.value());
                            if (r.hasPrevYearValue()) ar.append(r.prevYearValue()); else ar.appendNull();
                            ar.endRow();
                        } catch (Exception x) { throw new IllegalStateException(x); }
                    }

                    @Override public void price(String industry, int period, double ppi) {
                        prices.add(industry, period, ppi);
                        try {
                            ap.beginRow().append(seq[2]++).append(industry).append(period).append(ppi).endRow();
                        } catch (Exception x) { throw new IllegalStateException(x); }
                    }
                });
            }
            System.out.printf(Locale.ROOT, "generated %,d enterprises, %,d reports into the panel and into DuckDB in %.1f s%n",
                    enterprises, reports[0], Bench.seconds(t0));
            Panel panel = builder.build();
            PriceIndex index = prices.build();
            long heapAfterPanel = Bench.peakHeap();

            Map<String, String> sql = org.momentum.indicators.ReferenceCubeSql.statements();
            double[] java = new double[repeat], duck = new double[repeat];
            IndicatorCube cube = null;
            long duckRows = 0;
            for (int k = 0; k < repeat; k++) {
                long tj = System.nanoTime();
                cube = new IndicatorEngine().compute(panel, index);
                java[k] = Bench.seconds(tj);
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS cube_out");
                    s.execute("DROP VIEW IF EXISTS ref_obs_priced");
                    s.execute("DROP VIEW IF EXISTS ref_cell_obs");
                    s.execute("DROP VIEW IF EXISTS ref_agg");
                    s.execute("DROP TABLE IF EXISTS ref_all_obs");
                    s.execute("DROP TABLE IF EXISTS ref_obs");
                    long td = System.nanoTime();
                    for (String part : views(sql.get("views")).split(";\\s*\n"))
                        if (!part.replaceAll("(?m)^--.*$", "").isBlank()) s.execute(part);
                    s.execute("CREATE TEMP TABLE cube_out AS " + strip(sql.get("cube")));
                    duck[k] = Bench.seconds(td);
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM cube_out")) {
                        rs.next();
                        duckRows = rs.getLong(1);
                    }
                }
                System.out.printf(Locale.ROOT, "run %d: java engine %.2f s (%,d rows), duckdb sql %.2f s (%,d rows)%n", k + 1, java[k], cube.size(), duck[k], duckRows);
            }
            long peak = Bench.peakHeap();

            // 1,000 revised reports of one month, then only what depends on that month
            int revised = Period.of(2018, 6);
            Random rnd = new Random(1);
            List<Report> revisions = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                int e = rnd.nextInt(panel.enterpriseCount());
                double v = panel.value(panel.measureIndex("output_value"), revised, e);
                revisions.add(new Report(panel.enterpriseId(e), revised, "output_value", Double.isNaN(v) ? 100 : v * 1.05, Double.NaN));
            }
            double[] inc = new double[repeat];
            long incRows = 0;
            for (int k = 0; k < repeat; k++) {
                long ti = System.nanoTime();
                Panel p2 = panel.revise(revisions);
                incRows = 0;
                for (PeriodRange r : IndicatorEngine.affectedPeriods(revised)) {
                    int hi = Math.min(r.to(), to);
                    if (r.from() > hi) continue;
                    incRows += new IndicatorEngine().compute(p2, index, r.from(), hi).size();
                }
                inc[k] = Bench.seconds(ti);
            }
            double j = Bench.median(java), d = Bench.median(duck), i = Bench.median(inc);
            System.out.printf(Locale.ROOT, "RESULT cube: %,d enterprises x 24 months x 6 measures (+ output_value_real), %,d reports, %,d rows; "
                    + "java engine %.2f s, duckdb sql %.2f s, speed ratio duckdb/java = %.2f; peak heap %.2f GB (panel %.2f GB); "
                    + "recompute after 1,000 revisions of %s: %.3f s (%,d rows) (medians of %d)%n",
                    enterprises, reports[0], cube.size(), j, d, d / j, peak / 1e9, heapAfterPanel / 1e9, Period.format(revised), i, incRows, repeat);
        }
        Files.deleteIfExists(duckFile);
    }

    /**
     * The reference views without their revision step (QUALIFY row_number() ... = 1): the generated panel has one
     * row per key, so the step changes nothing, and with it DuckDB runs out of memory at 400,000 enterprises.
     */
    static String views(String sql) {
        if (Boolean.getBoolean("bench.sql.asIs")) return sql;
        // DuckDB inlines views: ref_obs (a self-join of all reports) would be rebuilt for each of the seven cell
        // levels, so it is materialized once, as a table; the statements are otherwise the reference SQL's own.
        return sql.replaceAll("(?m)^QUALIFY row_number\\(\\) OVER \\(PARTITION BY [^)]*\\) = 1;", ";")
                .replace("CREATE OR REPLACE TEMP VIEW ref_obs AS", "CREATE OR REPLACE TEMP TABLE ref_obs AS")
                .replace("CREATE OR REPLACE TEMP VIEW ref_all_obs AS", "CREATE OR REPLACE TEMP TABLE ref_all_obs AS");
    }

    private static String strip(String s) {
        String t = s.strip();
        return t.endsWith(";") ? t.substring(0, t.length() - 1) : t;
    }
}
