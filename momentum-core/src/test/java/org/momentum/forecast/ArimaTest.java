package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ArimaTest {
    /** Box &amp; Jenkins (1976) series G, international airline passengers 1949–1960 (thousands), R's AirPassengers. */
    static final double[] AIR = {112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140,
            145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166, 171, 180, 193, 181, 183, 218, 230, 242, 209, 191, 172, 194,
            196, 196, 236, 235, 229, 243, 264, 272, 237, 211, 180, 201, 204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229,
            242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278, 284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271, 306,
            315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336, 340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337,
            360, 342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405, 417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432};

    @Test
    void airlinePassengersAreTheLogAirlineModelWithPublishedParameters() {
        ArimaFit fit = new Arima().fit(AIR, 12, 12);
        assertNull(fit.fallback());
        assertTrue(fit.log());
        assertEquals("(0,1,1)(0,1,1)", fit.orders());
        assertEquals(0, fit.regressors(), "no outlier, no mean");
        // exact ML on log(AirPassengers), e.g. R's arima(log(AirPassengers), c(0,1,1), c(0,1,1)): ma1 = −0.4018,
        // sma1 = −0.5569 (Box & Jenkins' own approximate estimates: 0.40 and 0.61 in their 1 − θB sign convention);
        // JDemetra+ writes the MA polynomial 1 + θB as R does, so the signs agree
        double[] p = fit.parameters();
        assertEquals(2, p.length);
        assertEquals(-0.4018, p[0], 0.002);
        assertEquals(-0.5569, p[1], 0.002);
    }

    @Test
    void airlineForecastsFollowTheModelsRecursionAndLogNormalIntervals() {
        ArimaFit fit = new Arima().fit(AIR, 12, 24);
        double theta = fit.parameters()[0], btheta = fit.parameters()[1];
        // independent check: (1 − B)(1 − B¹²) log y_t = (1 + θB)(1 + ΘB¹²) a_t, residuals by the conditional recursion
        // (start-up values 0; |Θ|^k dies out long before the end of 144 values), then forecasts with future a = 0
        int n = AIR.length, h = 24;
        double[] z = new double[n + h], a = new double[n + h];
        for (int t = 0; t < n; t++) z[t] = Math.log(AIR[t]);
        for (int t = 13; t < n + h; t++) {
            double ma = theta * a[t - 1] + btheta * a[t - 12] + theta * btheta * a[t - 13];
            double ar = z[t - 1] + z[t - 12] - z[t - 13];
            if (t < n) a[t] = z[t] - ar - ma;
            else z[t] = ar + ma;
        }
        Forecast f = fit.forecast(h, "arima");
        double ss = 0;
        for (int t = 13; t < n; t++) ss += a[t] * a[t];
        double sigma = Math.sqrt(ss / (n - 13 - 2));
        for (int i = 0; i < h; i++) {
            assertEquals(Math.exp(z[n + i]), f.mean(i), 2e-3 * f.mean(i), "median forecast at h = " + (i + 1));
            assertTrue(f.lo95(i) < f.lo80(i) && f.lo80(i) < f.mean(i) && f.mean(i) < f.hi80(i) && f.hi80(i) < f.hi95(i));
            // bounds are exp(log-scale bounds): symmetric around the median on the log scale
            assertEquals(Math.log(f.hi95(i) / f.mean(i)), Math.log(f.mean(i) / f.lo95(i)), 1e-9);
            assertEquals(Normal.Z80 / Normal.Z95, Math.log(f.hi80(i) / f.mean(i)) / Math.log(f.hi95(i) / f.mean(i)), 1e-9);
        }
        // one step ahead the log-scale standard error is the innovations' σ (R: σ² = 0.001348 by ML)
        assertEquals(sigma, Math.log(f.hi95(0) / f.mean(0)) / Normal.Z95, 0.03 * sigma);
        assertEquals(Math.sqrt(0.001348), sigma, 0.03 * sigma);
        // the error grows with the horizon; the well-known pattern: July peak above June, November the trough
        assertTrue(f.hi95(23) / f.lo95(23) > f.hi95(0) / f.lo95(0));
        assertTrue(f.mean(6) > f.mean(5) && f.mean(10) < f.mean(9) && f.mean(10) < f.mean(11));
    }

    @Test
    void fallsBackToSimplerModelsWithAReasonAndNeverThrows() {
        double[] constant = new double[40];
        java.util.Arrays.fill(constant, 7);
        ArimaFit c = new Arima().fit(constant, 12, 6);
        assertNotNull(c.fallback());
        assertTrue(c.fallback().contains("random walk"), c.fallback());
        assertEquals(7, c.forecast(6, "arima").mean(5), 1e-12);

        double[] line = new double[40];
        for (int t = 0; t < 40; t++) line[t] = 3 + 2 * t;
        Forecast l = new Arima().forecast(line, 12, 3);  // no ARIMA residual variance: the drift continues the line
        assertEquals(83, l.mean(0), 1e-9);
        assertEquals(87, l.mean(2), 1e-9);

        ArimaFit two = new Arima().fit(new double[] {5, 6}, 12, 2);
        assertTrue(two.fallback().startsWith("TRAMO failed") && two.fallback().endsWith("random walk with drift"), two.fallback());
        assertEquals(6, two.forecast(2, "arima").mean(1), 0);
        assertEquals(5, new Arima().forecast(new double[] {5}, 4, 2).mean(0), 0);

        // a frequency TRAMO does not know: modelled without a seasonal part, said so
        Random r = new Random(3);
        double[] weekly = new double[70];
        for (int t = 0; t < 70; t++) weekly[t] = 50 + 0.2 * t + r.nextGaussian();
        ArimaFit w = new Arima().fit(weekly, 7, 7);
        assertTrue(w.fallback().startsWith("frequency 7"), w.fallback());
        assertTrue(!w.orders().contains(")("), w.orders());

        // negative values: no log; still intervals in order
        double[] neg = new double[60];
        for (int t = 0; t < 60; t++) neg[t] = -5 + Math.sin(t * Math.PI / 6) + 0.3 * r.nextGaussian();
        ArimaFit nf = new Arima().fit(neg, 12, 12);
        assertTrue(!nf.log());
        assertOrdered(nf.forecast(12, "arima"));
        for (int f : new int[] {1, 2, 4, 12, 7, 24}) assertOrdered(new Arima().forecast(neg, f, 5));
    }

    static void assertOrdered(Forecast f) {
        for (int i = 0; i < f.horizon(); i++) {
            assertTrue(Double.isFinite(f.lo95(i)) && Double.isFinite(f.hi95(i)), f.toString());
            assertTrue(f.lo95(i) <= f.lo80(i) && f.lo80(i) <= f.mean(i) && f.mean(i) <= f.hi80(i) && f.hi80(i) <= f.hi95(i),
                    f.method() + " h = " + (i + 1) + ": " + f.lo95(i) + " " + f.lo80(i) + " " + f.mean(i) + " " + f.hi80(i) + " " + f.hi95(i));
        }
    }
}
