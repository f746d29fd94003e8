package org.momentum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.momentum.app.forecast.ForecastFiles;
import org.momentum.app.forecast.ForecastRunner;
import org.momentum.forecast.Backtest;
import org.momentum.forecast.Forecast;
import org.momentum.forecast.Forecaster;
import org.momentum.forecast.Forecasters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momentum forecast}: forecasts every series from its training values (formats.md "Forecasting data"). */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"Forecasts each series of observations.csv from its train values and writes series,h,mean,lo80,hi80,lo95,hi95.",
                "Methods: naive, snaive, naive2, theta, ets, arima, comb, auto (the default: mean of ETS, ARIMA and Theta)."})
public final class ForecastCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--observations", required = true, paramLabel = "FILE", description = "observations.csv")
    Path observations;

    @Option(names = "--series", required = true, paramLabel = "FILE", description = "series.csv")
    Path series;

    @Option(names = "--horizon", required = true, paramLabel = "H", description = "Steps ahead to forecast.")
    int horizon;

    @Option(names = "--method", defaultValue = "auto", paramLabel = "NAME", description = "Method (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file; standard output when absent.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: every core).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (horizon < 1) { err.println("momentum forecast: --horizon must be at least 1"); return 1; }
        Forecaster f;
        try {
            f = Forecasters.byName(method);
        } catch (RuntimeException e) {
            err.println("momentum forecast: " + e.getMessage());
            return 1;
        }
        List<Backtest.Series> panel;
        try {
            panel = ForecastFiles.read(observations, series);
        } catch (org.momentum.app.files.InputFileException e) {
            err.println("momentum forecast: " + e.getMessage());
            return 1;
        }
        long t0 = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads));
        List<Forecast> forecasts;
        try {
            ThrottledProgress progress = new ThrottledProgress(new ConsoleProgress(System.err), method, panel.size());
            forecasts = ForecastRunner.run(panel, f, horizon, pool, progress);
            progress.finish();
        } finally {
            pool.shutdown();
        }
        List<String> ids = panel.stream().map(Backtest.Series::id).toList();
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            ForecastFiles.write(w, ids, forecasts);
            w.flush();
        } else {
            ForecastFiles.write(out, ids, forecasts);
            err.printf("%s: %,d series × %d steps in %.2f s -> %s%n", method, panel.size(), horizon, (System.nanoTime() - t0) / 1e9, out);
        }
        return 0;
    }
}
