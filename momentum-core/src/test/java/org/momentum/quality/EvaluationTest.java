package org.momentum.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.momentum.quality.evaluation.Detection;
import org.momentum.quality.evaluation.Evaluation;
import org.momentum.quality.evaluation.Falsification;
import org.momentum.quality.evaluation.Injector;
import org.momentum.quality.evaluation.SyntheticMonth;
import org.momentum.testing.SharedData;

/**
 * Floors the detector must keep on a small generated month (4,000 enterprises, a seed the tuning never saw), so that
 * it cannot silently break. The full numbers, on national-size panels, are in BENCHMARKS.md
 * ({@code momentum-bench/run.sh quality}).
 */
class EvaluationTest {
    private static SyntheticMonth clean;
    private static final Map<Falsification, Detection> byKind = new EnumMap<>(Falsification.class);
    private static Detection cleanRun;

    @BeforeAll
    static void evaluate() {
        clean = SyntheticMonth.generate(SharedData.industries(), 4_000, 11);
        List<Detection> d = Evaluation.run(QualityScorer.withDefaultRules(), clean, List.of(Falsification.values()), 0.05, 5);
        cleanRun = d.get(0);
        for (int i = 1; i < d.size(); i++) byKind.put(Falsification.valueOf(d.get(i).kind()), d.get(i));
        d.forEach(System.out::println);
    }

    @Test
    void aCleanMonthHasFewFlags() {
        assertEquals(Evaluation.CLEAN, cleanRun.kind());
        assertTrue(cleanRun.negatives() > 3_000);
        assertTrue(cleanRun.flaggedShare() <= 0.015, "clean flagged share " + cleanRun.flaggedShare());
    }

    @Test
    void inflationOfTwentyPercentAndMore() {
        for (Falsification k : List.of(Falsification.INFLATE_20, Falsification.INFLATE_30, Falsification.INFLATE_50)) {
            Detection d = byKind.get(k);
            assertTrue(d.positives() > 100, k + " " + d);
            assertTrue(d.auc() >= 0.97, k + " " + d);
        }
        assertTrue(byKind.get(Falsification.INFLATE_20).recall() >= 0.8, byKind.get(Falsification.INFLATE_20).toString());
        assertTrue(byKind.get(Falsification.INFLATE_30).recall() >= 0.9 && byKind.get(Falsification.INFLATE_30).precision() >= 0.8,
                byKind.get(Falsification.INFLATE_30).toString());
        assertTrue(byKind.get(Falsification.INFLATE_10).auc() >= 0.8, byKind.get(Falsification.INFLATE_10).toString());
    }

    @Test
    void fabricatedDigitsCopiesAndRoundFigures() {
        for (Falsification k : List.of(Falsification.FABRICATED_DIGITS, Falsification.COPY_LAST_YEAR, Falsification.ROUNDED)) {
            Detection d = byKind.get(k);
            assertTrue(d.recall() >= 0.9 && d.precision() >= 0.8 && d.auc() >= 0.97, k + " " + d);
        }
    }

    @Test
    void aRegionWideInflation() {
        Detection d = byKind.get(Falsification.REGION_INFLATION);
        assertTrue(d.recall() >= 0.7 && d.auc() >= 0.9, d.toString());
    }

    @Test
    void injectionsTouchOnlyTheChosenReports() {
        Injector.Injected inj = Injector.inject(clean, Falsification.INFLATE_30, 0.05, 5);
        int out = clean.panel().measureIndex("output_value"), t = clean.period();
        int changed = 0;
        for (int e = 0; e < clean.panel().enterpriseCount(); e++) {
            double before = clean.panel().value(out, t, e), after = inj.month().panel().value(out, t, e);
            if (inj.falsified()[e]) {
                assertEquals(before * 1.3, after, 0.051);
                changed++;
            } else {
                assertEquals(Double.doubleToLongBits(before), Double.doubleToLongBits(after));
            }
        }
        assertEquals(inj.count(), changed);
        assertTrue(changed > 100);
    }

    @Test
    void aucCountsTiesAsHalf() {
        boolean[] rep = {true, true, true, true}, pos = {true, false, true, false};
        Detection d = Detection.of("t", new double[] {0.9, 0.1, 0.5, 0.5}, rep, pos);
        assertEquals((1 + 1 + 1 + 0.5) / 4, d.auc(), 1e-12);
        assertEquals(2.0 / 3, d.precision(), 1e-12); // flagged: 0.9 and 0.5 (positives), 0.5 (negative)
        assertEquals(1.0, d.recall());
    }
}
