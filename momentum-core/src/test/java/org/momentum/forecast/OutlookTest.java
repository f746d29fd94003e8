package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The year's outlook: rest-of-year forecast and the annual growth interval with correlated errors. */
class OutlookTest {
    private static final double Z80 = 1.2815515655446004, Z95 = 1.959963984540054;

    @Test
    void randomWalkTotalHasTheAnalyticSumVariance() {
        // Levels 100, 102, 100, 102, …: every difference is ±2, so naive's σ² = 4 and se_h = 2√h (a random walk).
        // Year Y−1 = the first 12 values (sum 1212), year Y observed Jan–Jun = the next 6 (sum 606), last value 102.
        // The rest of the year, h = 1..6, is 6 × 102 = 612 with error Σ_h Σ_{k≤h} ε_k = Σ_k (7 − k) ε_k:
        // Var = σ² (6² + 5² + … + 1²) = 4 × 91 = 364 — not Σ se_h² = 4 × 21, nor (Σ se_h)².
        double[] y = new double[18];
        for (int t = 0; t < 18; t++) y[t] = t % 2 == 0 ? 100 : 102;
        double[] prev = java.util.Arrays.copyOf(y, 12);
        AnnualOutlook o = Outlook.annual(y, 6, prev, new Naive());
        double total = 606 + 612, sd = Math.sqrt(364);
        assertEquals((total / 1212 - 1) * 100, o.growthPct(), 1e-12);
        assertEquals(((total - Z80 * sd) / 1212 - 1) * 100, o.lo80(), 1e-9);
        assertEquals(((total + Z80 * sd) / 1212 - 1) * 100, o.hi80(), 1e-9);
        assertEquals(((total - Z95 * sd) / 1212 - 1) * 100, o.lo95(), 1e-9);
        assertEquals(((total + Z95 * sd) / 1212 - 1) * 100, o.hi95(), 1e-9);
        assertEquals(6, o.months().horizon());
        assertEquals("naive", o.method());
        assertEquals(0.4950495049504950, o.growthPct(), 1e-12);  // 1218 / 1212 − 1 = 6 / 1212
    }

    @Test
    void aDecemberOriginForecastsTheWholeNextYear() {
        // the same random walk ending in December (24 values, last 102): the next year is 12 × 102 = 1224 over this
        // year's 1212, its error Σ_k (13 − k) ε_k with Var = 4 × (12² + … + 1²) = 4 × 650
        double[] y = new double[24];
        for (int t = 0; t < 24; t++) y[t] = t % 2 == 0 ? 100 : 102;
        double[] year = java.util.Arrays.copyOfRange(y, 12, 24);
        AnnualOutlook o = Outlook.annual(y, 0, year, new Naive());
        assertEquals(0, o.observed(), 0);
        assertEquals(12, o.months().horizon());
        assertEquals((1224.0 / 1212 - 1) * 100, o.growthPct(), 1e-12);
        assertEquals(((1224 - Z95 * Math.sqrt(2600)) / 1212 - 1) * 100, o.lo95(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Outlook.annual(y, 12, year, new Naive()), "at 12 the year is an outturn");
    }

    @Test
    void sesPsiWeightsAreAlpha() {
        // SES: se_h = σ√(1 + (h−1)α²), ψ_j = α for j ≥ 1, so Var(Σ_{h≤H} e_h) = σ² Σ_{j<H} (1 + jα)²
        double sigma = 3, alpha = 0.3;
        int horizon = 7;
        double[] se = Theta.sesStandardErrors(sigma, alpha, horizon);
        double expected = 0;
        for (int j = 0; j < horizon; j++) expected += (1 + j * alpha) * (1 + j * alpha);
        assertEquals(sigma * sigma * expected, Outlook.sumVariance(se), 1e-9);
    }

    @Test
    void etsSimulatedTotalAgreesWithTheAnalyticTotalForAnAdditiveModel() {
        // For ETS(A,N,N) the ψ-weights are exactly α, so the simulated paths' total and the analytic formula
        // must agree up to Monte Carlo error (5,000 paths: the 10% and 90% quantiles within ~2%).
        Random rnd = new Random(5);
        double[] y = new double[60];
        double level = 1000;
        for (int t = 0; t < 60; t++) { level += 8 * rnd.nextGaussian(); y[t] = level + 20 * rnd.nextGaussian(); }
        double[] prev = java.util.Arrays.copyOfRange(y, 44, 56);
        Ets ann = new Ets(EtsModel.parse("ANN"));
        AnnualOutlook sim = Outlook.annual(y, 4, prev, ann);
        assertTrue(sim.intervalMethod().startsWith("simulated 5000 paths"), sim.intervalMethod());
        EtsFit fit = Ets.fit(y, 12, EtsModel.parse("ANN"));
        Forecast f = fit.forecast(8, "ets");
        double sd = Math.sqrt(Outlook.sumVariance(Outlook.standardErrors(f)));
        double base = 0, observed = y[56] + y[57] + y[58] + y[59], mean = 0;
        for (double v : prev) base += v;
        for (double v : f.mean()) mean += v;
        assertEquals(((observed + mean) / base - 1) * 100, sim.growthPct(), 1e-9);
        double halfWidth80 = (sim.hi80() - sim.lo80()) / 2, analytic80 = Z80 * sd / base * 100;
        double halfWidth95 = (sim.hi95() - sim.lo95()) / 2, analytic95 = Z95 * sd / base * 100;
        assertEquals(analytic80, halfWidth80, 0.03 * analytic80);
        assertEquals(analytic95, halfWidth95, 0.03 * analytic95);
    }

    @Test
    void statementAsAPressReleaseSaysIt() {
        AnnualOutlook o = new AnnualOutlook("ets", 6, Forecast.pointOnly("ets", new double[6]), 1, 1, 6.04, 5.31, 6.72, 4.9, 7.14, "x");
        assertEquals("about 6%, 80%: 5.3–6.7; 95%: 4.9–7.1", o.statement());
    }

    @Test
    void refusesWhatIsNotAnOutlook() {
        double[] y = new double[24];
        java.util.Arrays.fill(y, 5);
        double[] prev = new double[12];
        java.util.Arrays.fill(prev, 5);
        assertThrows(IllegalArgumentException.class, () -> Outlook.annual(y, 12, prev, new Naive()));
        assertThrows(IllegalArgumentException.class, () -> Outlook.annual(y, 3, new double[11], new Naive()));
        assertThrows(IllegalArgumentException.class, () -> Outlook.annual(y, 3, new double[12], new Naive()));  // base 0
    }
}
