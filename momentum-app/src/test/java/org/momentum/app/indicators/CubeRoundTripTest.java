package org.momentum.app.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.Main;
import org.momentum.app.TestFiles;
import org.momentum.app.demo.PanelFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.intake.ImportService;
import org.momentum.classification.Period;
import org.momentum.dissemination.PublicationRules;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.indicators.IndicatorRow;
import org.momentum.store.Database;
import org.momentum.store.IndicatorValues;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;
import org.momentum.store.Reports;
import org.momentum.synthetic.GeneratorSpec;

/**
 * The store's cube written as indicators.csv and read back with {@code compute --cube} is the same cube, row for row
 * and bit for bit; and a release of that store publishes what a release of a store that computed its own publishes.
 */
class CubeRoundTripTest {
    @TempDir Path dir;
    final ReferenceData ref = ReferenceData.shipped();

    @Test
    void writtenAndImportedBackTheCubeIsTheStoresOwn() throws Exception {
        PanelFiles.Written w = PanelFiles.generate(GeneratorSpec.of(150, Period.of(2016, 1), Period.of(2017, 12), 19L), dir.resolve("panel"), Progress.NONE);
        String imported = "jdbc:duckdb:" + dir.resolve("imported.duckdb"), own = "jdbc:duckdb:" + dir.resolve("own.duckdb");
        List<IndicatorRow> expected;
        Path file = dir.resolve("indicators.csv");
        for (String url : List.of(imported, own)) {
            try (Database db = Database.open(url)) {
                ref.installIfEmpty(db);
                ImportService s = new ImportService(db, ref, Period.of(2026, 11), "test");
                TestFiles.importPanel(s, w);
                new IndicatorService(ref).recomputeAll(db, "test");
            }
        }
        try (Database db = Database.open(imported)) {
            expected = stored(db);
            assertTrue(expected.size() > 3_000, "a cube worth comparing: " + expected.size());
            assertTrue(expected.stream().anyMatch(r -> r.measure().equals("output_value_real")), "prices give output_value_real");
            IndicatorService svc = new IndicatorService(ref);
            int[] range = Reports.periodRange(db);
            IndicatorCube cube = new IndicatorEngine().compute(svc.panelFromStore(db, range[0], range[1]), svc.pricesFromStore(db));
            IndicatorService.write(cube, file);
            // wipe the stored cube: what is there afterwards comes from the file
            List<Integer> periods = new ArrayList<>();
            for (int p = range[0]; p <= range[1]; p++) periods.add(p);
            IndicatorValues.replace(db, periods, List.of(), "test");
            assertTrue(stored(db).isEmpty());
        }

        assertEquals(0, Main.run("compute", "--db", imported, "--cube", file.toString(), "--no-adjust"));

        try (Database db = Database.open(imported)) {
            assertEquals(expected, stored(db), "the same rows, the same doubles");
        }
        assertEquals(0, Main.run("release", "create", "--db", imported, "--period", "2017-12"));
        assertEquals(0, Main.run("release", "create", "--db", own, "--period", "2017-12"));
        List<ReleaseObservation> fromFile, fromStore;
        try (Database db = Database.open(imported)) { fromFile = observations(db); }
        try (Database db = Database.open(own)) { fromStore = observations(db); }
        assertEquals(fromStore, fromFile);
        // and what the release publishes of the indicators is the imported cube's (where disclosure control lets it show)
        Map<String, Double> cubeObs = new HashMap<>();
        for (IndicatorRow r : expected) PublicationRules.observations(r, o -> cubeObs.put(o.series().id() + "@" + o.period(), o.value()));
        int compared = 0;
        for (ReleaseObservation o : fromFile) {
            Double v = cubeObs.get(o.series().id() + "@" + o.period());
            if (v == null || !o.status().hasValue()) continue;
            assertEquals(v, o.value(), 0.0, o.series().id() + " " + Period.format(o.period()));
            compared++;
        }
        assertTrue(compared > 1_000, "published indicator observations compared: " + compared);
    }

    private static List<IndicatorRow> stored(Database db) {
        List<IndicatorRow> out = new ArrayList<>();
        for (String m : IndicatorValues.measures(db))
            for (int p = Period.of(2016, 1); p <= Period.of(2017, 12); p++) out.addAll(IndicatorValues.slice(db, m, p, null, null));
        return out;
    }

    private static List<ReleaseObservation> observations(Database db) {
        long id = Releases.all(db).get(0).id();
        return Releases.observations(db, id, Integer.MAX_VALUE, 0);
    }
}
