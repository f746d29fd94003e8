package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Theta's empirical prediction intervals (Williams &amp; Goodman 1971) against hand-worked cases and M3 coverage. */
class ThetaIntervalsTest {
    private static final double Z80 = 1.2815515655446004, Z95 = 1.959963984540054;

    @Test
    void straightLineByHand() {
        // x_k = k, k = 0..19; α = 1, so ℓ_t = x_{t−1} and (1 − (1−α)^t)/α = 1; every prefix has slope 1, drift b = ½.
        // From origin t the h-step forecast is (t − 1) + ½h against x = t + h − 1: error ½h at every origin, so se_h = ½h.
        // Origins t = 6..19 give 14 − (h − 1) errors at h: at least 8 up to h = 7; beyond, se_7 · floor_h / floor_7.
        double[] x = new double[20];
        for (int k = 0; k < 20; k++) x[k] = k;
        double[] floor = Theta.sesStandardErrors(0.01, 1, 10);  // 0.01·sqrt(h), never binding here
        double[] se = Theta.empiricalStandardErrors(x, 1, 0, 10, floor);
        for (int h = 1; h <= 7; h++) assertEquals(0.5 * h, se[h - 1], 1e-12, "h = " + h);
        for (int h = 8; h <= 10; h++) assertEquals(3.5 * Math.sqrt(h) / Math.sqrt(7), se[h - 1], 1e-12, "h = " + h);
    }

    @Test
    void neverNarrowerThanTheStateSpaceModel() {
        double[] x = new double[20];
        for (int k = 0; k < 20; k++) x[k] = k;
        double[] floor = Theta.sesStandardErrors(2, 1, 5);  // 2·sqrt(h) > ½h for h ≤ 5
        assertArrayEquals(floor, Theta.empiricalStandardErrors(x, 1, 0, 5, floor), 0);
    }

    @Test
    void runningDriftEqualsTheSlopeOfTheDataSeenAtEachOrigin() {
        Random rnd = new Random(7);
        for (int rep = 0; rep < 20; rep++) {
            int n = 15 + rnd.nextInt(60), horizon = 1 + rnd.nextInt(18);
            double[] x = new double[n];
            for (int k = 0; k < n; k++) x[k] = 100 + 0.3 * k + 5 * rnd.nextGaussian() + (k > n / 2 ? 20 : 0);
            double alpha = 0.05 + 0.9 * rnd.nextDouble(), level0 = 90 + 20 * rnd.nextDouble();
            double[] floor = Theta.sesStandardErrors(1e-9, alpha, horizon);  // too small to bind
            assertArrayEquals(naive(x, alpha, level0, horizon, floor), Theta.empiricalStandardErrors(x, alpha, level0, horizon, floor), 1e-9);
        }
    }

    /** The definition written out: refit the drift on x_0..x_{t−1} at every origin, O(n²). */
    private static double[] naive(double[] x, double alpha, double level0, int horizon, double[] floor) {
        int n = x.length;
        double[] sum = new double[horizon], se = new double[horizon];
        int[] count = new int[horizon];
        for (int t = Theta.MIN_ORIGIN; t < n; t++) {
            double level = level0;
            for (int k = 0; k < t; k++) level = alpha * x[k] + (1 - alpha) * level;
            double b = Theta.slope(Arrays.copyOf(x, t)) / 2, a = (1 - Math.pow(1 - alpha, t)) / alpha;
            for (int i = 0; i < horizon && t + i < n; i++) {
                double e = x[t + i] - (level + b * (i + a));
                sum[i] += e * e;
                count[i]++;
            }
        }
        int last = -1;
        for (int i = 0; i < horizon; i++) {
            if (count[i] >= Theta.MIN_ERRORS) { se[i] = Math.sqrt(sum[i] / count[i]); last = i; }
            else se[i] = last < 0 ? floor[i] : se[last] * floor[i] / floor[last];
        }
        return se;
    }

    @Test
    void pointForecastsAreThetafsAndIntervalsAreNormalAroundThem() {
        List<Backtest.Series> m3 = M3.series();
        for (int s = 0; s < m3.size(); s += 97) {
            double[] y = m3.get(s).train();
            Forecast ses = new Theta(false, Theta.Intervals.SES).forecast(y, 12, 18), emp = new Theta().forecast(y, 12, 18);
            assertArrayEquals(ses.mean(), emp.mean(), 0);
            for (int i = 0; i < 18; i++) {
                double w80 = emp.hi80(i) - emp.mean(i), w95 = emp.hi95(i) - emp.mean(i);
                assertEquals(w80, emp.mean(i) - emp.lo80(i), 1e-9 * Math.abs(emp.mean(i)));
                assertEquals(Z95 / Z80, w95 / w80, 1e-9);
                assertTrue(w80 > 0);
            }
        }
    }

    @Test
    void coverageOnM3MonthlyIsNearNominal() {
        Backtest.Result r = Backtest.run(M3.series(), List.of(new Theta(false, Theta.Intervals.SES), new Theta()));
        Backtest.Score thetaf = r.scores().get(0), empirical = r.scores().get(1);
        System.out.printf("theta coverage on M3 monthly: thetaf's SES intervals %.1f%% / %.1f%%, empirical %.1f%% / %.1f%%%n",
                100 * thetaf.coverage80(), 100 * thetaf.coverage95(), 100 * empirical.coverage80(), 100 * empirical.coverage95());
        assertEquals(0.753, thetaf.coverage80(), 0.001);  // as recorded before the change (thetaf's own intervals)
        assertEquals(0.898, thetaf.coverage95(), 0.001);
        assertEquals(0.80, empirical.coverage80(), 0.02);
        assertEquals(0.95, empirical.coverage95(), 0.03);
        assertEquals(thetaf.smape(), empirical.smape(), 0);
    }
}
