package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** comb (R's: ets, arima, theta), the Akaike-weighted ETS and auto. */
class CombinationTest {
    /** 6 years of monthly data with trend and strong multiplicative season. */
    static double[] seasonal(long seed) {
        Random r = new Random(seed);
        double[] y = new double[72];
        for (int t = 0; t < y.length; t++)
            y[t] = (100 + 0.8 * t) * (1 + 0.3 * Math.sin(2 * Math.PI * t / 12)) * (1 + 0.02 * r.nextGaussian());
        return y;
    }

    @Test
    void combIsTheMeanOfEtsArimaAndThetaPointsAndBounds() {
        double[] y = seasonal(1);
        Forecast c = Forecasters.byName("comb").forecast(y, 12, 18);
        Forecast e = new Ets().forecast(y, 12, 18), a = new Arima().forecast(y, 12, 18), t = new Theta().forecast(y, 12, 18);
        assertEquals("comb", c.method());
        for (int i = 0; i < 18; i++) {
            assertEquals((e.mean(i) + a.mean(i) + t.mean(i)) / 3, c.mean(i), 1e-12 * c.mean(i));
            assertEquals((e.lo80(i) + a.lo80(i) + t.lo80(i)) / 3, c.lo80(i), 1e-12 * c.mean(i));
            assertEquals((e.hi80(i) + a.hi80(i) + t.hi80(i)) / 3, c.hi80(i), 1e-12 * c.mean(i));
            assertEquals((e.lo95(i) + a.lo95(i) + t.lo95(i)) / 3, c.lo95(i), 1e-12 * c.mean(i));
            assertEquals((e.hi95(i) + a.hi95(i) + t.hi95(i)) / 3, c.hi95(i), 1e-12 * c.mean(i));
        }
        ArimaTest.assertOrdered(c);  // averaged ordered bounds stay ordered
    }

    @Test
    void akaikeWeightsFavourTheSeasonalModelsOnSeasonalDataAndTheBestModelMost() {
        double[] y = seasonal(2);
        List<EtsFit> fits = Ets.fitAll(y, 12);
        double[] w = AkaikeEts.weights(fits);
        double sum = 0, seasonal = 0;
        int best = 0;
        for (int k = 0; k < w.length; k++) {
            sum += w[k];
            if (fits.get(k).model().hasSeason()) seasonal += w[k];
            if (w[k] > w[best]) best = k;
        }
        assertEquals(1, sum, 1e-12);
        assertTrue(seasonal > 0.999, "weight on seasonal models " + seasonal);
        assertEquals(Ets.select(y, 12).model(), fits.get(best).model(), "the heaviest is ets's choice (least AICc)");
        // on a flat noisy level without season the no-trend, no-season models carry most weight
        Random r = new Random(5);
        double[] flat = new double[60];
        for (int t = 0; t < flat.length; t++) flat[t] = 50 + r.nextGaussian();
        List<EtsFit> ff = Ets.fitAll(flat, 12);
        double[] wf = AkaikeEts.weights(ff);
        double simple = 0;
        for (int k = 0; k < wf.length; k++) if (!ff.get(k).model().hasTrend() && !ff.get(k).model().hasSeason()) simple += wf[k];
        assertTrue(simple > 0.5, "weight on ANN/MNN " + simple);
        // the forecast is the weighted mean of the models' forecasts
        Forecast aw = new AkaikeEts().forecast(flat, 12, 6);
        double m0 = 0;
        for (int k = 0; k < wf.length; k++) m0 += wf[k] * ff.get(k).forecast(6, "x").mean(0);
        assertEquals(m0, aw.mean(0), 1e-9 * m0);
        ArimaTest.assertOrdered(aw);
    }

    @Test
    void autoAveragesItsMembersAndLeavesOutOneThatFails() {
        double[] y = seasonal(3);
        Forecast auto = Forecasters.byName("auto").forecast(y, 12, 12);
        Forecast e = new AkaikeEts().forecast(y, 12, 12), a = new Arima().forecast(y, 12, 12), t = new Theta().forecast(y, 12, 12);
        assertEquals("auto", auto.method());
        for (int i = 0; i < 12; i++) {
            assertEquals((e.mean(i) + a.mean(i) + t.mean(i)) / 3, auto.mean(i), 1e-12 * auto.mean(i));
            assertEquals((e.hi95(i) + a.hi95(i) + t.hi95(i)) / 3, auto.hi95(i), 1e-12 * auto.mean(i));
        }
        ArimaTest.assertOrdered(auto);
        // a constant series: no ETS model fits (and R's comb would fail); auto averages ARIMA and Theta
        double[] c = new double[30];
        java.util.Arrays.fill(c, 4);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new AkaikeEts().forecast(c, 12, 3));
        Forecast ac = new Auto().forecast(c, 12, 3);
        Forecast arima = new Arima().forecast(c, 12, 3), theta = new Theta().forecast(c, 12, 3);
        assertEquals((arima.mean(2) + theta.mean(2)) / 2, ac.mean(2), 1e-12);
        assertEquals(4, ac.mean(2), 1e-9);
        // two observations: ETS answers as ets does, Theta cannot, auto still answers
        Forecast two = new Auto().forecast(new double[] {3, 5}, 12, 2);
        assertTrue(Double.isFinite(two.mean(1)) && two.hasIntervals());
    }
}
