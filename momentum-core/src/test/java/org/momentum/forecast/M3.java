package org.momentum.forecast;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.momentum.csv.CsvParser;
import org.momentum.testing.SharedData;

/** The M3 monthly panel and R forecast 8.20's reference results from shared/data/m3-monthly (read once). */
final class M3 {
    static final Path DIR = SharedData.dir().resolve("m3-monthly");
    private static List<Backtest.Series> series;
    private static Map<String, Map<String, double[][]>> reference;

    private M3() {}

    /** All 1,428 series in series.csv order. */
    static synchronized List<Backtest.Series> series() {
        if (series != null) return series;
        Map<String, int[]> meta = new LinkedHashMap<>();  // frequency, n_train, n_test
        each(DIR.resolve("series.csv"), f -> meta.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[5]), Integer.parseInt(f[6])}));
        Map<String, double[][]> values = new HashMap<>();
        for (var e : meta.entrySet()) values.put(e.getKey(), new double[][] {new double[e.getValue()[1]], new double[e.getValue()[2]]});
        each(DIR.resolve("observations.csv"), f -> {
            double[][] v = values.get(f[0]);
            v[f[2].equals("train") ? 0 : 1][Integer.parseInt(f[3]) - 1] = Double.parseDouble(f[4]);
        });
        List<Backtest.Series> out = new ArrayList<>();
        for (var e : meta.entrySet()) {
            double[][] v = values.get(e.getKey());
            out.add(new Backtest.Series(e.getKey(), e.getValue()[0], v[0], v[1]));
        }
        return series = List.copyOf(out);
    }

    /** R's forecasts: method → series → {mean, lo95, hi95} by horizon (NaN where R gave no interval). */
    static synchronized Map<String, Map<String, double[][]>> reference() {
        if (reference != null) return reference;
        Map<String, Map<String, double[][]>> r = new HashMap<>();
        each(DIR.resolve("r-forecast-8.20/forecasts.csv"), f -> {
            double[][] v = r.computeIfAbsent(f[1], k -> new HashMap<>()).computeIfAbsent(f[0], k -> new double[3][18]);
            int h = Integer.parseInt(f[2]) - 1;
            v[0][h] = Double.parseDouble(f[3]);
            v[1][h] = f[4].isEmpty() ? Double.NaN : Double.parseDouble(f[4]);
            v[2][h] = f[5].isEmpty() ? Double.NaN : Double.parseDouble(f[5]);
        });
        return reference = r;
    }

    /** R's summary.csv: method → {smape, mase, owa}. */
    static Map<String, double[]> summary() {
        Map<String, double[]> s = new HashMap<>();
        each(DIR.resolve("r-forecast-8.20/summary.csv"), f -> s.put(f[0],
                new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])}));
        return s;
    }

    private static void each(Path file, Consumer<String[]> row) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvParser p = new CsvParser(in);
            p.next();  // header
            while (p.next()) row.accept(p.fields());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
