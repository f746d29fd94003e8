package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EtsTest {
    private static final EtsModel ANN = EtsModel.parse("ANN"), AAN = EtsModel.parse("AAN"), AAA = EtsModel.parse("AAA"),
            MNN = EtsModel.parse("MNN");

    @Test
    void annRecursionByHand() {
        // α = 0.5, ℓ₀ = 10: ŷ = 10, 10, 11; e = 0, 2, 0; ℓ = 10, 11, 11
        double[] e = new double[3], last = new double[1];
        double lik = Ets.calc(new double[] {10, 12, 11}, ANN, 1, 0.5, 0, 0, 1, new double[] {10}, e, last);
        assertArrayEquals(new double[] {0, 2, 0}, e, 0);
        assertEquals(11, last[0], 0);
        assertEquals(3 * Math.log(4), lik, 1e-15);  // n·log Σe²
    }

    @Test
    void aanRecursionByHand() {
        // α = 0.5, β = 0.25, ℓ₀ = 9, b₀ = 1
        // t1: ŷ 10, e 0, ℓ 10, b 1;  t2: ŷ 11, e 1, ℓ 11.5, b 1.25;  t3: ŷ 12.75, e 2.25, ℓ 13.875, b 1.8125
        double[] e = new double[3], last = new double[2];
        double lik = Ets.calc(new double[] {10, 12, 15}, AAN, 1, 0.5, 0.25, 0, 1, new double[] {9, 1}, e, last);
        assertArrayEquals(new double[] {0, 1, 2.25}, e, 1e-15);
        assertArrayEquals(new double[] {13.875, 1.8125}, last, 1e-15);
        assertEquals(3 * Math.log(6.0625), lik, 1e-14);
        EtsFit f = fitAt(AAN, 1, 0.5, 0.25, 0, 1, new double[] {9, 1}, last, e, 1.0);
        assertArrayEquals(new double[] {15.6875, 17.5}, f.pointForecasts(2), 1e-14);
    }

    @Test
    void aaaRecursionByHand() {
        // m = 2, α = 0.5, β = 0.1, γ = 0.2, ℓ₀ = 6, b₀ = 1, s₁ = 2, s₂ = −2 (s₂ serves the first observation)
        // ŷ = 5, 10, 6.4, 11.46; e = 0, −1, 0.6, −0.46; x₄ = (9.43, 0.914, s₁ 1.708, s₂ −1.88)
        double[] e = new double[4], last = new double[4];
        double lik = Ets.calc(new double[] {5, 9, 7, 11}, AAA, 2, 0.5, 0.1, 0.2, 1, new double[] {6, 1, 2, -2}, e, last);
        assertArrayEquals(new double[] {0, -1, 0.6, -0.46}, e, 1e-13);
        assertArrayEquals(new double[] {9.43, 0.914, 1.708, -1.88}, last, 1e-13);
        assertEquals(4 * Math.log(1.5716), lik, 1e-12);
        EtsFit f = fitAt(AAA, 2, 0.5, 0.1, 0.2, 1, new double[] {6, 1, 2, -2}, last, e, 1.0);
        assertArrayEquals(new double[] {8.464, 12.966, 10.292}, f.pointForecasts(3), 1e-12);
        // class 1 variances (Hyndman et al. 2008 §6.1): c_j = α + jβ + γ·[j mod m = 0]; v_h = σ²(1 + Σ_{j<h} c_j²)
        Forecast fc = f.forecast(3, "ets");
        double c1 = 0.5 + 0.1, c2 = 0.5 + 2 * 0.1 + 0.2;
        assertEquals(Normal.Z95 * Math.sqrt(1 + c1 * c1), fc.hi95(1) - fc.mean(1), 1e-12);
        assertEquals(Normal.Z95 * Math.sqrt(1 + c1 * c1 + c2 * c2), fc.hi95(2) - fc.mean(2), 1e-12);
        assertEquals(Normal.Z80, fc.hi80(0) - fc.mean(0), 1e-12);
    }

    @Test
    void multiplicativeLikelihoodAtFixedParameters() {
        // MNN, α = 0.5, ℓ₀ = 10 on 10, 12, 11: ŷ = 10, 10, 11; relative errors 0, 0.2, 0
        double lik = Ets.calc(new double[] {10, 12, 11}, MNN, 1, 0.5, 0, 0, 1, new double[] {10}, null, null);
        assertEquals(3 * Math.log(0.04) + 2 * (2 * Math.log(10) + Math.log(11)), lik, 1e-12);
        // damped additive trend: ŷ_{n+h} = ℓ + (φ + … + φ^h) b
        EtsFit f = fitAt(EtsModel.parse("AAdN"), 1, 0.5, 0.1, 0, 0.9, new double[] {1, 1}, new double[] {10, 2}, new double[3], 1);
        assertArrayEquals(new double[] {11.8, 13.42, 14.878}, f.pointForecasts(3), 1e-12);
        assertArrayEquals(f.pointForecasts(3), f.forecast(3, "ets").mean(), 1e-12);
    }

    @Test
    void usualBoundsAndAdmissibleRegion() {
        assertTrue(Ets.usual(0.5, 0.1, 0.3, 0.9));
        assertFalse(Ets.usual(0.00005, Double.NaN, Double.NaN, Double.NaN));  // α below 0.0001
        assertFalse(Ets.usual(0.5, 0.6, Double.NaN, Double.NaN));             // β > α
        assertFalse(Ets.usual(0.5, Double.NaN, 0.6, Double.NaN));             // γ > 1 − α
        assertFalse(Ets.usual(0.5, 0.1, Double.NaN, 0.99));                   // φ > 0.98
        assertFalse(Ets.usual(0.5, 0.1, Double.NaN, 0.79));
        // ETS(A,N,A) with φ = 1 has a unit root z = 1 of its characteristic polynomial, which ets admits (1 + 1e−10)
        assertTrue(Ets.admissible(0.3, Double.NaN, 0.1, Double.NaN, 12));
        assertFalse(Ets.admissible(0.5, Double.NaN, 1.7, Double.NaN, 12));    // γ > 1 + 1/φ − α
        // the Schur–Cohn test agrees with the roots' moduli (Durand–Kerner) on random parameters
        Random rnd = new Random(42);
        int agreeInside = 0, agreeOutside = 0;
        for (int k = 0; k < 4000; k++) {
            double alpha = rnd.nextDouble() * 1.5, beta = rnd.nextDouble() * 0.6 - 0.2, gamma = rnd.nextDouble() * 1.2,
                    phi = 0.7 + rnd.nextDouble() * 0.3;
            int m = 2 + rnd.nextInt(11);
            double[] c = new double[m + 2];
            c[0] = phi * (1 - alpha - gamma);
            c[1] = alpha + beta - alpha * phi + gamma - 1;
            for (int i = 2; i < m; i++) c[i] = alpha + beta - alpha * phi;
            c[m] = alpha + beta - phi;
            c[m + 1] = 1;
            double max = maxRootModulus(c);
            if (Math.abs(max - 1) < 1e-6) continue;  // too close to call for either method
            boolean inside = max <= 1 + 1e-10;
            assertEquals(inside, Ets.rootsWithin(c, 1 + 1e-10), "max |root| " + max);
            if (inside) agreeInside++; else agreeOutside++;
        }
        assertTrue(agreeInside > 100 && agreeOutside > 100, agreeInside + " / " + agreeOutside);
    }

    @Test
    void initialStatesAsEts() {
        // non-seasonal: mean of the first 10 values; with a trend: lsfit on t = 1..10
        double[] y = new double[30];
        for (int t = 0; t < y.length; t++) y[t] = 5 + 2 * (t + 1) + (t % 2 == 0 ? 1 : -1);
        assertEquals(16, Ets.initialState(y, 1, ANN)[0], 1e-12);
        double[] lb = Ets.initialState(y, 1, AAN);
        assertEquals(2 - 5 / 82.5, lb[1], 1e-12);  // the ±1 alternation adds Σ(t−5.5)(±1)/Σ(t−5.5)² = −5/82.5
        // additive seasonal: decomposition figure, reversed, without the first position
        double[] s = new double[48];
        double[] fig = {3, -1, 0, 2, -4, 1, 0, 0, 1, -2, 2, -2};
        for (int t = 0; t < s.length; t++) s[t] = 100 + fig[t % 12];
        double[] x = Ets.initialState(s, 12, AAA);
        assertEquals(100, x[0], 1e-9);
        assertEquals(0, x[1], 1e-9);
        for (int j = 0; j < 11; j++) assertEquals(fig[11 - j], x[2 + j], 1e-9);
    }

    @Test
    void selectionFitsAndForecastsSeasonalData() {
        double[] y = new double[72];
        Random rnd = new Random(7);
        for (int t = 0; t < y.length; t++) y[t] = (200 + 1.5 * t) * (1 + 0.2 * Math.sin(2 * Math.PI * t / 12)) * (1 + 0.02 * rnd.nextGaussian());
        EtsFit f = Ets.select(y, 12);
        assertTrue(f.model().hasSeason(), f.toString());
        Forecast fc = new Ets().forecast(y, 12, 12);
        for (int h = 0; h < 12; h++) {
            double truth = (200 + 1.5 * (72 + h)) * (1 + 0.2 * Math.sin(2 * Math.PI * (72 + h) / 12));
            assertEquals(truth, fc.mean(h), 0.06 * truth);
            assertTrue(fc.lo95(h) < fc.lo80(h) && fc.lo80(h) < fc.mean(h) && fc.mean(h) < fc.hi80(h) && fc.hi80(h) < fc.hi95(h));
        }
        // non-positive data exclude multiplicative models; AICc picks among the rest
        double[] z = y.clone();
        z[3] = -1;
        assertEquals('A', Ets.select(z, 12).model().error());
        assertThrows(IllegalArgumentException.class, () -> Ets.fit(z, 12, EtsModel.parse("MNN")));
        assertThrows(IllegalArgumentException.class, () -> EtsModel.parse("ANM"));
        assertEquals(15, EtsModel.candidates(true, true).size());
        assertEquals(6, EtsModel.candidates(true, false).size());
        // too few observations for a seasonal model with all its states: ets gives it AICc Inf (null here)
        double[] shortY = java.util.Arrays.copyOf(y, 18);
        assertEquals(null, Ets.fit(shortY, 12, EtsModel.parse("AAdA")));
        assertNotNull(Ets.select(shortY, 12));
        // tiny series (n ≤ 6): ets returns simple exponential smoothing from ℓ₀ = y₁ (HoltWintersZZ)
        Forecast tiny = new Ets().forecast(new double[] {5, 5, 5, 5}, 12, 3);
        assertArrayEquals(new double[] {5, 5, 5}, tiny.mean(), 0);
        assertEquals(5, tiny.hi95(2), 0);  // a perfect fit: σ² = 0
        Forecast up = new Ets().forecast(new double[] {1, 2, 3, 4, 5}, 12, 2);
        assertEquals(5, up.mean(0), 1e-6);  // α = 1 follows the last value (SSE 4 = the first step's error only)
        assertTrue(up.hi95(1) - up.lo95(1) > up.hi95(0) - up.lo95(0));
        assertEquals(7, new Ets().forecast(new double[] {7}, 1, 1).mean(0), 0);
    }

    @Test
    void simulatedIntervalsAgreeWithTheAnalyticOnes() {
        double[] y = new double[84];
        Random rnd = new Random(11);
        double[] z = new double[84];  // the same without a season, for the non-seasonal models
        for (int t = 0; t < y.length; t++) {
            double noise = 1 + 0.04 * rnd.nextGaussian();
            z[t] = (300 + 2 * t) * noise;
            y[t] = z[t] * (1 + 0.25 * Math.cos(2 * Math.PI * t / 12));
        }
        // (the normal intervals around the analytic variance match the simulated quantiles when σ is small, as here)
        for (String code : new String[] {"MAM", "MNM", "MAN", "MNA", "AAA", "ANN", "AAdN", "MAdN"}) {
            EtsModel md = EtsModel.parse(code);
            EtsFit f = Ets.fit(md.hasSeason() ? y : z, 12, md);
            Forecast a = f.forecast(18, "ets"), s = f.simulatedForecast(18, "ets", 20000, Ets.SEED);
            assertEquals(s, f.simulatedForecast(18, "ets", 20000, Ets.SEED), "a fixed seed reproduces the paths");
            for (int h = 0; h < 18; h++) {
                double wa = a.hi95(h) - a.lo95(h), ws = s.hi95(h) - s.lo95(h);
                assertEquals(wa, ws, 0.05 * wa, code + " h=" + (h + 1));
                double ma = (a.hi80(h) + a.lo80(h)) / 2, ms = (s.hi80(h) + s.lo80(h)) / 2;
                assertEquals(ma, ms, 0.1 * (a.hi80(h) - a.lo80(h)), code + " centre h=" + (h + 1));
            }
        }
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(1 + 1.1 / 3, EtsFit.quantile8(sorted, 0.1), 1e-12);  // R: quantile(1:10, 0.1, type = 8) = 1.3667
        assertEquals(5.5, EtsFit.quantile8(sorted, 0.5), 1e-12);
        assertEquals(10, EtsFit.quantile8(sorted, 0.999), 1e-12);
        Forecast sim = new Ets(null, 500).forecast(y, 12, 6);
        assertArrayEquals(new Ets().forecast(y, 12, 6).mean(), sim.mean(), 1e-9);
    }

    private static EtsFit fitAt(EtsModel md, int m, double a, double b, double g, double phi, double[] x0, double[] last,
                                double[] e, double sigma2) {
        return new EtsFit(md, m, a, b, g, phi, x0, last, e, 0, 0, 0, sigma2);
    }

    /** Durand–Kerner: the largest root modulus of the monic polynomial Σ c_k z^k. */
    private static double maxRootModulus(double[] c) {
        int d = c.length - 1;
        double[] re = new double[d], im = new double[d];
        for (int i = 0; i < d; i++) { double a = 2 * Math.PI * i / d + 0.4; re[i] = 1.1 * Math.cos(a); im[i] = 1.1 * Math.sin(a); }
        for (int it = 0; it < 5000; it++) {
            double change = 0;
            for (int i = 0; i < d; i++) {
                double pr = 1, pi = 0;  // Horner p(z_i)
                for (int k = d - 1; k >= 0; k--) { double nr = pr * re[i] - pi * im[i] + c[k]; pi = pr * im[i] + pi * re[i]; pr = nr; }
                double qr = 1, qi = 0;
                for (int j = 0; j < d; j++) {
                    if (j == i) continue;
                    double dr = re[i] - re[j], di = im[i] - im[j];
                    double nr = qr * dr - qi * di; qi = qr * di + qi * dr; qr = nr;
                }
                double den = qr * qr + qi * qi;
                double wr = (pr * qr + pi * qi) / den, wi = (pi * qr - pr * qi) / den;
                re[i] -= wr; im[i] -= wi;
                change = Math.max(change, Math.hypot(wr, wi));
            }
            if (change < 1e-14) break;
        }
        double max = 0;
        for (int i = 0; i < d; i++) max = Math.max(max, Math.hypot(re[i], im[i]));
        return max;
    }
}
