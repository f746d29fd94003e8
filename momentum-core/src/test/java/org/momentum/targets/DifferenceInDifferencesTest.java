package org.momentum.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The difference-in-differences estimate recovers an injected effect and reports none where none was injected. */
class DifferenceInDifferencesTest {
    static final int ENTRY = 2017;

    static EvaluationUnit unit(String id, String cell, int entry, double y2016, double y2018) {
        return new EvaluationUnit(id, cell, entry, Map.of(2016, y2016, 2018, y2018));
    }

    @Test
    void handWorkedTwoCells() {
        double l = Math.log(1.1);
        List<EvaluationUnit> units = List.of(
                // cell X: P grows 21%; its 3 nearest controls by 2016 level are C1 (100), C3 (60), C2 (200), each +10%
                unit("P", "X", ENTRY, 100, 121), unit("C1", "X", 0, 100, 110), unit("C2", "X", 0, 200, 220),
                unit("C3", "X", 0, 60, 66), unit("C4", "X", 0, 1000, 1000),
                // cell Y: Q flat; only two controls, +10% and flat
                unit("Q", "Y", ENTRY, 10, 10), unit("D1", "Y", 0, 10, 11), unit("D2", "Y", 0, 12, 12),
                // a participant without a control in its cell is not matched
                unit("R", "Z", ENTRY, 10, 20));
        Evaluation e = new DifferenceInDifferences(3, 2, 2).evaluate(units);
        // d_P = ln 1.21 − ln 1.1 = ln 1.1; d_Q = 0 − (ln 1.1)/2; ATT = (ln 1.1)/4
        assertEquals(l / 4, e.estimate(), 1e-12);
        // clusters X and Y, residual sums ±0.75 ln 1.1: se = sqrt(2/1 · 2 · (0.75 ln 1.1)²) / 2 = 0.75 ln 1.1
        assertEquals(0.75 * l, e.se(), 1e-12);
        double t = 12.706204736174698; // qt(0.975, 1)
        assertEquals(l / 4 - t * 0.75 * l, e.lo95(), 1e-9);
        assertEquals(Evaluation.Verdict.CANNOT_TELL, e.verdict());
        assertEquals(3, e.participants());
        assertEquals(2, e.matched());
        assertEquals(5, e.controls()); // C1, C2, C3, D1, D2
        assertEquals(2, e.clusters());
        // with the default minimum of 10 participants in 10 cells it says the data are too thin
        assertEquals(Evaluation.Verdict.TOO_FEW_DATA, new DifferenceInDifferences().evaluate(units).verdict());
    }

    /**
     * 60 cells of 2 participants and 12 non-participants. Each enterprise has its own level and growth trend, each
     * cell a common shock a year (what matching within cells removes) and each year its noise; participants
     * entering in 2017 get {@code effect} on their log output from 2018.
     */
    static List<EvaluationUnit> panel(double effect, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<EvaluationUnit> out = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            double[] cellShock = new double[4];
            for (int y = 0; y < 4; y++) cellShock[y] = 0.08 * gauss(rnd);
            for (int u = 0; u < 14; u++) {
                boolean participant = u < 2;
                double level = Math.log(1000) + 0.8 * gauss(rnd), trend = 0.05 + 0.03 * gauss(rnd);
                Map<Integer, Double> annual = new java.util.HashMap<>();
                for (int y = 0; y < 4; y++) {
                    int year = 2015 + y;
                    double v = level + trend * y + cellShock[y] + 0.03 * gauss(rnd) + (participant && year >= ENTRY + 1 ? effect : 0);
                    annual.put(year, Math.exp(v));
                }
                out.add(new EvaluationUnit("c" + c + "u" + u, "cell" + c, participant ? ENTRY : EvaluationUnit.NEVER, annual));
            }
        }
        return out;
    }

    static double gauss(SplittableRandom r) {
        // Box–Muller: the test's own normal draws, independent of any library
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void recoversAnInjectedEffect() {
        Evaluation e = new DifferenceInDifferences().evaluate(panel(0.08, 11));
        assertEquals(Evaluation.Verdict.POSITIVE, e.verdict(), e.plainly());
        assertTrue(e.lo95() <= 0.08 && 0.08 <= e.hi95(), "the interval covers the injected effect: " + e.plainly());
        assertEquals(0.08, e.estimate(), 3 * e.se());
        assertEquals(120, e.matched());
        assertEquals(60, e.clusters());
        assertNotNull(e.placebo());
        assertEquals(Evaluation.Verdict.CANNOT_TELL, e.placebo().verdict(), "no effect before entry: " + e.placebo().plainly());
        assertEquals((Math.exp(e.estimate()) - 1) * 100, e.effectPct(), 1e-12);
    }

    @Test
    void reportsNoEffectWhereNoneWasInjected() {
        Evaluation e = new DifferenceInDifferences().evaluate(panel(0, 12));
        assertEquals(Evaluation.Verdict.CANNOT_TELL, e.verdict(), e.plainly());
        assertTrue(e.lo95() < 0 && 0 < e.hi95());
        assertTrue(e.plainly().contains("cannot tell"), e.plainly());
        // over many panels without an effect, the 95% interval covers zero about 95% of the time
        int covered = 0, runs = 200;
        for (int s = 0; s < runs; s++) {
            Evaluation r = new DifferenceInDifferences().estimate(panel(0, 1000 + s), -1, 1);
            if (r.lo95() <= 0 && 0 <= r.hi95()) covered++;
        }
        assertTrue(covered >= 180 && covered <= 198, "coverage " + covered + " of " + runs);
    }
}
