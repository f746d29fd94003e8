package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Our ets against R forecast 8.20's ets on all 1,428 M3 monthly series (shared/data/m3-monthly/r-forecast-8.20). */
class EtsM3Test {
    private static final int H = 18;

    @Test
    void etsScoresAsROnM3Monthly() {
        List<Backtest.Series> series = M3.series();
        ForkJoinPool pool = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        long t0 = System.nanoTime();
        Backtest.Result result;
        try {
            result = Backtest.run(series, List.of(new Ets()), pool, null);
        } finally {
            pool.shutdown();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Backtest.Score s = result.scores().get(0);
        Forecast[] fc = result.forecasts().get(0);
        Map<String, double[][]> ref = M3.reference().get("ets");
        double[] r = M3.summary().get("ets");
        // R's own scores from forecasts.csv (mean, 95% coverage) to compare like with like
        double rCov = 0;
        int points = 0, same = 0, close = 0;
        double maxRel = 0, sumRel = 0, maxIntervalRel = 0;
        for (int i = 0; i < series.size(); i++) {
            Backtest.Series x = series.get(i);
            double[][] rv = ref.get(x.id());
            double[] test = x.test();
            rCov += Accuracy.covered(test, rv[1], rv[2]);
            points += H;
            double worst = 0;
            for (int h = 0; h < H; h++) {
                double d = Math.abs(fc[i].mean(h) - rv[0][h]) / Math.abs(rv[0][h]);
                worst = Math.max(worst, d);
                sumRel += d;
            }
            maxRel = Math.max(maxRel, worst);
            if (worst < 1e-6) {
                same++;
                for (int h = 0; h < H; h++) {  // where the fits agree, so do the intervals (class 1, 2 and 3 variances)
                    double w = rv[2][h] - rv[1][h];
                    maxIntervalRel = Math.max(maxIntervalRel, Math.abs((fc[i].hi95(h) - fc[i].lo95(h)) - w) / w);
                }
            } else if (System.getProperty("ets.differences") != null) {
                System.out.printf("%s %s worst %.3g%n", x.id(), Ets.select(x.train(), 12), worst);
            }
            if (worst < 1e-2) close++;
        }
        System.out.printf("ets sMAPE %.4f (R %.4f)  MASE %.4f (R %.4f)  OWA %.4f (R %.4f)  cov80 %.3f  cov95 %.3f (R %.3f)%n",
                s.smape(), r[0], s.mase(), r[1], s.owa(), r[2], s.coverage80(), s.coverage95(), rCov / points);
        System.out.printf("ets vs R point forecasts: %d of %d series within 1e-6, %d within 1%%; mean relative difference %.3g, max %.3g%n",
                same, series.size(), close, sumRel / points, maxRel);
        System.out.printf("ets vs R 95%% interval widths where the point forecasts agree: max relative difference %.3g%n", maxIntervalRel);
        System.out.printf("ets: %.1f s wall, %.1f s CPU summed over series, %d fallbacks%n", wall, s.seconds(), s.fallbacks());
        assertEquals(0, s.fallbacks());
        assertTrue(same > 0.95 * series.size(), same + " series reproduce R's forecasts");
        assertTrue(maxIntervalRel < 1e-6, "interval widths " + maxIntervalRel);
        assertEquals(r[0], s.smape(), 0.02 * r[0], "sMAPE within 2% of R's ets");
        assertEquals(r[1], s.mase(), 0.03 * r[1], "MASE within 3% of R's ets");
        assertTrue(Math.abs(s.coverage95() - rCov / points) < 0.02, "95% coverage close to R's");
    }
}
