package org.momentum.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.momentum.app.files.CleanReportsReader;
import org.momentum.app.files.CsvOut;
import org.momentum.app.files.InputReader;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.files.ReadOutcome;
import org.momentum.app.intake.ImportService;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseIndex;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.reports.Product;
import org.momentum.reports.Report;
import org.momentum.reports.ReportRules;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Registers;
import org.momentum.synthetic.GeneratorSpec;
import org.momentum.synthetic.PanelGenerator;
import org.momentum.synthetic.PanelSink;

/**
 * Issue 2's benchmark: importing a reports file of N enterprises × 1 month × 8 indicators with all validation
 * on, against DuckDB's own read_csv of the same file into a plain table, in the same run.
 */
final class ImportBench {
    private ImportBench() {}

    static void run(int enterprises, int repeat, Path dir) throws Exception {
        Path reg = dir.resolve("import-enterprises.csv"), rep = dir.resolve("import-reports.csv");
        long t0 = System.nanoTime();
        long rows = writeFiles(enterprises, reg, rep);
        System.out.printf(Locale.ROOT, "generated %,d enterprises and %,d report rows (%.1f MB) in %.1f s%n", enterprises, rows,
                Files.size(rep) / 1e6, Bench.seconds(t0));
        ReferenceData ref = ReferenceData.shipped();
        double[] ours = new double[repeat], duck = new double[repeat], parse = new double[repeat], bytes = new double[repeat];
        // CPU seconds of the whole process (Java and DuckDB's threads): on a shared machine steadier than the clock
        double[] oursCpu = new double[repeat], duckCpu = new double[repeat];
        for (int k = 0; k < repeat; k++) {
            // Momentum: validated import into a store that holds the register
            Path dbFile = dir.resolve("import-bench-" + k + ".duckdb");
            Files.deleteIfExists(dbFile);
            Files.deleteIfExists(dir.resolve("import-bench-" + k + ".duckdb.wal"));
            try (Database db = Database.open("jdbc:duckdb:" + dbFile)) {
                ref.installIfEmpty(db);
                ImportService svc = new ImportService(db, ref, Period.of(2026, 11), "bench");
                svc.importEnterprises(reg, ReadOptions.strict(), Progress.NONE);
                // parse + validate only (no store), to show where the time goes
                var ids = Registers.enterpriseIds(db);
                ReportRules rules = new ReportRules(ref.indicators(), ids::contains, Period.of(2026, 11));
                long tp = System.nanoTime();
                ReadOutcome o = InputReader.readReports(rep, ReadOptions.strict(), rules, (l, r) -> {}, Progress.NONE);
                parse[k] = Bench.seconds(tp);
                if (!o.ok()) throw new IllegalStateException("benchmark file has errors: " + o.errors());
                // the byte reader the import uses for such a file, alone
                EnterpriseIndex index = new EnterpriseIndex(ids.toArray(new String[0]));
                long tb = System.nanoTime();
                CleanReportsReader.Clean clean = CleanReportsReader.read(rep, ReadOptions.strict(), o.encoding(), ref.indicators(), index,
                        Period.of(2026, 11), Progress.NONE);
                bytes[k] = Bench.seconds(tb);
                if (clean == null || !clean.outcome().equals(o)) throw new IllegalStateException("the byte reader does not vouch for the file");
                long ti = System.nanoTime(), ci = processCpu();
                ImportService.Result r = svc.importReports(rep, ReadOptions.strict(), Progress.NONE);
                ours[k] = Bench.seconds(ti);
                oursCpu[k] = (processCpu() - ci) / 1e9;
                if (r.refused()) throw new IllegalStateException("refused: " + r.read().errors());
            }
            Files.deleteIfExists(dbFile);
            // DuckDB: read_csv of the same file into a plain table, in a fresh database file
            Path duckFile = dir.resolve("duck-bench-" + k + ".duckdb");
            Files.deleteIfExists(duckFile);
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + duckFile); Statement st = c.createStatement()) {
                long td = System.nanoTime(), cd = processCpu();
                st.execute("CREATE TABLE reports AS SELECT * FROM read_csv('" + rep.toAbsolutePath() + "', header = true)");
                duck[k] = Bench.seconds(td);
                duckCpu[k] = (processCpu() - cd) / 1e9;
            }
            Files.deleteIfExists(duckFile);
            System.out.printf(Locale.ROOT, "run %d: momentum import %.2f s (validation alone: bytes %.2f s, strings %.2f s), duckdb read_csv %.2f s, "
                    + "ratio %.2f; CPU momentum %.2f s, duckdb %.2f s%n", k + 1, ours[k], bytes[k], parse[k], duck[k], duck[k] / ours[k],
                    oursCpu[k], duckCpu[k]);
        }
        double o = Bench.median(ours), d = Bench.median(duck), p = Bench.median(parse), b = Bench.median(bytes);
        System.out.printf(Locale.ROOT, "RESULT import: %,d rows; momentum %.2f s = %,.0f rows/s; duckdb read_csv %.2f s = %,.0f rows/s; "
                + "ratio momentum/duckdb rate = %.2f; validation alone: byte reader %.2f s, string reader %.2f s; "
                + "process CPU momentum %.2f s, duckdb %.2f s (medians of %d)%n",
                rows, o, rows / o, d, rows / d, d / o, b, p, Bench.median(oursCpu), Bench.median(duckCpu), repeat);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Parse and validate only, repeatedly: for profiling the reader. */
    static void parseOnly(int enterprises, int repeat, Path dir) throws Exception {
        Path reg = dir.resolve("import-enterprises.csv"), rep = dir.resolve("import-reports.csv");
        writeFiles(enterprises, reg, rep);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String l : Files.readAllLines(reg)) ids.add(l.substring(0, l.indexOf(',')));
        ReferenceData ref = ReferenceData.shipped();
        ReportRules rules = new ReportRules(ref.indicators(), ids::contains, Period.of(2026, 11));
        for (int k = 0; k < repeat; k++) {
            long t = System.nanoTime();
            ReadOutcome o = InputReader.readReports(rep, ReadOptions.strict(), rules, (l, r) -> {}, Progress.NONE);
            System.out.printf(Locale.ROOT, "parse+validate %,d rows: %.2f s%n", o.rowsRead(), Bench.seconds(t));
        }
    }

    /** A register of N enterprises and, for each in scope at 2018-12, six basic indicators plus one product's output and capacity. */
    static long writeFiles(int enterprises, Path reg, Path rep) throws Exception {
        int t = Period.of(2018, 12);
        List<Product> products = IndicatorCatalog.DEFAULT_PRODUCTS;
        long[] n = {0};
        try (BufferedWriter we = Files.newBufferedWriter(reg, StandardCharsets.UTF_8);
             BufferedWriter wr = new BufferedWriter(Files.newBufferedWriter(rep, StandardCharsets.UTF_8), 1 << 20)) {
            we.write("enterprise_id,name,industry,region,size,scope_from,scope_to\n");
            wr.write("enterprise_id,period,indicator,value,prev_year_value\n");
            StringBuilder sb = new StringBuilder(128);
            GeneratorSpec spec = GeneratorSpec.of(enterprises, t, t, 4754L).withIndicators(GeneratorSpec.BASIC_INDICATORS);
            PanelGenerator.generate(spec, new PanelSink() {
                @Override public void enterprise(Enterprise e) {
                    sb.setLength(0);
                    // scope starts early enough that every enterprise may report for 2018-12
                    sb.append(e.id()).append(',').append(CsvOut.quote(e.name())).append(',').append(e.industry()).append(',')
                            .append(e.region()).append(',').append(e.size().code()).append(",2010-01,\n");
                    append(we, sb);
                }

                @Override public void report(Report r) {
                    line(r.enterpriseId(), r.indicator(), r.value(), r.prevYearValue());
                    if (r.indicator().equals("output_value")) {
                        Product p = products.get(Math.floorMod(r.enterpriseId().hashCode(), products.size()));
                        line(r.enterpriseId(), "product." + p.code(), Math.rint(r.value() * 3.7), Double.NaN);
                        line(r.enterpriseId(), "capacity." + p.code(), Math.rint(r.value() * 60.0), Double.NaN);
                    }
                }

                void line(String id, String indicator, double v, double prev) {
                    sb.setLength(0);
                    sb.append(id).append(",2018-12,").append(indicator).append(',').append(CsvOut.number(v)).append(',')
                            .append(CsvOut.number(prev)).append('\n');
                    append(wr, sb);
                    n[0]++;
                }

                @Override public void price(String industry, int period, double ppiYoy) {}
            });
        }
        return n[0];
    }

    private static void append(BufferedWriter w, CharSequence s) {
        try {
            w.append(s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
