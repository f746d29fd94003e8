package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our methods against R forecast 8.20 on all 1,428 M3 monthly series (shared/data/m3-monthly/r-forecast-8.20). */
class M3ReferenceTest {
    private static final int H = 18;

    @Test
    void seasonalNaivePointForecastsMatchR() {
        assertMatchesR(new SeasonalNaive(), "snaive", 1e-9);
    }

    @Test
    void naive2PointForecastsMatchR() {
        assertMatchesR(new Naive2(), "naive2", 1e-9);
    }

    @Test
    void thetaIsCloseToThetafAndScoresAsR() {
        double[] diff = relativeDifferences(new Theta(), "theta");
        System.out.printf("theta vs thetaf: max relative difference %.3g, mean %.3g%n", diff[0], diff[1]);
        assertTrue(diff[0] < 1e-9, "max relative difference to thetaf " + diff[0]);  // same optimiser path as R
        double smape = panelScores(new Theta())[0];
        double rSmape = M3.summary().get("theta")[0];
        System.out.printf("theta mean sMAPE %.6f (R %.6f)%n", smape, rSmape);
        assertEquals(rSmape, smape, 0.02 * rSmape);
        // the global SES optimum (not R's stopping point) moves forecasts of flat series but hardly the score
        double[] global = relativeDifferences(new Theta(true), "theta");
        double globalSmape = panelScores(new Theta(true))[0];
        System.out.printf("theta with globally optimal SES: sMAPE %.4f, max relative difference to thetaf %.3g, mean %.3g%n",
                globalSmape, global[0], global[1]);
        assertEquals(rSmape, globalSmape, 0.02 * rSmape);
    }

    @Test
    void backtestScoresMatchRSummaryForTheExactMethods() {
        Backtest.Result r = Backtest.run(M3.series(), List.of(new SeasonalNaive(), new Naive2(), new Theta(), new Naive()));
        Map<String, double[]> rs = M3.summary();
        for (Backtest.Score s : r.scores()) {
            double[] ref = rs.get(s.method());
            System.out.printf("%-7s sMAPE %8.4f MASE %7.4f OWA %6.4f cov80 %5.3f cov95 %5.3f  %6.2f s   R: %s%n", s.method(),
                    s.smape(), s.mase(), s.owa(), s.coverage80(), s.coverage95(), s.seconds(),
                    ref == null ? "-" : String.format("sMAPE %8.4f MASE %7.4f OWA %6.4f", ref[0], ref[1], ref[2]));
            assertEquals(0, s.fallbacks(), s.method());
            if (s.method().equals("snaive") || s.method().equals("naive2")) {
                assertEquals(ref[0], s.smape(), 1e-9 * ref[0], s.method() + " sMAPE");
                assertEquals(ref[1], s.mase(), 1e-9 * ref[1], s.method() + " MASE");
                assertEquals(ref[2], s.owa(), 1e-9, s.method() + " OWA");
            }
        }
        Backtest.Score naive2 = r.scores().get(1);
        assertEquals(1.0, naive2.owa(), 1e-12);
    }

    private static void assertMatchesR(Forecaster f, String method, double tolerance) {
        double[] diff = relativeDifferences(f, method);
        System.out.printf("%s vs R: max relative difference %.3g, mean %.3g%n", method, diff[0], diff[1]);
        assertTrue(diff[0] < tolerance, method + " max relative difference " + diff[0]);
    }

    /** {max, mean} over all series and horizons of |ours − R| / |R|. */
    private static double[] relativeDifferences(Forecaster f, String method) {
        Map<String, double[][]> ref = M3.reference().get(method);
        double max = 0, sum = 0;
        int count = 0;
        for (Backtest.Series s : M3.series()) {
            Forecast fc = f.forecast(s.train(), s.frequency(), H);
            double[] r = ref.get(s.id())[0];
            for (int h = 0; h < H; h++) {
                double d = Math.abs(fc.mean(h) - r[h]) / Math.abs(r[h]);
                max = Math.max(max, d);
                sum += d;
                count++;
            }
        }
        assertEquals(1428 * H, count);
        return new double[] {max, sum / count};
    }

    private static double[] panelScores(Forecaster f) {
        double smape = 0, mase = 0;
        for (Backtest.Series s : M3.series()) {
            double[] mean = f.forecast(s.train(), s.frequency(), H).mean();
            smape += Accuracy.smape(s.test(), mean);
            mase += Accuracy.mase(s.train(), s.frequency(), s.test(), mean);
        }
        return new double[] {smape / M3.series().size(), mase / M3.series().size()};
    }
}
