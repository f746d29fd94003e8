package org.momentum.app.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.Main;
import org.momentum.app.TestFiles;
import org.momentum.csv.CsvParser;
import picocli.CommandLine;

/** {@code momentum quality}: the flags file of formats.md from a generated panel with two inflated reports. */
class QualityCommandTest {
    @TempDir static Path dir;
    static Path enterprises, reports, prices;
    static final List<String> INFLATED = new ArrayList<>();

    @BeforeAll
    static void generate() throws Exception {
        assertEquals(0, Main.run("generate", "--enterprises", "1500", "--from", "2016-12", "--to", "2018-12", "--seed", "7", "--out", dir.toString()));
        enterprises = dir.resolve("enterprises.csv");
        prices = dir.resolve("prices.csv");
        // inflate output, sales and revenue of the first two enterprises with a 2017-12 report by 60% in 2018-12
        List<String> lines = Files.readAllLines(dir.resolve("reports.csv"), StandardCharsets.UTF_8);
        for (String l : lines) {
            String[] f = l.split(",", -1);
            if (INFLATED.size() < 2 && f[1].equals("2017-12") && f[2].equals("output_value") && !INFLATED.contains(f[0])) INFLATED.add(f[0]);
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String[] f = l.split(",", -1);
            if (INFLATED.contains(f[0]) && f[1].equals("2018-12") && (f[2].equals("output_value") || f[2].equals("sales_value") || f[2].equals("revenue"))) {
                f[3] = String.valueOf(Math.rint(Double.parseDouble(f[3]) * 16) / 10);
                l = String.join(",", f);
            }
            out.add(l);
        }
        reports = dir.resolve("reports-inflated.csv");
        Files.write(reports, out, StandardCharsets.UTF_8);
    }

    private static List<String[]> read(Path p) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (var r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            CsvParser parser = new CsvParser(r);
            while (parser.next()) rows.add(parser.fields());
        }
        return rows;
    }

    @Test
    void writesRankedFlagsWithTheColumnsOfFormatsMd() throws Exception {
        Path out = dir.resolve("flags.csv");
        assertEquals(0, Main.run("quality", "--enterprises", enterprises.toString(), "--reports", reports.toString(),
                "--prices", prices.toString(), "--out", out.toString()));
        List<String[]> rows = read(out);
        assertEquals(List.of("enterprise_id", "period", "indicator", "score", "rule", "detail"), List.of(rows.get(0)));
        Map<String, Double> best = new HashMap<>();
        double previousBest = 2;
        String previousId = null;
        for (String[] r : rows.subList(1, rows.size())) {
            assertEquals(6, r.length);
            assertEquals("2018-12", r[1]);
            double s = Double.parseDouble(r[3]);
            assertTrue(s >= 0.5 && s <= 1, r[3]);
            assertFalse(r[4].isEmpty() || r[5].isEmpty());
            if (!r[0].equals(previousId)) { // reports come ranked by their highest score, which is their first row
                assertTrue(s <= previousBest + 1e-9, "ranking at " + r[0]);
                assertFalse(best.containsKey(r[0]), "a report's flags are together: " + r[0]);
                previousBest = s;
                best.put(r[0], s);
                previousId = r[0];
            }
        }
        for (String id : INFLATED) assertTrue(best.getOrDefault(id, 0.0) >= 0.5, id + " is not flagged: " + best);
        assertTrue(best.size() <= 1500 * 0.03, best.size() + " reports flagged");
        String detail = rows.stream().filter(r -> r[0].equals(INFLATED.get(0)) && r[4].equals("inflation_evidence")).findFirst().orElseThrow()[5];
        assertTrue(detail.startsWith("output +") && detail.contains(" on a year ago while electricity "), detail);
    }

    @Test
    void aLowerMinScoreAddsWeakerEvidence_andAnEarlierPeriodCanBeReviewed() throws Exception {
        Path strict = dir.resolve("strict.csv"), loose = dir.resolve("loose.csv"), earlier = dir.resolve("earlier.csv");
        assertEquals(0, Main.run("quality", "--enterprises", enterprises.toString(), "--reports", reports.toString(), "--out", strict.toString()));
        assertEquals(0, Main.run("quality", "--enterprises", enterprises.toString(), "--reports", reports.toString(), "--out", loose.toString(), "--min-score", "0.2"));
        assertTrue(read(loose).size() > read(strict).size());
        assertEquals(0, Main.run("quality", "--enterprises", enterprises.toString(), "--reports", reports.toString(), "--out", earlier.toString(), "--period", "2018-06"));
        assertTrue(read(earlier).stream().skip(1).allMatch(r -> r[1].equals("2018-06")));
        assertTrue(read(earlier).stream().skip(1).noneMatch(r -> INFLATED.contains(r[0]) && r[4].equals("inflation_evidence")));
    }

    @Test
    void aCustomRulesFile_andItsMistakesNamedByLine() throws Exception {
        Path rules = TestFiles.write(dir, "rules.txt", "# only one rule\ntiny_output : output_value >= 1000000 errorlevel warning\n");
        Path out = dir.resolve("custom.csv");
        assertEquals(0, Main.run("quality", "--enterprises", enterprises.toString(), "--reports", reports.toString(), "--out", out.toString(), "--rules", rules.toString()));
        assertTrue(read(out).stream().anyMatch(r -> r[4].equals("tiny_output") && r[3].equals("0.6000")));
        assertTrue(read(out).stream().noneMatch(r -> r[4].equals("sales_within_output")));

        Path bad = TestFiles.write(dir, "bad-rules.txt", "ok : output_value >= 0\nbroken : output_value >> 2\n");
        Path none = dir.resolve("none.csv");
        String err = runErr("quality", "--enterprises", enterprises.toString(), "--reports", reports.toString(), "--out", none.toString(), "--rules", bad.toString());
        assertTrue(err.contains("bad-rules.txt:2: "), err);
        assertFalse(Files.exists(none));
    }

    @Test
    void badInputWritesNothing() throws Exception {
        Path r = TestFiles.write(dir, "bad-reports.csv", "enterprise_id,period,indicator,value\nNOPE,2018-12,output_value,5\n");
        Path out = dir.resolve("bad.csv");
        assertEquals(1, Main.run("quality", "--enterprises", enterprises.toString(), "--reports", r.toString(), "--out", out.toString()));
        assertFalse(Files.exists(out));
        assertEquals(1, Main.run("quality", "--enterprises", enterprises.toString(), "--reports", reports.toString(), "--out", out.toString(), "--period", "2010-01"));
        assertFalse(Files.exists(out));
    }

    private static String runErr(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertEquals(1, code, err.toString());
        return err.toString();
    }
}
