package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccuracyTest {
    @Test
    void smapeByHand() {
        // 200/2 · (|10−8|/18 + |5−5|/10)
        assertEquals(100 * 2 / 18.0, Accuracy.smape(new double[] {10, 5}, new double[] {8, 5}), 1e-12);
        assertEquals(0, Accuracy.smape(new double[] {0}, new double[] {0}));
    }

    @Test
    void maseByHand() {
        // in-sample lag-2 MAE: |3−1|, |4−2|, |7−3| → 8/3; errors 1 and 3 → MAE 2; MASE = 2/(8/3) = 0.75
        double[] insample = {1, 2, 3, 4, 7};
        assertEquals(0.75, Accuracy.mase(insample, 2, new double[] {10, 10}, new double[] {9, 13}), 1e-12);
        // no full season in sample: lag 1
        assertEquals(2.0 / 1.5, Accuracy.mase(new double[] {1, 2, 4}, 12, new double[] {5}, new double[] {7}), 1e-12);
    }

    @Test
    void owaOfTheBenchmarkIsOne() {
        assertEquals(1, Accuracy.owa(16.7, 1.04, 16.7, 1.04));
        assertEquals(0.5 * (0.5 + 2), Accuracy.owa(5, 4, 10, 2));
    }

    @Test
    void backtestOnArrays() {
        double[] y = {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4};
        Backtest.Series s = new Backtest.Series("a", 4, y, new double[] {1, 2, 3, 4});
        Backtest.Result r = Backtest.run(List.of(s, s), List.of(new Naive2(), new Naive(), new SeasonalNaive()));
        Backtest.Score naive2 = r.scores().get(0), naive = r.scores().get(1), snaive = r.scores().get(2);
        assertEquals(0, naive2.smape(), 1e-12);  // perfectly seasonal data: Naive2 and snaive are exact
        assertEquals(0, snaive.smape(), 1e-12);
        assertEquals(Accuracy.smape(new double[] {1, 2, 3, 4}, new double[] {4, 4, 4, 4}), naive.smape(), 1e-12);
        assertEquals(1.0, naive2.coverage95());  // zero-width intervals around exact forecasts still cover
        assertEquals(2, naive.series());
        assertEquals(2, r.forecasts().get(1).length);
    }
}
