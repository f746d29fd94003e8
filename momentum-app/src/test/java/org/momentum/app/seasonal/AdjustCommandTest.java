package org.momentum.app.seasonal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.Main;
import org.momentum.classification.Period;
import org.momentum.seasonal.Regressor;
import org.momentum.seasonal.SpringFestivalRegressor;

/** {@code momentum adjust} on a small series file with the shipped calendar. */
class AdjustCommandTest {
    @TempDir Path dir;

    @Test void shippedCalendarCoversItsNotices() {
        ChinaCalendar c = ChinaCalendar.shipped();
        assertEquals(61, c.springFestivals().size());
        assertEquals(2007, c.firstYear());
        assertEquals(2026, c.lastYear());
        assertEquals(678, c.officialDays().size());
        assertEquals(List.of("sf", "wd"), c.regressors(SpringFestivalRegressor.defaultWindows()).stream().map(Regressor::name).toList());
    }

    @Test void adjustsASmallFile() throws IOException {
        List<Regressor> regs = ChinaCalendar.shipped().regressors(SpringFestivalRegressor.defaultWindows());
        double[] s = {0.96, 0.86, 1.06, 1.0, 1.02, 1.05, 0.99, 0.99, 1.03, 0.97, 1.03, 1.04};
        Random rnd = new Random(5);
        StringBuilder in = new StringBuilder("series,period,value\n");
        int start = Period.of(2012, 1);
        for (int k = 0; k < 108; k++) {                     // 2012-01 .. 2020-12, industrial output with a Spring Festival dip
            int p = start + k;
            double y = 200 * Math.exp(0.005 * k) * s[k % 12] * Math.exp(-0.1 * regs.get(0).at(p) + 0.01 * regs.get(1).at(p))
                    * Math.exp(0.005 * rnd.nextGaussian());
            in.append("C13,").append(Period.format(p)).append(',').append(y).append('\n');
        }
        for (int k = 0; k < 48; k++)                        // a flat series, no seasonality
            in.append("\"flat, 4y\",").append(Period.format(Period.of(2016, 1) + k)).append(',').append(50 + rnd.nextGaussian()).append('\n');
        Path input = Files.writeString(dir.resolve("series.csv"), in);
        Path out = dir.resolve("adjusted.csv");
        assertEquals(0, Main.run("adjust", "--input", input.toString(), "--out", out.toString()));
        List<String> lines = Files.readAllLines(out);
        assertEquals("series,period,value,sa,trend,seasonal,calendar,irregular,mode,sa_mom_pct,estimated", lines.get(0));
        assertEquals(1 + 108 + 48, lines.size());
        String[] feb2015 = lines.stream().filter(l -> l.startsWith("C13,2015-02,")).findFirst().orElseThrow().split(",");
        double y = Double.parseDouble(feb2015[2]), sa = Double.parseDouble(feb2015[3]), sf = Double.parseDouble(feb2015[5]),
                cal = Double.parseDouble(feb2015[6]);
        assertEquals("multiplicative", feb2015[8]);
        assertEquals(y, sa * sf * cal, 1e-6 * y);
        assertEquals(Math.exp(-0.1 * regs.get(0).at(Period.of(2015, 2)) + 0.01 * regs.get(1).at(Period.of(2015, 2))), cal, 0.005);
        assertEquals(0.86, sf, 0.015);
        String[] jan2015 = lines.stream().filter(l -> l.startsWith("C13,2015-01,")).findFirst().orElseThrow().split(",");
        assertEquals((sa / Double.parseDouble(jan2015[3]) - 1) * 100, Double.parseDouble(feb2015[9]), 1e-9);   // sa_mom_pct
        assertEquals("false", feb2015[10]);
        assertEquals("", lines.get(1).split(",", -1)[9]);                  // no month before the first
        assertTrue(lines.get(109).startsWith("\"flat, 4y\",2016-01,"), lines.get(109));
        assertEquals(0, Main.run("adjust", "--input", input.toString(), "--out", out.toString(), "--method", "tramoseats", "--spec", "rsa5"));
        assertFalse(Files.exists(dir.resolve("adjusted.csv.tmp")));
    }

    @Test void refusesGapsAndUnknownSpecs() throws IOException {
        Path input = Files.writeString(dir.resolve("gap.csv"), "series,period,value\nA,2019-01,1\nA,2019-03,2\n");
        Path out = dir.resolve("o.csv");
        assertEquals(1, Main.run("adjust", "--input", input.toString(), "--out", out.toString()));
        assertEquals(1, Main.run("adjust", "--input", input.toString(), "--out", out.toString(), "--spec", "RSA7"));
        assertEquals(1, Main.run("adjust", "--input", input.toString(), "--out", out.toString(), "--method", "stl"));
        assertFalse(Files.exists(out));
    }

