package org.momentum.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The methods under the checks against published values. */
class MethodsTest {
    @Test
    void benfordExpectedFirstTwoDigits_asInNigrinisTable() {
        // Nigrini (2012), Benford's Law, table 5.1 (first-two digits): 10 → 0.04139, 11 → 0.03779, 50 → 0.00860, 99 → 0.00436
        assertEquals(0.04139, Benford.expected(10), 5e-6);
        assertEquals(0.03779, Benford.expected(11), 5e-6);
        assertEquals(0.00860, Benford.expected(50), 5e-6);
        assertEquals(0.00436, Benford.expected(99), 5e-6);
        double sum = 0;
        for (int d = 10; d <= 99; d++) sum += Benford.expected(d);
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void benfordFirstTwoDigitsOfAFigure() {
        assertEquals(12, Benford.firstTwo(12345.6));
        assertEquals(10, Benford.firstTwo(1000));
        assertEquals(99, Benford.firstTwo(0.0999));
        assertEquals(-1, Benford.firstTwo(0));
    }

    @Test
    void nigriniConformityRangesForTheFirstTwoDigits() {
        assertEquals(Benford.Conformity.CLOSE, Benford.conformity(0.0012));
        assertEquals(Benford.Conformity.ACCEPTABLE, Benford.conformity(0.0015));
        assertEquals(Benford.Conformity.MARGINAL, Benford.conformity(0.0022));
        assertEquals(Benford.Conformity.NONCONFORMITY, Benford.conformity(0.00221));
    }

    @Test
    void powersOfTwoFollowBenford_uniformFirstDigitsDoNot() {
        // 2^n is a Benford sequence (log10 2 is irrational; Diaconis 1977): close conformity
        long[] c = new long[90];
        java.math.BigInteger two = java.math.BigInteger.ONE;
        for (int n = 1; n <= 5000; n++) {
            two = two.shiftLeft(1);
            if (n >= 4) c[Integer.parseInt(two.toString().substring(0, 2)) - 10]++;
        }
        Benford.Result r = Benford.test(c);
        assertEquals(4997, r.total());
        assertEquals(Benford.Conformity.CLOSE, r.conformity(), "MAD " + r.mad());
        long[] u = new long[90];
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) Benford.count(10 + 90 * rnd.nextDouble(), u);
        // uniform first-two digits: MAD = Σ|1/90 − log10(1 + 1/d)| / 90 = 0.00597 in expectation, far beyond 0.0022
        Benford.Result ru = Benford.test(u);
        assertEquals(Benford.Conformity.NONCONFORMITY, ru.conformity());
        assertEquals(0.00597, ru.mad(), 0.0006);
    }

    @Test
    void chiSquareUpperTail_againstTheTables() {
        assertEquals(0.05, ChiSquare.upperTail(16.919, 9), 1e-4);   // χ²(9) 95th percentile
        assertEquals(0.01, ChiSquare.upperTail(21.666, 9), 1e-4);
        assertEquals(0.05, ChiSquare.upperTail(28.869, 18), 1e-4);
        assertEquals(0.01, ChiSquare.upperTail(34.805, 18), 1e-4);
        assertEquals(Math.exp(-3), ChiSquare.upperTail(6, 2), 1e-12); // df 2: exp(−x/2)
        assertEquals(1.0, ChiSquare.upperTail(0, 5));
        assertTrue(ChiSquare.upperTail(400, 18) < 1e-60);
        assertEquals(Math.log(24), ChiSquare.logGamma(5), 1e-12);
    }

    @Test
    void robustStatistics() {
        double[] x = {1, 2, 3, 4, 100, Double.NaN};
        assertEquals(3, RobustStats.median(x));
        assertEquals(1, RobustStats.mad(x));
        assertEquals(1.8, RobustStats.quantile(new double[] {1, 2, 3}, 0.4), 1e-12); // R: quantile(1:3, 0.4) = 1.8
    }

    @Test
    void isolationForest_averagePathLengthAndAnIsolatedPoint() {
        // c(n) = 2H(n−1) − 2(n−1)/n (Liu et al. 2008, eq. 1): c(256) ≈ 10.24
        assertEquals(10.2448, IsolationForest.c(256), 1e-3);
        assertEquals(1.0, IsolationForest.c(2));
        SplittableRandom rnd = new SplittableRandom(3);
        double[][] x = new double[1001][];
        for (int i = 0; i < 1000; i++) x[i] = new double[] {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
        x[1000] = new double[] {6, -6, 6};
        IsolationForest f = IsolationForest.fit(x, 100, 256, 42);
        double outlier = f.score(x[1000]);
        double[] normal = new double[1000];
        for (int i = 0; i < 1000; i++) normal[i] = f.score(x[i]);
        assertTrue(outlier > 0.7, "outlier " + outlier);
        assertTrue(RobustStats.median(normal) < 0.5, "median " + RobustStats.median(normal));
        assertEquals(outlier, IsolationForest.fit(x, 100, 256, 42).score(x[1000])); // seeded: the same forest
    }

    @Test
    void scoresAndWording() {
        assertEquals(0.5, Scores.rising(4, 4), 1e-12);
        assertEquals(0.8, Scores.rising(8, 4), 1e-12);
        assertEquals(0.0, Scores.rising(-3, 4));
        assertEquals("+85%", Wording.change(1.85));
        assertEquals("\u22123%", Wording.change(0.97));
        assertEquals("+0.4%", Wording.change(1.004));
        assertEquals("+1,228%", Wording.change(13.28));
        assertEquals("12,346", Wording.amount(12345.6));
        assertEquals("512.3", Wording.amount(512.3));
    }
}
