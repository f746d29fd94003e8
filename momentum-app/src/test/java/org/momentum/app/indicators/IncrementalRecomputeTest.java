package org.momentum.app.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.TestFiles;
import org.momentum.app.demo.PanelFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.intake.ImportService;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorRow;
import org.momentum.store.Database;
import org.momentum.store.IndicatorValues;
import org.momentum.store.ReferenceData;
import org.momentum.synthetic.GeneratorSpec;

/** The server's path: after revised reports of one month, recomputing only what depends on it equals a full recompute. */
class IncrementalRecomputeTest {
    @TempDir Path dir;

    @Test
    void revisedMonthRecomputedIncrementallyEqualsFull() throws Exception {
        ReferenceData ref = ReferenceData.shipped();
        PanelFiles.Written w = PanelFiles.generate(GeneratorSpec.of(300, Period.of(2016, 1), Period.of(2017, 12), 11L), dir.resolve("panel"), Progress.NONE);
        try (Database db = Database.open("jdbc:duckdb:" + dir.resolve("a.duckdb"));
             Database full = Database.open("jdbc:duckdb:" + dir.resolve("b.duckdb"))) {
            for (Database d : List.of(db, full)) {
                ref.installIfEmpty(d);
                ImportService s = new ImportService(d, ref, Period.of(2026, 11), "test");
                TestFiles.importPanel(s, w);
                new IndicatorService(ref).recomputeAll(d, "test");
            }
            // revise every output_value report of 2016-05 by +10%, through the import path, in both stores
            StringBuilder rev = new StringBuilder("enterprise_id,period,indicator,value\n");
            for (String line : java.nio.file.Files.readAllLines(w.reports())) {
                String[] f = line.split(",", -1);
                if (f[1].equals("2016-05") && f[2].equals("output_value"))
                    rev.append(f[0]).append(",2016-05,output_value,").append(Double.parseDouble(f[3]) * 1.1).append('\n');
            }
            Path revFile = java.nio.file.Files.writeString(dir.resolve("rev.csv"), rev);
            for (Database d : List.of(db, full)) {
                ImportService.Result r = new ImportService(d, ref, Period.of(2026, 11), "test").importReports(revFile, ReadOptions.strict(), Progress.NONE);
                assertFalse(r.refused());
            }
            new IndicatorService(ref).recomputeAfterRevision(db, Period.of(2016, 5), "test");
            new IndicatorService(ref).recomputeAll(full, "test");
            for (int p = Period.of(2016, 1); p <= Period.of(2017, 12); p++) {
                List<IndicatorRow> a = IndicatorValues.slice(db, "output_value", p, null, null);
                List<IndicatorRow> b = IndicatorValues.slice(full, "output_value", p, null, null);
                assertEquals(b, a, "period " + Period.format(p));
                assertEquals(IndicatorValues.slice(full, "output_value_real", p, null, null), IndicatorValues.slice(db, "output_value_real", p, null, null));
            }
        }
    }
}