    /** 2012-01 .. 2020-12 as in adjustsASmallFile; from 2016 on only January + February are published. */
    @Test void januaryFebruaryGivenCombinedAreSplitAndFlagged() throws IOException {
        List<Regressor> regs = ChinaCalendar.shipped().regressors(SpringFestivalRegressor.defaultWindows());
        double[] s = {0.96, 0.86, 1.06, 1.0, 1.02, 1.05, 0.99, 0.99, 1.03, 0.97, 1.03, 1.04};
        Random rnd = new Random(5);
        int start = Period.of(2012, 1);
        double[] y = new double[108];
        for (int k = 0; k < 108; k++)
            y[k] = 200 * Math.exp(0.005 * k) * s[k % 12] * Math.exp(-0.1 * regs.get(0).at(start + k) + 0.01 * regs.get(1).at(start + k))
                    * Math.exp(0.005 * rnd.nextGaussian());
        StringBuilder in = new StringBuilder("series,period,span,value\n");
        for (int k = 0; k < 108; k++) {
            int p = start + k, yr = Period.year(p), m = Period.month(p);
            if (yr >= 2016 && m == 1) {
                if (yr % 2 == 0) in.append("C13,").append(Period.format(p)).append(",,\n");   // January empty or absent
            } else if (yr >= 2016 && m == 2) {
                in.append("C13,").append(Period.format(p)).append(",jan-feb,").append(y[k - 1] + y[k]).append('\n');
            } else {
                in.append("C13,").append(Period.format(p)).append(",,").append(y[k]).append('\n');
            }
        }
        Path input = Files.writeString(dir.resolve("janfeb.csv"), in);
        Path out = dir.resolve("adjusted.csv");
        java.io.StringWriter err = new java.io.StringWriter();
        var cmd = new picocli.CommandLine(new org.momentum.app.Main());
        cmd.setErr(new java.io.PrintWriter(err, true));
        assertEquals(0, cmd.execute("adjust", "--input", input.toString(), "--out", out.toString()), err.toString());
        assertTrue(err.toString().contains("C13: 2016-01 and 2016-02 estimated from their sum"), err.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals(1 + 108, lines.size());
        for (int k = 0; k < 108; k++) {
            String[] f = lines.get(1 + k).split(",", -1);
            int p = start + k;
            boolean split = Period.year(p) >= 2016 && Period.month(p) <= 2;
            assertEquals(Period.format(p), f[1]);
            assertEquals(String.valueOf(split), f[10], f[1]);
            // the estimated split within 2% of the true month (the series' noise is 0.5%)
            assertEquals(y[k], Double.parseDouble(f[2]), (split ? 0.02 : 1e-9) * y[k], f[1]);
            if (split && Period.month(p) == 2)
                assertEquals(y[k - 1] + y[k], Double.parseDouble(f[2]) + Double.parseDouble(lines.get(k).split(",")[2]), 1e-6, "sum kept " + f[1]);
        }
    }

    @Test void combinedJanuaryFebruaryRulesNameTheLine() throws IOException {
        Path out = dir.resolve("o.csv");
        Path march = Files.writeString(dir.resolve("m.csv"), "series,period,value,span\nA,2019-03,5,jan-feb\n");
        var e = assertThrows(org.momentum.app.files.InputFileException.class, () -> SeriesFiles.read(march));
        assertTrue(e.getMessage().endsWith("m.csv:2: span: jan-feb goes on the February row (YYYY-02) holding January + February, not on 2019-03"), e.getMessage());
        Path empty = Files.writeString(dir.resolve("e.csv"), "series,period,value\nA,2019-01,1\nA,2019-02,\n");
        e = assertThrows(org.momentum.app.files.InputFileException.class, () -> SeriesFiles.read(empty));
        assertTrue(e.getMessage().contains("e.csv:3: value: empty"), e.getMessage());
        Path span = Files.writeString(dir.resolve("s.csv"), "series,period,value,span\nA,2019-02,1,q1\n");
        e = assertThrows(org.momentum.app.files.InputFileException.class, () -> SeriesFiles.read(span));
        assertTrue(e.getMessage().contains("s.csv:2: span: 'q1'"), e.getMessage());
        Path ok = Files.writeString(dir.resolve("k.csv"), "series,period,value,span\nA,2018-12,3,\nA,2019-02,7,jan-feb\nA,2019-03,4,month\n");
        SeriesFiles.Series s = SeriesFiles.read(ok).get(0);
        assertEquals(Period.of(2018, 12), s.start());
        assertEquals(4, s.values().length);
        assertTrue(Double.isNaN(s.values()[1]) && Double.isNaN(s.values()[2]));
        assertEquals(java.util.Map.of(2019, 7.0), s.janFebSums());
        assertEquals(1, Main.run("adjust", "--input", ok.toString(), "--out", out.toString()));   // too short: refused, no file
        assertFalse(Files.exists(out));
    }

    @Test void seriesBeyondTheOfficialCalendarIsRefusedNamingTheYears() throws IOException {
        StringBuilder in = new StringBuilder("series,period,value\n");
        for (int k = 0; k < 60; k++) in.append("A,").append(Period.format(Period.of(2003, 1) + k)).append(',').append(100 + k % 12).append('\n');
        Path input = Files.writeString(dir.resolve("old.csv"), in);
        Path out = dir.resolve("o.csv");
        java.io.StringWriter err = new java.io.StringWriter();
        var cmd = new picocli.CommandLine(new org.momentum.app.Main());
        cmd.setErr(new java.io.PrintWriter(err, true));
        assertEquals(1, cmd.execute("adjust", "--input", input.toString(), "--out", out.toString()));
        assertTrue(err.toString().contains("series A: calendar regressor wd is known for 2007–2026 only and the series runs 2003-01..2007-12"), err.toString());
        assertFalse(Files.exists(out));
        assertEquals(0, Main.run("adjust", "--input", input.toString(), "--out", out.toString(), "--no-calendar"));
    }
}
