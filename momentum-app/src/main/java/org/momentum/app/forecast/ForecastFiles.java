package org.momentum.app.forecast;

import java.io.IOException;
import java.io.Reader;

import java.io.Writer;

import java.nio.file.Files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.momentum.app.files.CsvOut;
import org.momentum.app.files.InputFileException;
import org.momentum.app.files.TableReader;
import org.momentum.reports.Decimals;


import org.momentum.forecast.Backtest;
import org.momentum.forecast.Forecast;

/**
 * Reads and writes the forecasting files of formats.md ("Forecasting data"): observations.csv
 * ({@code series,category,split,t,value}), series.csv ({@code series,frequency,start_year,start_period,category,
 * n_train,n_test}) and the forecast output ({@code series,h,mean,lo80,hi80,lo95,hi95}). Any defect refuses the file
 * with its name and line: a forecast from a silently truncated series would look valid.
 */
public final class ForecastFiles {
    static final List<String> OBSERVATIONS = List.of("series", "category", "split", "t", "value");
    static final List<String> SERIES = List.of("series", "frequency", "start_year", "start_period", "category", "n_train", "n_test");
    public static final String OUTPUT_HEADER = "series,h,mean,lo80,hi80,lo95,hi95";

    private ForecastFiles() {}

    /** The panel in series.csv order; train/test lengths as series.csv declares, every value present exactly once. */
    public static List<Backtest.Series> read(Path observations, Path series) {
        Map<String, int[]> meta = new LinkedHashMap<>();  // frequency, n_train, n_test
        each(series, SERIES, (f, line) -> {
            if (meta.containsKey(f[0])) throw error(series, line, "series " + f[0] + " listed twice");
            int freq = integer(series, line, "frequency", f[1]), nTrain = integer(series, line, "n_train", f[5]),
                    nTest = integer(series, line, "n_test", f[6]);
            if (freq < 1 || nTrain < 1 || nTest < 0) throw error(series, line, "frequency and n_train must be ≥ 1, n_test ≥ 0");
            meta.put(f[0], new int[] {freq, nTrain, nTest});
        });
        Map<String, double[][]> values = new LinkedHashMap<>();
        for (var e : meta.entrySet()) {
            double[][] v = {new double[e.getValue()[1]], new double[e.getValue()[2]]};
            Arrays.fill(v[0], Double.NaN);
            Arrays.fill(v[1], Double.NaN);
            values.put(e.getKey(), v);
        }
        each(observations, OBSERVATIONS, (f, line) -> {
            double[][] v = values.get(f[0]);
            if (v == null) throw error(observations, line, "series " + f[0] + " is not in " + series.getFileName());
            int split = switch (f[2]) {
                case "train" -> 0;
                case "test" -> 1;
                default -> throw error(observations, line, "split must be train or test, not " + f[2]);
            };
            int t = integer(observations, line, "t", f[3]);
            if (t < 1 || t > v[split].length)
                throw error(observations, line, "t = " + t + " outside 1.." + v[split].length + " for " + f[0] + " " + f[2]);
            String[] why = new String[1];
            double x = Decimals.parse(f[4], why);
            if (Double.isNaN(x)) throw error(observations, line, "value: " + why[0]);
            if (!Double.isNaN(v[split][t - 1])) throw error(observations, line, "duplicate " + f[0] + " " + f[2] + " t = " + t);
            v[split][t - 1] = x;
        });
        List<Backtest.Series> out = new ArrayList<>(meta.size());
        for (var e : meta.entrySet()) {
            double[][] v = values.get(e.getKey());
            for (int s = 0; s < 2; s++)
                for (int t = 0; t < v[s].length; t++)
                    if (Double.isNaN(v[s][t]))
                        throw new InputFileException(observations + ": " + e.getKey() + " has no " + (s == 0 ? "train" : "test")
                                + " value at t = " + (t + 1) + " (" + series.getFileName() + " declares " + v[s].length + ")");
            out.add(new Backtest.Series(e.getKey(), e.getValue()[0], v[0], v[1]));
        }
        return out;
    }

    /** Writes forecasts in series order, h = 1..horizon; NaN interval bounds as empty fields. */
    public static void write(Writer out, List<String> ids, List<Forecast> forecasts) throws IOException {
        out.write(OUTPUT_HEADER);
        out.write('\n');
        StringBuilder sb = new StringBuilder(128);
        for (int s = 0; s < ids.size(); s++) {
            Forecast f = forecasts.get(s);
            for (int h = 0; h < f.horizon(); h++) {
                sb.setLength(0);
                sb.append(CsvOut.quote(ids.get(s))).append(',').append(h + 1).append(',').append(CsvOut.number(f.mean(h)))
                        .append(',').append(CsvOut.number(f.lo80(h))).append(',').append(CsvOut.number(f.hi80(h)))
                        .append(',').append(CsvOut.number(f.lo95(h))).append(',').append(CsvOut.number(f.hi95(h))).append('\n');
                out.write(sb.toString());
            }
        }
    }

    /** Written atomically (see AtomicOutput): a failure leaves no partial output. */
    public static void write(Path file, List<String> ids, List<Forecast> forecasts) {
        org.momentum.app.files.AtomicOutput.write(file, w -> write(w, ids, forecasts));
    }

    private static void each(Path file, List<String> header, TableReader.RowVisitor row) {
        TableReader.forEachRow(file, header, row);
    }

    private static int integer(Path file, long line, String column, String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw error(file, line, column + " is not an integer: " + s);
        }
    }

    private static InputFileException error(Path file, long line, String message) {
        return new InputFileException(file + ":" + line + ": " + message);
    }
}
