package org.momentum.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.momentum.app.demo.PanelFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.indicators.IndicatorState;
import org.momentum.app.intake.ImportService;
import org.momentum.classification.Period;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.synthetic.GeneratorSpec;

/**
 * Issue 2's second item: after an import of revisions to one month, the server's warm panel ({@link IndicatorState}:
 * Panel.revise, then the affected months) against {@code momentum compute --revised} (the panel of the affected
 * years read again from the store), on the same store, in the same run. Both store the same months.
 */
final class ReviseBench {
    private ReviseBench() {}

    static void run(int enterprises, int repeat, Path dir) throws Exception {
        GeneratorSpec spec = new GeneratorSpec(enterprises, Period.of(2015, 1), Period.of(2018, 12), GeneratorSpec.demo().seed(), null, true);
        long t0 = System.nanoTime();
        PanelFiles.Written w = PanelFiles.generate(spec, dir.resolve("revise-panel"), Progress.NONE);
        System.out.printf(Locale.ROOT, "generated %,d enterprises, %,d reports (2015-01..2018-12) in %.1f s%n", w.enterpriseRows(), w.reportRows(),
                Bench.seconds(t0));
        ReferenceData ref = ReferenceData.shipped();
        Path dbFile = dir.resolve("revise-bench.duckdb");
        Files.deleteIfExists(dbFile);
        Files.deleteIfExists(dir.resolve("revise-bench.duckdb.wal"));
        int month = Period.of(2018, 6);
        double[] warm = new double[repeat], cold = new double[repeat];
        try (Database db = Database.open("jdbc:duckdb:" + dbFile)) {
            ref.installIfEmpty(db);
            ImportService plain = new ImportService(db, ref, Period.of(2026, 11), "bench");
            for (ImportService.Result r : new ImportService.Result[] {plain.importEnterprises(w.enterprises(), ReadOptions.strict(), Progress.NONE),
                    plain.importReports(w.reports(), ReadOptions.strict(), Progress.NONE), plain.importPrices(w.prices(), ReadOptions.strict(), Progress.NONE)})
                if (r.refused()) throw new IllegalStateException("refused: " + r.read().errors());
            IndicatorState state = new IndicatorState(ref);
            long tc = System.nanoTime();
            int rows = state.computeAll(db, "bench");
            System.out.printf(Locale.ROOT, "first compute (builds the panel the server keeps): %,d rows in %.2f s%n", rows, Bench.seconds(tc));
            for (int k = 0; k < repeat; k++) {
                Path rev = revisions(w.reports(), dir.resolve("revise-" + k + ".csv"), month, 1 + 0.01 * (k + 1));
                ImportService.Result r = plain.importReports(rev, ReadOptions.strict(), Progress.NONE);
                if (r.refused() || r.applied().revisions() == 0) throw new IllegalStateException("no revisions applied: " + r.read().errors());
                long tw = System.nanoTime();
                IndicatorState.Update u = state.afterReports(db, r.applied().batchId(), "bench");
                warm[k] = Bench.seconds(tw);
                if (u.rebuilt() || u.problem() != null) throw new IllegalStateException("the warm panel was not revised: " + u);
                long tr = System.nanoTime();
                new IndicatorService(ref).recomputeAfterRevision(db, month, "bench");
                cold[k] = Bench.seconds(tr);
                System.out.printf(Locale.ROOT, "run %d: %,d revisions of %s; warm panel %.2f s (%d months), compute --revised %.2f s, ratio %.1f%n",
                        k + 1, r.applied().revisions(), Period.format(month), warm[k], u.periods().size(), cold[k], cold[k] / warm[k]);
            }
        }
        Files.deleteIfExists(dbFile);
        double a = Bench.median(warm), b = Bench.median(cold);
        System.out.printf(Locale.ROOT, "RESULT revise: warm panel %.2f s, compute --revised %.2f s, %.1f times faster (medians of %d)%n", a, b, b / a, repeat);
    }

    /** Every tenth enterprise's output_value of the month, times {@code factor}. */
    private static Path revisions(Path reports, Path out, int month, double factor) throws Exception {
        String m = "," + Period.format(month) + ",output_value,";
        try (BufferedReader in = Files.newBufferedReader(reports); BufferedWriter wr = Files.newBufferedWriter(out)) {
            wr.write("enterprise_id,period,indicator,value\n");
            String line = in.readLine();
            int n = 0;
            while ((line = in.readLine()) != null) {
                int at = line.indexOf(m);
                if (at < 0 || n++ % 10 != 0) continue;
                String[] f = line.split(",", -1);
                wr.write(f[0] + "," + f[1] + "," + f[2] + "," + Double.parseDouble(f[3]) * factor + "\n");
            }
        }
        return out;
    }
}
