package org.momentum.app.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.momentum.forecast.Backtest;
import org.momentum.forecast.Forecast;
import org.momentum.forecast.Forecaster;

/** Forecasts every series of a panel from its training values, in parallel on a pool, in series order. */
public final class ForecastRunner {
    private ForecastRunner() {}

    public static List<Forecast> run(List<Backtest.Series> panel, Forecaster method, int horizon, ForkJoinPool pool,
                                     IntConsumer progress) {
        Forecast[] out = new Forecast[panel.size()];
        AtomicInteger done = new AtomicInteger();
        pool.submit(() -> IntStream.range(0, panel.size()).parallel().forEach(s -> {
            Backtest.Series x = panel.get(s);
            try {
                out[s] = method.forecast(x.train(), x.frequency(), horizon);
            } catch (RuntimeException e) {
                throw new IllegalStateException(method.name() + " failed on series " + x.id() + ": " + e.getMessage(), e);
            }
            if (progress != null) progress.accept(done.incrementAndGet());
        })).join();
        return Arrays.asList(out);
    }
}
