package org.momentum.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.Main;
import org.momentum.app.TestFiles;

/** {@code momentum forecast} and {@code momentum backtest} on the first 20 M3 monthly series (shared/data). */
class ForecastCommandsTest {
    @TempDir static Path dir;
    static Path observations, series, m3;
    static Set<String> ids;

    @BeforeAll
    static void subset() throws IOException {
        m3 = sharedData().resolve("m3-monthly");
        List<String> s = Files.readAllLines(m3.resolve("series.csv"));
        List<String> kept = s.subList(0, 21);
        ids = kept.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toCollection(LinkedHashSet::new));
        series = TestFiles.write(dir, "series.csv", String.join("\n", kept) + "\n");
        try (Stream<String> lines = Files.lines(m3.resolve("observations.csv"))) {
            String body = lines.filter(l -> l.startsWith("series,") || ids.contains(l.substring(0, l.indexOf(','))))
                    .collect(Collectors.joining("\n", "", "\n"));
            observations = TestFiles.write(dir, "observations.csv", body);
        }
    }

    @Test
    void forecastWritesTheFormatAndMatchesThetaf() throws IOException {
        Path out = dir.resolve("theta.csv");
        int code = Main.run("forecast", "--observations", observations.toString(), "--series", series.toString(),
                "--horizon", "18", "--method", "theta", "--out", out.toString());
        assertEquals(0, code);
        List<String> lines = Files.readAllLines(out);
        assertEquals("series,h,mean,lo80,hi80,lo95,hi95", lines.get(0));
        assertEquals(1 + 20 * 18, lines.size());
        // R's thetaf point forecasts for the same series (r-forecast-8.20/forecasts.csv)
        Map<String, Double> r = new HashMap<>();
        try (Stream<String> ref = Files.lines(m3.resolve("r-forecast-8.20/forecasts.csv"))) {
            ref.map(l -> l.replace("\"", "").split(",", -1)).filter(f -> f[1].equals("theta") && ids.contains(f[0]))
                    .forEach(f -> r.put(f[0] + "/" + f[2], Double.parseDouble(f[3])));
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(7, f.length);
            double mean = Double.parseDouble(f[2]), expected = r.get(f[0] + "/" + f[1]);
            assertEquals(expected, mean, 1e-9 * Math.abs(expected), line);
            assertTrue(Double.parseDouble(f[3]) < mean && mean < Double.parseDouble(f[4]));
            assertTrue(Double.parseDouble(f[5]) < Double.parseDouble(f[3]) && Double.parseDouble(f[4]) < Double.parseDouble(f[6]));
        }
        assertFalse(Files.exists(dir.resolve("theta.csv.tmp")));
    }

    @Test
    void forecastWithEtsReproducesRsEts() throws IOException {
        Path out = dir.resolve("ets.csv");
        assertEquals(0, Main.run("forecast", "--observations", observations.toString(), "--series", series.toString(),
                "--horizon", "18", "--method", "ets", "--out", out.toString()));
        List<String> lines = Files.readAllLines(out);
        assertEquals(1 + 20 * 18, lines.size());
        Map<String, double[]> r = new HashMap<>();  // R's ets mean, lo95, hi95 (r-forecast-8.20/forecasts.csv)
        try (Stream<String> ref = Files.lines(m3.resolve("r-forecast-8.20/forecasts.csv"))) {
            ref.map(l -> l.replace("\"", "").split(",", -1)).filter(f -> f[1].equals("ets") && ids.contains(f[0]))
                    .forEach(f -> r.put(f[0] + "/" + f[2], new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])}));
        }
        Set<String> differ = new LinkedHashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            double[] expected = r.get(f[0] + "/" + f[1]);
            double mean = Double.parseDouble(f[2]);
            assertEquals(expected[0], mean, 0.05 * Math.abs(expected[0]), line);
            if (Math.abs(mean - expected[0]) > 1e-6 * Math.abs(expected[0])) differ.add(f[0]);
            else assertEquals(expected[2], Double.parseDouble(f[6]), 1e-6 * Math.abs(expected[2]), line);
        }
        // N1412's likelihood is flat near α = γ = 0.0001, where R's polyroot and our exact test of the admissible
        // region part ways; the other 19 series reproduce R's ets
        assertTrue(differ.size() <= 1, differ.toString());
    }

    @Test
    void autoIsTheDefaultMethodAndBacktestTakesTheIssuesMethods() throws IOException {
        Path byDefault = dir.resolve("default.csv"), auto = dir.resolve("auto.csv");
        assertEquals(0, Main.run("forecast", "--observations", observations.toString(), "--series", series.toString(),
                "--horizon", "6", "--out", byDefault.toString()));
        assertEquals(0, Main.run("forecast", "--observations", observations.toString(), "--series", series.toString(),
                "--horizon", "6", "--method", "auto", "--out", auto.toString()));
        List<String> lines = Files.readAllLines(byDefault);
        assertEquals(Files.readAllLines(auto), lines);
        assertEquals(1 + 20 * 6, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            double[] v = java.util.Arrays.stream(line.split(",", -1)).skip(2).mapToDouble(Double::parseDouble).toArray();
            assertTrue(v[3] <= v[1] && v[1] <= v[0] && v[0] <= v[2] && v[2] <= v[4], line);  // lo95 ≤ lo80 ≤ mean ≤ hi80 ≤ hi95
        }
        String out = capture("backtest", "--observations", observations.toString(), "--series", series.toString(),
                "--methods", "naive2,ets,arima,theta,comb,auto", "--threads", "2");
        List<String> rows = out.lines().toList();
        String[] names = {"naive2", "ets", "arima", "theta", "comb", "auto"};
        for (int i = 0; i < names.length; i++) assertTrue(rows.get(1 + i).startsWith(names[i] + " "), out);
        assertTrue(rows.get(5).endsWith(" 0") && rows.get(6).endsWith(" 0"), "no fallbacks: " + out);
    }

    @Test
    void backtestPrintsOneLinePerMethodWithNaive2AsTheOwaBase() {
        String out = capture("backtest", "--observations", observations.toString(), "--series", series.toString(),
                "--methods", "naive2,snaive,naive,theta", "--threads", "2");
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith("method"), out);
        String naive2 = lines.get(1);
        assertTrue(naive2.startsWith("naive2") && naive2.contains(" 20 ") && naive2.contains(" 1.000 "), naive2);
        assertTrue(lines.get(2).startsWith("snaive") && lines.get(3).startsWith("naive ") && lines.get(4).startsWith("theta"), out);
        assertTrue(lines.get(5).contains("20 series, 2 threads"), out);
    }

    @Test
    void refusesUnknownOrMissingMethodsAndBrokenFiles() throws IOException {
        assertEquals(1, Main.run("forecast", "--observations", observations.toString(), "--series", series.toString(),
                "--horizon", "6", "--method", "prophet"));
        assertEquals(1, Main.run("backtest", "--observations", observations.toString(), "--series", series.toString(),
                "--methods", "naive2,prophet"));
        // a series whose declared training length has a gap
        Path s = TestFiles.write(dir, "s1.csv", "series,frequency,start_year,start_period,category,n_train,n_test\nA,12,2000,1,X,3,0\n");
        Path o = TestFiles.write(dir, "o1.csv", "series,category,split,t,value\nA,X,train,1,5\nA,X,train,3,6\n");
        Path out = dir.resolve("never.csv");
        assertEquals(1, Main.run("forecast", "--observations", o.toString(), "--series", s.toString(), "--horizon", "2",
                "--method", "naive", "--out", out.toString()));
        assertFalse(Files.exists(out));
    }

    private static String capture(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** shared/data: beside the repository, found by walking up from the working directory (as core's SharedData). */
    static Path sharedData() {
        String override = System.getProperty("momentum.shared.data", System.getenv("MOMENTUM_SHARED_DATA"));
        if (override != null && !override.isEmpty()) return Path.of(override);
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent())
            if (Files.isDirectory(d.resolve("shared/data"))) return d.resolve("shared/data");
        throw new IllegalStateException("no shared/data above " + Path.of("").toAbsolutePath());
    }
}
