package org.momentum.app.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.Main;
import picocli.CommandLine;

/** {@code momentum protect} on a small cells file: statuses, rules, options, and errors naming file:line:column. */
class ProtectCommandTest {
    @TempDir Path dir;

    static final String HEADER = "table,industry,region,period,value,contributors,largest1,largest2\n";

    /** The 2×2 example: C/110000 has a single maker; nothing else is sensitive under the defaults. */
    static String twoByTwo() {
        return HEADER
                + "nev,B,110000,2018-06,40,5,10,9\n"
                + "nev,B,120000,2018-06,60,6,12,11\n"
                + "nev,B,ALL,2018-06,100,11,12,11\n"
                + "nev,C,110000,2018-06,10,1,10,0\n"
                + "nev,C,120000,2018-06,90,8,15,14\n"
                + "nev,C,ALL,2018-06,100,9,15,14\n"
                + "nev,ALL,110000,2018-06,50,6,10,10\n"
                + "nev,ALL,120000,2018-06,150,14,15,14\n"
                + "nev,ALL,ALL,2018-06,200,20,15,14\n";
    }

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(out, true));
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> { // as Main.run, with the trace for the test report
            ex.printStackTrace(cmd.getErr());
            return 2;
        });
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    Map<String, String[]> rows(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out);
        assertEquals(CellFiles.OUTPUT_HEADER, lines.get(0));
        Map<String, String[]> m = new TreeMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            m.put(f[1] + "/" + f[2], f);
        }
        return m;
    }

    @Test
    void protectsTheTwoByTwoTable() throws IOException {
        Path in = Files.writeString(dir.resolve("cells.csv"), twoByTwo());
        Path out = dir.resolve("protected.csv");
        Run r = run("protect", "--cells", in.toString(), "--out", out.toString(), "--audit");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 primary, 3 secondary"), r.out());
        assertTrue(r.out().contains("audit: 1 tables, 1 primary cells, 0 leaks"), r.out());
        Map<String, String[]> m = rows(out);
        assertEquals(9, m.size());
        assertEquals("primary", m.get("C/110000")[8]);
        assertEquals("FREQ(3)", m.get("C/110000")[9]);
        assertEquals("secondary", m.get("B/110000")[8]);
        assertEquals("", m.get("B/110000")[9]);
        assertEquals("published", m.get("ALL/ALL")[8]);
        assertEquals("10", m.get("C/110000")[4], "values written as read");
        assertFalse(Files.exists(dir.resolve("protected.csv.tmp")));
    }

    @Test
    void rulesAreConfigurable() throws IOException {
        Path in = Files.writeString(dir.resolve("cells.csv"), twoByTwo());
        Path out = dir.resolve("protected.csv");
        // FREQ(1) lets a single maker through; nothing else is sensitive under P and NK on these figures
        Run r = run("protect", "--cells", in.toString(), "--out", out.toString(), "--min-frequency", "1", "--dominance", "off", "--p-percent", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(rows(out).values().stream().allMatch(f -> f[8].equals("published")));
        // NK(1,50): B/110000's largest (10 of 40) is fine, C/110000 (10 of 10) is not
        r = run("protect", "--cells", in.toString(), "--out", out.toString(), "--min-frequency", "0", "--dominance", "1,50", "--p-percent", "0");
        assertEquals(0, r.code(), r.err());
        // the rule has a comma, so RFC 4180 quotes it
        assertTrue(Files.readAllLines(out).contains("nev,C,110000,2018-06,10,1,10,0,primary,\"NK(1,50)\""), Files.readString(out));
        assertEquals(2, run("protect", "--cells", in.toString(), "--out", out.toString(), "--dominance", "3").code());
    }

    @Test
    void badRowsAreNamedByFileLineAndColumnAndNothingIsWritten() throws IOException {
        Path in = Files.writeString(dir.resolve("cells.csv"), HEADER
                + "nev,C,110000,2018-06,10,1,10,0\n"
                + "nev,C,120000,2018-13,90,8,15,14\n"
                + "nev,X9,ALL,2018-06,100,9,15,14\n"
                + "nev,ALL,1100,2018-06,50,6,10,10\n"
                + "nev,ALL,ALL,2018-06,abc,20,15,14\n"
                + "nev,ALL,ALL,2018-06,200,2.5,15,14\n"
                + "nev,B,ALL,2018-06,100,11,90,20\n"
                + "nev,C,110000,2018-06,10,1,10,0\n");
        Path out = dir.resolve("protected.csv");
        Run r = run("protect", "--cells", in.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        String e = r.err();
        assertTrue(e.contains("cells.csv:3: period: '2018-13' is not a month"), e);
        assertTrue(e.contains("cells.csv:4: industry: 'X9'"), e);
        assertTrue(e.contains("cells.csv:5: region: '1100'"), e);
        assertTrue(e.contains("cells.csv:6: value:"), e);
        assertTrue(e.contains("cells.csv:7: contributors: 2.5 is not a whole number"), e);
        assertTrue(e.contains("cells.csv:8: the two largest contributions add up to more than the value"), e);
        assertTrue(e.contains("cells.csv:9: the cell nev/C/110000/2018-06 is already on line 2"), e);
        assertTrue(e.contains("nothing written"), e);
        assertFalse(Files.exists(out));
    }

    @Test
    void aTableThatDoesNotAddUpIsRefused() throws IOException {
        Path in = Files.writeString(dir.resolve("cells.csv"), twoByTwo().replace("nev,B,ALL,2018-06,100,", "nev,B,ALL,2018-06,101,"));
        Run r = run("protect", "--cells", in.toString(), "--out", dir.resolve("o.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not additive"), r.err());
    }
}
