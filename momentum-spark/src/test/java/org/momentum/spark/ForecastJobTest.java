package org.momentum.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.forecast.Forecast;
import org.momentum.forecast.Forecasters;

/** Many series in local[2], each forecast by the core's method as 'momentum forecast' does, in series.csv order. */
class ForecastJobTest {
    static SparkSession spark;

    @BeforeAll
    static void start() { spark = LocalSpark.start(); }

    @AfterAll
    static void stop() { spark.stop(); }

    @Test
    void everySeriesGetsTheSingleMachinesForecast(@TempDir Path tmp) throws IOException {
        List<double[]> train = writeSeries(tmp, 24, 48, false);
        ForecastJob.Result r = ForecastJob.run(spark, tmp.resolve("observations.csv").toString(), tmp.resolve("series.csv").toString(),
                18, "auto", tmp.resolve("out").toString(), 4);
        assertEquals(24, r.series().size());
        List<String> lines = Files.readAllLines(tmp.resolve("out/forecasts.csv"), StandardCharsets.UTF_8);
        assertEquals(CsvFiles.FORECASTS_HEADER, lines.get(0));
        assertEquals(1 + 24 * 18, lines.size());
        for (int s = 0; s < train.size(); s++) {
            assertEquals(name(s), r.series().get(s), "series.csv order");
            Forecast expected = Forecasters.byName("auto").forecast(train.get(s), 12, 18);
            Forecast actual = r.forecasts().get(s);
            assertArrayEquals(expected.mean(), actual.mean(), name(s));
            assertArrayEquals(expected.lo80(), actual.lo80(), name(s));
            assertArrayEquals(expected.hi80(), actual.hi80(), name(s));
            assertArrayEquals(expected.lo95(), actual.lo95(), name(s));
            assertArrayEquals(expected.hi95(), actual.hi95(), name(s));
            String[] f = lines.get(1 + s * 18).split(",", -1);
            assertEquals(name(s), f[0]);
            assertEquals("1", f[1]);
            assertEquals(expected.mean(0), Double.parseDouble(f[2]), 1e-9 * Math.abs(expected.mean(0)));
        }
    }

    @Test
    void aMissingTrainValueNamesTheSeries(@TempDir Path tmp) throws IOException {
        writeSeries(tmp, 3, 30, true);
        Exception e = assertThrows(Exception.class, () -> ForecastJob.run(spark, tmp.resolve("observations.csv").toString(),
                tmp.resolve("series.csv").toString(), 6, "naive", tmp.resolve("out").toString(), 2));
        String all = messages(e);
        assertTrue(all.contains("S3 has no train value at t = 30"), all);
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) sb.append(t.getMessage()).append(" / ");
        return sb.toString();
    }

    private static String name(int s) { return "S" + (s + 1); }

    /** Seasonal series with trend and noise; the last series loses its last train value when asked. */
    private static List<double[]> writeSeries(Path dir, int n, int nTrain, boolean dropLast) throws IOException {
        Random rnd = new Random(42);
        List<double[]> out = new ArrayList<>();
        StringBuilder obs = new StringBuilder("series,category,split,t,value\n");
        StringBuilder ser = new StringBuilder("series,frequency,start_year,start_period,category,n_train,n_test\n");
        for (int s = 0; s < n; s++) {
            double level = 100 + 50 * rnd.nextDouble(), trend = rnd.nextDouble() - 0.3, amp = 5 + 10 * rnd.nextDouble();
            double[] x = new double[nTrain];
            for (int t = 0; t < nTrain; t++) {
                x[t] = Math.round((level + trend * t + amp * Math.sin(2 * Math.PI * t / 12) + 3 * rnd.nextGaussian()) * 100) / 100.0;
                if (dropLast && s == n - 1 && t == nTrain - 1) continue;
                obs.append(name(s)).append(",OTHER,train,").append(t + 1).append(',').append(x[t]).append('\n');
            }
            obs.append(name(s)).append(",OTHER,test,1,").append(x[nTrain - 1]).append('\n');
            ser.append(name(s)).append(",12,2010,1,OTHER,").append(nTrain).append(",1\n");
            out.add(x);
        }
        Files.writeString(dir.resolve("observations.csv"), obs);
        Files.writeString(dir.resolve("series.csv"), ser);
        return out;
    }
}
