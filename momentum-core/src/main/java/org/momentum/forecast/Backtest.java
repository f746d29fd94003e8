package org.momentum.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Fits each method on each series' training part, forecasts its test part and scores it the M4 way: per-method
 * means over series of sMAPE and MASE, OWA against Naive2 on those means, interval coverage over all test points.
 * Series run in parallel on the given pool; a method that throws on a series is replaced there by Naive2 and counted
 * as a fallback (as the R reference run counts them). Within a series, a method's forecast is computed once and
 * reused by the combinations that have it as a member ({@link SeriesMemo}), so a combination's seconds are those of
 * what it adds to methods already run.
 */
public final class Backtest {
    /** One series: training values, test values (the horizon is the test length). */
    public record Series(String id, int frequency, double[] train, double[] test) {
        public Series {
            train = train.clone();
            test = test.clone();
        }
        @Override public double[] train() { return train.clone(); }
        @Override public double[] test() { return test.clone(); }
        double[] trainRef() { return train; }
        double[] testRef() { return test; }
    }

    /** A method's scores over the panel; coverage NaN when the method gives no intervals; seconds summed over series. */
    public record Score(String method, int series, double smape, double mase, double owa, double coverage80,
                        double coverage95, double seconds, int fallbacks) {}

    /** Scores per method (in the order asked) and every forecast, {@code forecasts.get(method)[series]}. */
    public record Result(List<Score> scores, List<Forecast[]> forecasts) {
        public Result {
            scores = List.copyOf(scores);
            forecasts = List.copyOf(forecasts);
        }
    }

    private Backtest() {}

    public static Result run(List<Series> series, List<Forecaster> methods, ForkJoinPool pool, IntConsumer progress) {
        Forecaster benchmark = new Naive2();
        int ns = series.size(), nm = methods.size();
        Forecast[][] fc = new Forecast[nm + 1][ns];
        double[][] smape = new double[nm + 1][ns], mase = new double[nm + 1][ns];
        int[][] in80 = new int[nm + 1][ns], in95 = new int[nm + 1][ns];
        long[][] nanos = new long[nm + 1][ns];
        boolean[][] fellBack = new boolean[nm + 1][ns];
        AtomicInteger done = new AtomicInteger();
        Runnable work = () -> IntStream.range(0, ns).parallel().forEach(s -> SeriesMemo.within(() -> {
            Series x = series.get(s);
            double[] train = x.trainRef(), test = x.testRef();
            int h = test.length;
            Forecast bench = null;
            for (int k = 0; k <= nm; k++) {
                Forecaster f = k < nm ? methods.get(k) : benchmark;
                long t0 = System.nanoTime();
                Forecast r;
                try {
                    r = SeriesMemo.forecast(f, train, x.frequency(), h); // comb and auto reuse their members' forecasts
                } catch (RuntimeException e) {
                    if (bench == null) bench = benchmark.forecast(train, x.frequency(), h);
                    r = bench.named(f.name());
                    fellBack[k][s] = true;
                }
                nanos[k][s] = System.nanoTime() - t0;
                fc[k][s] = r;
                double[] mean = r.mean();
                smape[k][s] = Accuracy.smape(test, mean);
                mase[k][s] = Accuracy.mase(train, x.frequency(), test, mean);
                in80[k][s] = Accuracy.covered(test, r.lo80(), r.hi80());
                in95[k][s] = Accuracy.covered(test, r.lo95(), r.hi95());
                if (k == nm) bench = r;
            }
            if (progress != null) progress.accept(done.incrementAndGet());
        }));
        pool.submit(work).join();
        double smapeN2 = mean(smape[nm]), maseN2 = mean(mase[nm]);
        List<Score> scores = new ArrayList<>();
        List<Forecast[]> forecasts = new ArrayList<>();
        for (int k = 0; k < nm; k++) {
            double sm = mean(smape[k]), ma = mean(mase[k]);
            long c80 = 0, c95 = 0, t = 0, points = 0;  // coverage over the series that have intervals
            int fb = 0;
            for (int s = 0; s < ns; s++) {
                if (fc[k][s].hasIntervals()) { c80 += in80[k][s]; c95 += in95[k][s]; points += fc[k][s].horizon(); }
                t += nanos[k][s];
                if (fellBack[k][s]) fb++;
            }
            scores.add(new Score(methods.get(k).name(), ns, sm, ma, Accuracy.owa(sm, ma, smapeN2, maseN2),
                    points > 0 ? (double) c80 / points : Double.NaN, points > 0 ? (double) c95 / points : Double.NaN, t / 1e9, fb));
            forecasts.add(fc[k]);
        }
        return new Result(scores, forecasts);
    }

    /** On the common pool without progress. */
    public static Result run(List<Series> series, List<Forecaster> methods) {
        return run(series, methods, ForkJoinPool.commonPool(), null);
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s / a.length;
    }
}
