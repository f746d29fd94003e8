package org.momentum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.momentum.app.files.InputFileException;
import org.momentum.app.forecast.ForecastFiles;
import org.momentum.forecast.Backtest;
import org.momentum.forecast.Forecaster;
import org.momentum.forecast.Forecasters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momentum backtest}: fits on train, forecasts the test span, scores each method the M4 way. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Fits each method on every series' train values, forecasts its test values and prints mean sMAPE,",
                "mean MASE (seasonal-naive scaled), OWA against Naive2, 80%/95% interval coverage and time per method."})
public final class BacktestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--observations", required = true, paramLabel = "FILE", description = "observations.csv")
    Path observations;

    @Option(names = "--series", required = true, paramLabel = "FILE", description = "series.csv")
    Path series;

    @Option(names = "--methods", defaultValue = "naive2,snaive,theta", paramLabel = "LIST",
            description = "Comma-separated methods (default ${DEFAULT-VALUE}; available: naive, snaive, naive2, theta, ets, arima, comb, auto).")
    String methods;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: every core).")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Forecaster> list;
        List<Backtest.Series> panel;
        try {
            list = Forecasters.list(methods);
            panel = ForecastFiles.read(observations, series);
        } catch (InputFileException | IllegalArgumentException e) {
            err.println("momentum backtest: " + e.getMessage());
            return 1;
        }
        if (panel.stream().anyMatch(s -> s.test().length == 0)) {
            err.println("momentum backtest: every series needs test values (n_test ≥ 1)");
            return 1;
        }
        int cores = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        ForkJoinPool pool = new ForkJoinPool(cores);
        long t0 = System.nanoTime();
        Backtest.Result r;
        try {
            ThrottledProgress progress = new ThrottledProgress(new ConsoleProgress(System.err), "backtest", panel.size());
            r = Backtest.run(panel, list, pool, progress);
            progress.finish();
        } finally {
            pool.shutdown();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-8s %7s %8s %7s %7s %7s %7s %9s %9s%n", "method", "series", "sMAPE", "MASE", "OWA", "cov80", "cov95", "cpu_s", "fallbacks");
        for (Backtest.Score s : r.scores())
            out.printf("%-8s %7d %8.3f %7.3f %7.3f %7s %7s %9.2f %9d%n", s.method(), s.series(), s.smape(), s.mase(), s.owa(),
                    pct(s.coverage80()), pct(s.coverage95()), s.seconds(), s.fallbacks());
        out.printf("%,d series, %d threads, wall time %.2f s (cpu_s: time spent in each method summed over series)%n",
                panel.size(), cores, wall);
        out.flush();
        return 0;
    }

    private static String pct(double c) { return Double.isNaN(c) ? "-" : String.format("%.1f%%", 100 * c); }
}
