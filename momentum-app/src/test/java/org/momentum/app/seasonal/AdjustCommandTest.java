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
        assertEquals("series,period,value,sa,trend,seasonal,calendar,irregular,mode", lines.get(0));
        assertEquals(1 + 108 + 48, lines.size());
        String[] feb2015 = lines.stream().filter(l -> l.startsWith("C13,2015-02,")).findFirst().orElseThrow().split(",");
        double y = Double.parseDouble(feb2015[2]), sa = Double.parseDouble(feb2015[3]), sf = Double.parseDouble(feb2015[5]),
                cal = Double.parseDouble(feb2015[6]);
        assertEquals("multiplicative", feb2015[8]);
        assertEquals(y, sa * sf * cal, 1e-6 * y);
        assertEquals(Math.exp(-0.1 * regs.get(0).at(Period.of(2015, 2)) + 0.01 * regs.get(1).at(Period.of(2015, 2))), cal, 0.005);
        assertEquals(0.86, sf, 0.015);
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
}
