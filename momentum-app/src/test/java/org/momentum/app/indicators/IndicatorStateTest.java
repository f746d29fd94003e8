package org.momentum.app.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.TestFiles;
import org.momentum.app.demo.PanelFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.intake.ImportService;
import org.momentum.classification.Period;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.synthetic.GeneratorSpec;

/**
 * The server's path: a panel kept in memory, revised by imports of revisions and recomputed over the affected
 * months only, leaves the store with exactly the indicators a full recompute from the store gives.
 */
class IndicatorStateTest {
    @TempDir Path dir;
    final ReferenceData ref = ReferenceData.shipped();

    @Test
    void importsOfRevisionsInTheServerEqualAFullRecompute() throws Exception {
        PanelFiles.Written w = PanelFiles.generate(GeneratorSpec.of(80, Period.of(2016, 1), Period.of(2017, 12), 11L), dir.resolve("panel"), Progress.NONE);
        IndicatorState state = new IndicatorState(ref);
        try (Database served = Database.open("jdbc:duckdb:" + dir.resolve("served.duckdb"));
             Database full = Database.open("jdbc:duckdb:" + dir.resolve("full.duckdb"))) {
            for (Database d : List.of(served, full)) {
                ref.installIfEmpty(d);
                ImportService s = new ImportService(d, ref, Period.of(2026, 11), "test", d == served ? state : null);
                TestFiles.importPanel(s, w);
            }
            assertFalse(state.warm(), "nothing is kept before the first compute");
            state.computeAll(served, "test");
            new IndicatorService(ref).recomputeAll(full, "test");
            assertTrue(state.warm());
            assertEquals(indicators(full), indicators(served));

            // revisions of two months: values up 10 %, a prev_year_value given, one report dropped to 0
            List<String> lines = Files.readAllLines(w.reports());
            StringBuilder rev = new StringBuilder("enterprise_id,period,indicator,value,prev_year_value\n");
            int k = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                boolean month = f[1].equals("2016-05") || f[1].equals("2017-02");
                if (!month || !(f[2].equals("output_value") || f[2].equals("sales_value")) || k++ % 3 != 0) continue;
                double v = Double.parseDouble(f[3]);
                String prev = k % 5 == 0 ? Double.toString(v * 0.9) : f.length > 4 ? f[4] : "";
                rev.append(f[0]).append(',').append(f[1]).append(',').append(f[2]).append(',').append(k % 7 == 0 ? 0 : v * 1.1)
                        .append(',').append(prev).append('\n');
            }
            ImportService.Result applied = importBoth(served, full, state, Files.writeString(dir.resolve("rev1.csv"), rev));
            assertTrue(applied.applied().revisions() > 10, applied.applied().toString());
            IndicatorState.Update u = state.lastUpdate();
            assertFalse(u.rebuilt(), "revisions within the panel's months revise it");
            assertEquals(List.of(Period.of(2016, 5), Period.of(2017, 12)), List.of(u.periods().first(), u.periods().last()));
            assertFalse(u.periods().contains(Period.of(2016, 4)));
            new IndicatorService(ref).recomputeAll(full, "test");
            assertEquals(indicators(full), indicators(served));

            // a new month: the panel cannot take it and is rebuilt from the store
            String id = lines.get(1).substring(0, lines.get(1).indexOf(','));
            importBoth(served, full, state, Files.writeString(dir.resolve("rev2.csv"), "enterprise_id,period,indicator,value\n"
                    + id + ",2018-01,sales_value,123.5\n"));
            assertTrue(state.lastUpdate().rebuilt());
            assertEquals(null, state.lastUpdate().problem());
            new IndicatorService(ref).recomputeAll(full, "test");
            assertEquals(indicators(full), indicators(served));

            // new prices: the panel is dropped until the next full compute
            new ImportService(served, ref, Period.of(2026, 11), "test", state).importPrices(w.prices(), ReadOptions.strict(), Progress.NONE);
            assertFalse(state.warm());
            state.computeAll(served, "test");
            assertTrue(state.warm());

            // output in a month without prices: the import stands, the computation's problem is kept, the panel dropped
            ImportService.Result r = importBoth(served, full, state, Files.writeString(dir.resolve("rev3.csv"),
                    "enterprise_id,period,indicator,value\n" + id + ",2018-01,output_value,10\n"));
            assertEquals(1, r.applied().applied());
            assertTrue(state.lastUpdate().problem().contains("no producer price index covers"), state.lastUpdate().toString());
            assertFalse(state.warm());
        }
    }

    private ImportService.Result importBoth(Database served, Database full, IndicatorState state, Path file) {
        ImportService.Result r = new ImportService(served, ref, Period.of(2026, 11), "test", state).importReports(file, ReadOptions.strict(), Progress.NONE);
        assertFalse(r.refused(), () -> r.read().errors().toString());
        assertFalse(new ImportService(full, ref, Period.of(2026, 11), "test").importReports(file, ReadOptions.strict(), Progress.NONE).refused());
        return r;
    }

    /** Every stored indicator row, without the time it was computed. */
    static List<String> indicators(Database db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT measure, industry, region, period, value, enterprises, yoy_pct, ytd_value, ytd_yoy_pct, contribution_pp "
                        + "FROM indicator_value ORDER BY ALL")) {
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= 10; i++) sb.append(rs.getObject(i)).append('|');
                out.add(sb.toString());
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }
}
