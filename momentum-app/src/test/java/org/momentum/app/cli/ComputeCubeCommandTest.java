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
import org.momentum.app.EndToEndTest;
import org.momentum.app.TestFiles;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.indicators.IndicatorRow;
import org.momentum.store.AuditLog;
import org.momentum.store.ContentChecksum;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Reports;

/** {@code momentum compute --cube FILE}: a good cube is stored for its periods and audited; any bad row stores nothing. */
class ComputeCubeCommandTest {
    @TempDir Path dir;
    String url;
    /** The store's own cube of EndToEndTest's files (2016-01..2017-01), as indicators.csv. */
    List<String> good;
    IndicatorCube cube;

    private static CliRun run(String... args) { return CliRun.of(args); }

    @BeforeEach
    void store() throws Exception {
        url = "jdbc:duckdb:" + dir.resolve("m.duckdb");
        Path e = TestFiles.write(dir, "enterprises.csv", EndToEndTest.ENTERPRISES_TEXT);
        Path r = TestFiles.write(dir, "reports.csv", EndToEndTest.REPORTS_TEXT);
        assertEquals(0, run("import", "--db", url, "--enterprises", e.toString(), "--reports", r.toString()).code());
        try (Database db = Database.open(url)) {
            IndicatorService svc = new IndicatorService(ReferenceData.shipped());
            int[] range = Reports.periodRange(db);
            cube = new IndicatorEngine().compute(svc.panelFromStore(db, range[0], range[1]), null);
            svc.recomputeAll(db, "test"); // a stored cube the refused files must leave alone
        }
        Path f = dir.resolve("good.csv");
        IndicatorService.write(cube, f);
        good = Files.readAllLines(f, StandardCharsets.UTF_8);
    }

