package org.momentum.spark;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job's entry point for spark-submit (docs/spark.md): {@code indicators} over a {@code momentum export}, and
 * {@code forecast} over observations.csv and series.csv. The master comes from spark-submit; {@code --master}
 * overrides it (local[N] for a run without a cluster).
 */
@Command(name = "momentum-spark", mixinStandardHelpOptions = true, subcommands = {SparkMain.Indicators.class, SparkMain.ForecastCmd.class},
        description = "Momentum's indicators and forecasts on Apache Spark, with the numbers of the single-machine engine.")
public final class SparkMain implements Runnable {
    @Override
    public void run() { new CommandLine(this).usage(System.out); }

    public static void main(String[] args) { System.exit(new CommandLine(new SparkMain()).execute(args)); }

    static class Common {
        @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*]).")
        String master;

        @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the shuffle (default: 4 × the default parallelism).")
        Integer partitions;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
        String out;

        SparkSession session(String app) {
            SparkSession.Builder b = SparkSession.builder().appName(app);
            if (master != null) b.master(master);
            else if (!new org.apache.spark.SparkConf().contains("spark.master")) b.master("local[*]");
            return b.getOrCreate();
        }

        int partitions(SparkSession spark) {
            return partitions != null ? Math.max(1, partitions) : 4 * spark.sparkContext().defaultParallelism();
        }
    }

    @Command(name = "indicators", mixinStandardHelpOptions = true,
            description = {"Computes the cube of indicators.md over DIR (the layout of 'momentum export --format parquet') and writes",
                    "OUT/indicators.csv (formats.md) and OUT/indicators/ (Parquet, by year and month)."})
    static final class Indicators extends Common implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The export's folder.")
        String data;

        @Override
        public Integer call() throws Exception {
            long t0 = System.nanoTime();
            try (SparkSession spark = session("momentum indicators")) {
                ShuffleMeter meter = ShuffleMeter.attach(spark);
                IndicatorsJob.Result r = IndicatorsJob.run(spark, data, out, partitions(spark));
                System.out.printf("%s/indicators.csv: %,d rows; %d partitions; shuffle %,d bytes in %,d records; %.1f s%n",
                        out, r.cube().size(), r.partitions(), meter.bytes(), meter.records(), (System.nanoTime() - t0) / 1e9);
            }
            return 0;
        }
    }

    @Command(name = "forecast", mixinStandardHelpOptions = true,
            description = {"Forecasts every series of observations.csv from its train values with the core's method and writes",
                    "OUT/forecasts.csv (series,h,mean,lo80,hi80,lo95,hi95, as 'momentum forecast') and OUT/forecasts/ (Parquet)."})
    static final class ForecastCmd extends Common implements Callable<Integer> {
        @Option(names = "--observations", required = true, paramLabel = "FILE", description = "observations.csv")
        String observations;

        @Option(names = "--series", required = true, paramLabel = "FILE", description = "series.csv")
        String series;

        @Option(names = "--horizon", required = true, paramLabel = "H", description = "Steps ahead to forecast.")
        int horizon;

        @Option(names = "--method", defaultValue = "auto", paramLabel = "NAME", description = "Method (default ${DEFAULT-VALUE}).")
        String method;

        @Override
        public Integer call() throws Exception {
            long t0 = System.nanoTime();
            try (SparkSession spark = session("momentum forecast")) {
                ShuffleMeter meter = ShuffleMeter.attach(spark);
                ForecastJob.Result r = ForecastJob.run(spark, observations, series, horizon, method, out, partitions(spark));
                System.out.printf("%s/forecasts.csv: %,d series × %d steps (%s); shuffle %,d bytes; %.1f s%n",
                        out, r.series().size(), horizon, method, meter.bytes(), (System.nanoTime() - t0) / 1e9);
            }
            return 0;
        }
    }
}
