package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimpleExponentialSmoothingTest {
    private static final double[] Y = {12, 15, 11, 14, 18, 16, 13, 17, 21, 19, 18, 22, 20, 24, 23};

    @Test
    void levelRecursionByHand() {
        // α = 0.5, ℓ₀ = 10: errors 2, 4, −2; ℓ₁ = 11, ℓ₂ = 13, ℓ₃ = 12
        SimpleExponentialSmoothing s = SimpleExponentialSmoothing.at(new double[] {12, 15, 11}, 0.5, 10);
        assertEquals(12, s.level(), 0);
        assertEquals(4 + 16 + 4, s.sse(), 0);
        assertEquals(24, s.sigma2(), 0);  // SSE / (n − 2)
    }

    @Test
    void optimalInitialLevelMinimisesTheSse() {
        double l0 = SimpleExponentialSmoothing.optimalLevel0(Y, 0.3);
        double best = SimpleExponentialSmoothing.at(Y, 0.3, l0).sse();
        assertTrue(best < SimpleExponentialSmoothing.at(Y, 0.3, l0 + 1e-3).sse());
        assertTrue(best < SimpleExponentialSmoothing.at(Y, 0.3, l0 - 1e-3).sse());
    }

    @Test
    void nelderMeadLandsNearTheGlobalOptimum() {
        SimpleExponentialSmoothing r = SimpleExponentialSmoothing.fit(Y), g = SimpleExponentialSmoothing.fitGlobal(Y);
        assertTrue(g.sse() <= r.sse() * (1 + 1e-12));
        assertEquals(g.sse(), r.sse(), 1e-6 * g.sse());
        assertTrue(g.alpha() >= SimpleExponentialSmoothing.ALPHA_MIN && g.alpha() <= SimpleExponentialSmoothing.ALPHA_MAX);
    }

    @Test
    void nelderMeadMinimisesAQuadratic() {
        NelderMead.Result r = NelderMead.minimise(p -> (p[0] - 3) * (p[0] - 3) + 10 * (p[1] + 1) * (p[1] + 1),
                new double[] {0, 0}, 1e-12, 2000);
        assertEquals(3, r.par()[0], 1e-4);
        assertEquals(-1, r.par()[1], 1e-4);
    }

    @Test
    void thetaOnALinearTrendContinuesIt() {
        // y = 10 + 2t: SES with drift b/2 = 1 per step; the level lags, so forecasts stay on the trend line only
        // approximately; they must rise by about 1 per step (drift) and sit near the line
        double[] y = new double[40];
        for (int t = 0; t < y.length; t++) y[t] = 10 + 2 * t;
        Forecast f = new Theta().forecast(y, 1, 5);
        for (int h = 1; h < 5; h++) assertEquals(1.0, f.mean(h) - f.mean(h - 1), 1e-9);
        assertTrue(f.hasIntervals() && f.lo95(0) < f.mean(0) && f.mean(0) < f.hi95(0));
    }
}
