package org.momentum.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.momentum.forecast.Forecast;
import org.momentum.forecast.Forecaster;
import org.momentum.forecast.Forecasters;
import org.momentum.reports.Decimals;

/**
 * Many series forecast in parallel with the core's models: the observations (formats.md "Forecasting data") are
 * shuffled once on the series, each group's training values go to {@link Forecaster#forecast} — the very call of
 * {@code momentum forecast} — and the forecasts come back as {@code series,h,mean,lo80,hi80,lo95,hi95}.
 */
public final class ForecastJob {
    static final StructType FORECAST_ROW = new StructType()
            .add("series", DataTypes.StringType, false).add("h", DataTypes.IntegerType, false)
            .add("mean", DataTypes.DoubleType).add("lo80", DataTypes.DoubleType).add("hi80", DataTypes.DoubleType)
            .add("lo95", DataTypes.DoubleType).add("hi95", DataTypes.DoubleType);

    private ForecastJob() {}

    /** The forecasts in series.csv order. */
    public record Result(List<String> series, List<Forecast> forecasts) {}

    /** Writes {@code outDir/forecasts.csv} (as {@code momentum forecast --out}) and {@code outDir/forecasts/} (Parquet). */
    public static Result run(SparkSession spark, String observations, String seriesFile, int horizon, String method, String outDir, int partitions) {
        if (horizon < 1) throw new IllegalArgumentException("--horizon must be at least 1");
        Forecasters.byName(method); // an unknown method fails here, before any task
        // series.csv is small: read on the driver, in file order, checked as the single machine checks it
        Map<String, int[]> meta = new LinkedHashMap<>(); // frequency, n_train
        List<Row> seriesRows = spark.read().option("header", "true").csv(seriesFile)
                .select("series", "frequency", "n_train", "n_test").collectAsList();
        for (Row r : seriesRows) {
            String id = r.getString(0);
            int freq = integer(seriesFile, id, "frequency", r.getString(1)), nTrain = integer(seriesFile, id, "n_train", r.getString(2));
            if (freq < 1 || nTrain < 1) throw new IllegalArgumentException(seriesFile + ": series " + id + ": frequency and n_train must be ≥ 1");
            if (meta.put(id, new int[] {freq, nTrain}) != null) throw new IllegalArgumentException(seriesFile + ": series " + id + " listed twice");
        }
        Broadcast<HashMap<String, int[]>> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new HashMap<>(meta));
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
        // each group is one series: sizes say nothing of the work, so adaptive execution must not merge partitions
        spark.conf().set("spark.sql.adaptive.coalescePartitions.enabled", "false");
        Dataset<Row> train = spark.read().option("header", "true").csv(observations)
                .select("series", "split", "t", "value").filter(col("split").equalTo("train"));
        Dataset<Row> out = train.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups(forecastGroup(shared, observations, horizon, method), Encoders.row(FORECAST_ROW));
        String parquet = outDir + "/forecasts";
        out.write().mode(SaveMode.Overwrite).parquet(parquet);
        Map<String, double[][]> byId = new HashMap<>();
        for (Row r : spark.read().parquet(parquet).collectAsList()) {
            double[][] f = byId.computeIfAbsent(r.getString(0), k -> new double[5][horizon]);
            int h = r.getInt(1) - 1;
            for (int k = 0; k < 5; k++) f[k][h] = r.isNullAt(2 + k) ? Double.NaN : r.getDouble(2 + k);
        }
        List<String> ids = new ArrayList<>(meta.keySet());
        List<Forecast> forecasts = new ArrayList<>(ids.size());
        for (String id : ids) {
            double[][] f = byId.get(id);
            if (f == null) throw new IllegalArgumentException(observations + ": series " + id + " has no train value");
            forecasts.add(new Forecast(method, f[0], f[1], f[2], f[3], f[4]));
        }
        CsvFiles.writeForecasts(ids, forecasts, java.nio.file.Path.of(outDir, "forecasts.csv"));
        return new Result(ids, forecasts);
    }

    static FlatMapGroupsFunction<String, Row, Row> forecastGroup(Broadcast<HashMap<String, int[]>> shared, String file, int horizon, String method) {
        return (id, it) -> {
            int[] m = shared.value().get(id);
            if (m == null) throw new IllegalArgumentException(file + ": series " + id + " is not in series.csv");
            double[] train = new double[m[1]];
            Arrays.fill(train, Double.NaN);
            while (it.hasNext()) {
                Row r = it.next();
                int t = integer(file, id, "t", r.getString(2));
                if (t < 1 || t > train.length) throw new IllegalArgumentException(file + ": series " + id + ": t = " + t + " outside 1.." + train.length + " for train");
                String[] why = new String[1];
                double x = Decimals.parse(r.getString(3), why);
                if (Double.isNaN(x)) throw new IllegalArgumentException(file + ": series " + id + " train t = " + t + ": value: " + why[0]);
                if (!Double.isNaN(train[t - 1])) throw new IllegalArgumentException(file + ": duplicate " + id + " train t = " + t);
                train[t - 1] = x;
            }
            for (int t = 0; t < train.length; t++)
                if (Double.isNaN(train[t])) throw new IllegalArgumentException(file + ": " + id + " has no train value at t = " + (t + 1));
            Forecaster f = Forecasters.byName(method);
            Forecast fc;
            try {
                fc = f.forecast(train, m[0], horizon);
            } catch (RuntimeException e) {
                throw new IllegalStateException(method + " failed on series " + id + ": " + e.getMessage(), e);
            }
            List<Row> rows = new ArrayList<>(horizon);
            for (int h = 0; h < horizon; h++)
                rows.add(RowFactory.create(id, h + 1, nullIfNaN(fc.mean(h)), nullIfNaN(fc.lo80(h)), nullIfNaN(fc.hi80(h)),
                        nullIfNaN(fc.lo95(h)), nullIfNaN(fc.hi95(h))));
            return rows.iterator();
        };
    }

    private static int integer(String file, String id, String column, String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": series " + id + ": " + column + " is not an integer: " + s);
        }
    }

    private static Double nullIfNaN(double d) { return Double.isNaN(d) ? null : d; }
}
