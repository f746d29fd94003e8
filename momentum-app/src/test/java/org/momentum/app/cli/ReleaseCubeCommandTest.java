package org.momentum.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.TestFiles;
import org.momentum.app.demo.PanelFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.intake.ImportService;
import org.momentum.classification.Period;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.store.AuditLog;
import org.momentum.store.ContentChecksum;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;
import org.momentum.store.Reports;
import org.momentum.synthetic.GeneratorSpec;

/**
 * {@code momentum release create --cube FILE}: the store's own cube, written as the Spark job writes it, gives the
 * release the store computes itself; a cube of other data is refused and the store is left as it was.
 */
class ReleaseCubeCommandTest {
    @TempDir Path dir;
    final ReferenceData ref = ReferenceData.shipped();
    /** Two stores of the same reports (2016-01..2017-12, with prices). */
    String withCube, own;
    /** The store's cube as indicators.csv, written by IndicatorService.write (as IndicatorsJob writes OUT/indicators.csv). */
    Path cube;
    List<String> lines;

    @BeforeEach
    void stores() throws Exception {
        PanelFiles.Written w = PanelFiles.generate(GeneratorSpec.of(150, Period.of(2016, 1), Period.of(2017, 12), 23L), dir.resolve("panel"), Progress.NONE);
        Path a = dir.resolve("cube.duckdb");
        withCube = "jdbc:duckdb:" + a;
        own = "jdbc:duckdb:" + dir.resolve("own.duckdb");
        cube = dir.resolve("indicators.csv");
        try (Database db = Database.open(withCube)) {
            ref.installIfEmpty(db);
            TestFiles.importPanel(new ImportService(db, ref, Period.of(2026, 11), "test"), w);
            IndicatorService svc = new IndicatorService(ref);
            int[] range = Reports.periodRange(db);
            IndicatorService.write(new IndicatorEngine().compute(svc.panelFromStore(db, range[0], range[1]), svc.pricesFromStore(db)), cube);
        }
        Files.copy(a, dir.resolve("own.duckdb")); // closed, so the file is the whole store
        lines = Files.readAllLines(cube, StandardCharsets.UTF_8);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("output_value_real,ALL,ALL,2017-12,")), "prices give output_value_real");
    }

    @Test
    void theStoresCubeGivesTheReleaseTheStoreComputes() throws Exception {
        CliRun fromFile = CliRun.asMain("release", "create", "--db", withCube, "--period", "2017-12", "--cube", cube.toString());
        assertEquals(0, fromFile.code(), fromFile.err());
        assertTrue(fromFile.out().contains("indicators from the cube in " + cube), fromFile.out());
        CliRun computed = CliRun.asMain("release", "create", "--db", own, "--period", "2017-12");
        assertEquals(0, computed.code(), computed.err());

        List<ReleaseObservation> a, b;
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(cube)));
        try (Database db = Database.open(withCube)) {
            a = observations(db);
            AuditLog.Logged created = AuditLog.since(db, 0).stream().filter(x -> x.action().equals("release.create")).findFirst().orElseThrow();
            assertTrue(created.detail().contains(" components=indicators(cube:sha256:" + sha.substring(0, 12) + "),seasonal_adjustment,outlook,targets,quality,disclosure"
                    + " cube=" + cube + " sha256=" + sha), created.detail());
        }
        try (Database db = Database.open(own)) {
            b = observations(db);
            String detail = AuditLog.since(db, 0).stream().filter(x -> x.action().equals("release.create")).findFirst().orElseThrow().detail();
            assertTrue(detail.contains(" components=indicators,seasonal_adjustment,") && !detail.contains("cube="), detail);
        }
        assertTrue(a.size() > 3_000, "observations compared: " + a.size());
        assertEquals(b, a, "the same observations, the same doubles");
    }

    @Test
    void aCubeOfOtherDataIsRefusedAndNothingIsStored() throws Exception {
        String before;
        try (Database db = Database.open(withCube)) { before = ContentChecksum.of(db); }
        String frozen = "was not computed from the reports frozen at ";

        // one national total changed: the value as the file has it and as the store has it
        String total = lines.stream().filter(l -> l.startsWith("output_value,ALL,ALL,2017-06,")).findFirst().orElseThrow();
        String storeValue = total.split(",")[4];
        double changed = Double.parseDouble(storeValue) * (1 + 1e-6);
        refused("value.csv", l -> l.equals(total) ? l.replace("," + storeValue + ",", "," + java.math.BigDecimal.valueOf(changed).toPlainString() + ",") : l, "2017-12",
                frozen, ": output_value 2017-06 ALL/ALL is " + changed + " in the file, " + Double.parseDouble(storeValue) + " in the store");
        // the count of a national total
        String count = lines.stream().filter(l -> l.startsWith("revenue,ALL,ALL,2016-03,")).findFirst().orElseThrow();
        String[] f = count.split(",", -1);
        f[5] = Integer.toString(Integer.parseInt(f[5]) + 1);
        refused("count.csv", l -> l.equals(count) ? String.join(",", f) : l, "2017-12",
                frozen, ": revenue 2016-03 ALL/ALL has " + f[5] + " enterprises in the file, " + (Integer.parseInt(f[5]) - 1) + " in the store");
        // a month missing
        refused("missing.csv", l -> l.contains(",2016-05,") ? null : l, "2017-12", frozen, "missing from the file: 2016-05");
        // a cube of more months than the release's reports (those of a later cut-off)
        refused("later.csv", l -> l, "2017-11", frozen, "its months are 2016-01..2017-12, the frozen reports' up to the release month 2016-01..2017-11; not in the reports: 2017-12");
        // no output_value_real though the store holds prices
        refused("noreal.csv", l -> l.startsWith("output_value_real,") ? null : l, "2017-12", frozen, "output_value_real 2016-01 ALL/ALL is not in the file, but the store held prices");
        // a row CubeFile refuses
        refused("row.csv", l -> l.startsWith("output_value,ALL,ALL,2017-01,") ? l.replace("output_value,ALL,ALL,", "output_value,ALL,990000,") : l, "2017-12",
                "is refused (1 error); no release created", "region: '990000' is neither ALL nor a province code NN0000");

        try (Database db = Database.open(withCube)) {
            assertEquals(before, ContentChecksum.of(db), "a refused cube stores nothing");
            assertTrue(Releases.all(db).isEmpty());
        }
    }

    @Test
    void theHelpTellsWhatTheCubeMustBe() {
        CliRun help = CliRun.of("release", "create", "--help");
        assertEquals(0, help.code());
        String text = help.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("--cube=FILE Release this indicators.csv"), text);
        assertTrue(text.contains("its months must be exactly those of the reports frozen at the cut-off up to --period"), text);
        assertTrue(text.contains("national total (industry ALL, region ALL: value and enterprises)"), text);
        assertTrue(text.contains("the file and its SHA-256"), text);
    }

    /** The cube with its lines edited (null drops one) is refused with both parts of the message, exit code 2. */
    private void refused(String name, UnaryOperator<String> edit, String period, String... message) throws Exception {
        List<String> edited = new ArrayList<>(List.of(lines.get(0)));
        for (String l : lines.subList(1, lines.size())) {
            String e = edit.apply(l);
            if (e != null) edited.add(e);
        }
        Path file = dir.resolve(name);
        Files.write(file, edited, StandardCharsets.UTF_8);
        CliRun r = CliRun.asMain("release", "create", "--db", withCube, "--period", period, "--cube", file.toString());
        assertEquals(2, r.code(), name + ": " + r.out() + r.err());
        assertTrue(r.err().startsWith("momentum: the cube in " + file + " "), r.err());
        for (String m : message) assertTrue(r.err().contains(m), name + ": " + r.err());
    }

    private static List<ReleaseObservation> observations(Database db) {
        return Releases.observations(db, Releases.all(db).get(0).id(), Integer.MAX_VALUE, 0);
    }
}