    @Test
    void aGoodCubeIsStoredForItsPeriodsAndAudited() throws Exception {
        // a cube of January 2017 alone: the other months keep what the store computed
        List<String> jan = new ArrayList<>(List.of(good.get(0)));
        for (String l : good) if (l.contains(",2017-01,")) jan.add(l.replace("output_value,ALL,ALL,2017-01,390,", "output_value,ALL,ALL,2017-01,391,"));
        Path f = write("jan.csv", jan);
        String before2016;
        try (Database db = Database.open(url)) { before2016 = rows(db, "2016-01"); }

        CliRun r = run("compute", "--db", url, "--cube", f.toString(), "--no-adjust");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("stored " + (jan.size() - 1) + " indicator rows for 2017-01..2017-01 from " + f), r.out());
        try (Database db = Database.open(url)) {
            assertEquals(before2016, rows(db, "2016-01"), "a period the file does not cover is untouched");
            assertEquals(jan.subList(1, jan.size()).stream().sorted().toList(), List.of(rows(db, "2017-01").split("\n")));
            AuditLog.Logged a = AuditLog.since(db, 0).stream().filter(x -> x.action().equals("indicators.compute")).reduce((x, y) -> y).orElseThrow();
            assertEquals("cli", a.actor());
            assertEquals((jan.size() - 1) + " rows for 2017-01..2017-01 from file=" + f + " sha256=" + sha256(f), a.detail());
        }
    }

    @Test
    void aWorkbookWrittenByIndicatorsOutIsReadAsTheCsv() throws Exception {
        Path xlsx = dir.resolve("cube.xlsx");
        IndicatorService.write(cube, xlsx);
        String before;
        try (Database db = Database.open(url)) { before = rows(db, "2016-01") + "\n" + rows(db, "2017-01"); }
        try (Database db = Database.open(url)) {
            org.momentum.store.IndicatorValues.replace(db, List.of(org.momentum.classification.Period.of(2016, 1), org.momentum.classification.Period.of(2017, 1)), List.of(), "test");
        }
        CliRun r = run("compute", "--db", url, "--cube", xlsx.toString(), "--no-adjust");
        assertEquals(0, r.code(), r.err());
        try (Database db = Database.open(url)) {
            assertEquals(before, rows(db, "2016-01") + "\n" + rows(db, "2017-01"));
            String source = "from file=" + xlsx + " sha256=" + sha256(xlsx);
            assertTrue(AuditLog.since(db, 0).stream().anyMatch(a -> a.detail().endsWith(source)));
            before = ContentChecksum.of(db);
        }
        // a bad row of a workbook: named by its row number, as a CSV line
        Path bad = dir.resolve("bad.xlsx");
        new org.momentum.app.files.Table(IndicatorService.HEADER.split(","))
                .row("output_value", "ALL", "ALL", "2017-01", 390.0, 3, Double.NaN, 390.0, Double.NaN, Double.NaN)
                .row("output_value", "ALL", "110000", "2017-01", 160.0, 2.5, 10.0, 160.0, 10.0, Double.NaN)
                .writeWorkbook(bad);
        assertRefused("workbook", bad, "bad.xlsx:3: enterprises: '2.5' is not a count", before);
    }

    @Test
    void everyKindOfBadRowIsRefusedWithItsLineAndNothingIsStored() throws Exception {
        String before;
        try (Database db = Database.open(url)) { before = ContentChecksum.of(db); }
        int all = line("output_value,ALL,ALL,2017-01,"), cls = line("output_value,3491,ALL,2017-01,"), div = line("output_value,34,ALL,2017-01,");
        int prov = line("output_value,ALL,110000,2017-01,");
        record Case(String name, int line, UnaryOperator<String> edit, String message) {}
        List<Case> cases = List.of(
                new Case("measure", all, set(0, "output_valu"), "measure: 'output_valu' is neither a reference indicator nor output_value_real"),
                new Case("industry unknown", all, set(1, "99"), "industry: '99' is neither ALL nor an industrial"),
                new Case("industry group", cls, set(1, "349"), "industry: '349' is neither ALL nor an industrial"),
                new Case("region county", all, set(2, "110101"), "region: '110101' is neither ALL nor a province code NN0000"),
                new Case("region unknown", all, set(2, "990000"), "region: '990000' is neither ALL nor a province code NN0000"),
                new Case("class by province", cls, set(2, "110000"), "region: a class (3491) has rows for region ALL only"),
                new Case("period", all, set(3, "2017-13"), "period: '2017-13' is not a month YYYY-MM"),
                new Case("value text", all, set(4, "lots"), "value: 'lots' is not a number"),
                new Case("value NaN", all, set(4, "NaN"), "value: 'NaN' is not a number"),
                new Case("value empty", all, set(4, ""), "value: empty, a number is required"),
                new Case("real with a level", all, set(0, "output_value_real"),
                        "value: '390': output_value_real has no level; the field must be empty"),
                new Case("enterprises negative", all, set(5, "-3"), "enterprises: '-3' is not a count"),
                new Case("enterprises fraction", all, set(5, "2.5"), "enterprises: '2.5' is not a count"),
                new Case("yoy infinite", all, set(6, "Infinity"), "yoy_pct: 'Infinity' is not a number"),
                new Case("ytd too large", all, set(7, "1e999"), "ytd_value: '1e999' is too large"),
                new Case("contribution for a province", prov, set(9, "1.5"), "contribution_pp: a contribution is defined only where region = ALL and industry ≠ ALL"),
                new Case("contribution for ALL", all, set(9, "1.5"), "contribution_pp: a contribution is defined only where region = ALL and industry ≠ ALL"),
                new Case("field count", div, l -> l.substring(0, l.lastIndexOf(',')), "the row has 9 fields but the header has 10"),
                new Case("period without reports", all, set(3, "2019-01"),
                        "period: 2019-01 is outside the store's reports, 2016-01..2017-01; a cube must be of data the store holds"));
        for (Case c : cases) {
            List<String> lines = new ArrayList<>(good);
            lines.set(c.line() - 1, c.edit().apply(good.get(c.line() - 1)));
            assertRefused(c.name() + " (" + lines.get(c.line() - 1) + ")", write("bad.csv", lines), "bad.csv:" + c.line() + ": " + c.message(), before);
        }
        // a row repeated: named with the line of the first
        List<String> twice = new ArrayList<>(good);
        twice.add(good.get(all - 1));
        assertRefused("duplicate", write("bad.csv", twice), "bad.csv:" + twice.size() + ": output_value, ALL, ALL, 2017-01 is also on line " + all, before);
        // the header, exactly
        List<String> swapped = new ArrayList<>(good);
        swapped.set(0, good.get(0).replace("measure,industry", "industry,measure"));
        assertRefused("header order", write("bad.csv", swapped), "bad.csv:1: header: the columns must be " + IndicatorService.HEADER + " in this order", before);
        List<String> missing = new ArrayList<>(good);
        missing.set(0, good.get(0).replace(",contribution_pp", ",contribution"));
        assertRefused("header name", write("bad.csv", missing), "bad.csv:1: header: required column 'contribution_pp' is missing; unknown column 'contribution'", before);
        assertRefused("no rows", write("bad.csv", List.of(good.get(0))), "bad.csv:2: no rows", before);
        assertEquals(2, run("compute", "--db", url, "--cube", dir.resolve("good.csv").toString(), "--revised", "2017-01").code());
    }

    private void assertRefused(String name, Path f, String message, String before) throws Exception {
        CliRun r = run("compute", "--db", url, "--cube", f.toString(), "--no-adjust");
        assertEquals(1, r.code(), name + ": " + r.err());
        String expected = message.replace(f.getFileName().toString(), f.toString());
        assertTrue(r.err().contains(expected), name + ": expected «" + expected + "» in\n" + r.err());
        assertTrue(r.err().contains("nothing stored"), name);
        try (Database db = Database.open(url)) { assertEquals(before, ContentChecksum.of(db), name + ": a refused cube changes nothing"); }
    }

    /** An edit of one row: field {@code column} (0 = measure) set to {@code value}. */
    private static UnaryOperator<String> set(int column, String value) {
        return l -> {
            String[] f = l.split(",", -1);
            f[column] = value;
            return String.join(",", f);
        };
    }

    private int line(String prefix) {
        for (int i = 0; i < good.size(); i++) if (good.get(i).startsWith(prefix)) return i + 1;
        throw new AssertionError("no row " + prefix);
    }

    private Path write(String name, List<String> lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** A period's stored rows as indicators.csv lines, sorted. */
    private static String rows(Database db, String period) {
        List<String> out = new ArrayList<>();
        for (String m : org.momentum.store.IndicatorValues.measures(db)) {
            int p = org.momentum.classification.Period.parse(period);
            List<IndicatorRow> slice = org.momentum.store.IndicatorValues.slice(db, m, p, null, null);
            Path tmp;
            try {
                tmp = Files.createTempFile("slice", ".csv");
                IndicatorService.write(IndicatorCube.of(slice), tmp);
                List<String> l = Files.readAllLines(tmp);
                out.addAll(l.subList(1, l.size()));
                Files.delete(tmp);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return String.join("\n", out.stream().sorted().toList());
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
