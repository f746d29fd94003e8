package org.momentum.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.EndToEndTest;
import org.momentum.app.Main;
import org.momentum.app.TestFiles;

/** {@code momentum indicators}: the file contract of indicators.csv, and refusal of bad input. */
class IndicatorsCommandTest {
    @TempDir Path dir;

    @Test
    void writesIndicatorsCsvExactlyAsFormatsSays() throws Exception {
        Path e = TestFiles.write(dir, "enterprises.csv", EndToEndTest.ENTERPRISES_TEXT);
        Path r = TestFiles.write(dir, "reports.csv", EndToEndTest.REPORTS_TEXT);
        Path rev = TestFiles.write(dir, "revision.csv", "enterprise_id,period,indicator,value\nE3,2017-01,output_value,60\n");
        Path out = dir.resolve("indicators.csv");
        int code = Main.run("indicators", "--enterprises", e.toString(), "--reports", r.toString(), "--reports", rev.toString(), "--out", out.toString());
        assertEquals(0, code);
        List<String> lines = Files.readAllLines(out);
        assertEquals("measure,industry,region,period,value,enterprises,yoy_pct,ytd_value,ytd_yoy_pct,contribution_pp", lines.get(0));
        // ALL for 2017-01 after the revision of E3 (50 -> 60): level 400; growth unchanged (E3 has no base)
        String all = lines.stream().filter(l -> l.startsWith("output_value,ALL,ALL,2017-01,")).findFirst().orElseThrow();
        String[] f = all.split(",", -1);
        assertEquals(10, f.length);
        assertEquals(400.0, Double.parseDouble(f[4]), 1e-9);
        assertEquals("3", f[5]);
        assertEquals(17.241379310344827, Double.parseDouble(f[6]), 1e-12);
        assertEquals("", f[9], "no contribution for industry ALL");
        // a class row exists only with region ALL
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("output_value,3491,ALL,2017-01,")));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("output_value,3491,110000,")));
        // division 06 has no base: empty growth and contribution
        String d06 = lines.stream().filter(l -> l.startsWith("output_value,06,ALL,2017-01,")).findFirst().orElseThrow();
        assertTrue(d06.endsWith(",1,,60,,"), d06);
    }

    @Test
    void badInputWritesNothing() throws Exception {
        Path e = TestFiles.write(dir, "enterprises.csv", EndToEndTest.ENTERPRISES_TEXT);
        Path r = TestFiles.write(dir, "reports.csv", "enterprise_id,period,indicator,value\nE1,2017-01,output_value,-1\n");
        Path out = dir.resolve("indicators.csv");
        int code = Main.run("indicators", "--enterprises", e.toString(), "--reports", r.toString(), "--out", out.toString());
        assertEquals(1, code);
        assertFalse(Files.exists(out));
    }
}
