package org.momentum.forecast;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Past forecast vintages scored against the outturns known now: over every forecast month with an outturn, the mean
 * sMAPE (M4's, in %), the mean absolute error scaled by the in-sample seasonal-naive MAE at the vintage's origin
 * (MASE's scaling, Hyndman &amp; Koehler 2006, per point), and the share of outturns inside the 80% and 95% intervals;
 * for outlooks whose year is complete, the mean absolute error of the expected annual growth in percentage points.
 */
public final class VintageAccuracy {
    /**
     * One vintage: the months it forecast (periods as ints) with means and bounds, its MASE scale, and its outlook
     * (the year and expected growth; NaN growth when it had none).
     */
    public record Vintage(int[] periods, double[] mean, double[] lo80, double[] hi80, double[] lo95, double[] hi95,
                          double scale, int year, double growthPct) {
        public Vintage {
            int n = periods.length;
            if (mean.length != n || lo80.length != n || hi80.length != n || lo95.length != n || hi95.length != n)
                throw new IllegalArgumentException("one mean and bound per period");
            periods = periods.clone(); mean = mean.clone(); lo80 = lo80.clone(); hi80 = hi80.clone(); lo95 = lo95.clone(); hi95 = hi95.clone();
        }
    }

    /** The record: points scored, vintages with at least one, the means; NaN when nothing is known yet. */
    public record Summary(int points, int vintages, double smape, double mase, double coverage80, double coverage95,
                          int outlooks, double growthMaePp) {}

    private VintageAccuracy() {}

    /**
     * @param actual       the outturn of a period, NaN when not known (yet)
     * @param annualGrowth the outturn growth of a complete year in %, NaN when the year is not complete
     */
    public static Summary score(List<Vintage> vintages, IntToDoubleFunction actual, IntToDoubleFunction annualGrowth) {
        int points = 0, scoredVintages = 0, scaled = 0, withIntervals = 0, in80 = 0, in95 = 0, outlooks = 0;
        double smape = 0, mase = 0, growthError = 0;
        for (Vintage v : vintages) {
            int before = points;
            for (int i = 0; i < v.periods().length; i++) {
                double y = actual.applyAsDouble(v.periods[i]), f = v.mean[i];
                if (Double.isNaN(y)) continue;
                points++;
                smape += Accuracy.smape(new double[] {y}, new double[] {f});
                if (v.scale() > 0 && Double.isFinite(v.scale())) { mase += Math.abs(y - f) / v.scale(); scaled++; }
                if (!Double.isNaN(v.lo80[i])) {
                    withIntervals++;
                    if (y >= v.lo80[i] && y <= v.hi80[i]) in80++;
                    if (y >= v.lo95[i] && y <= v.hi95[i]) in95++;
                }
            }
            if (points > before) scoredVintages++;
            double g = annualGrowth.applyAsDouble(v.year());
            if (!Double.isNaN(v.growthPct()) && !Double.isNaN(g)) {
                outlooks++;
                growthError += Math.abs(v.growthPct() - g);
            }
        }
        return new Summary(points, scoredVintages, points > 0 ? smape / points : Double.NaN, scaled > 0 ? mase / scaled : Double.NaN,
                withIntervals > 0 ? (double) in80 / withIntervals : Double.NaN, withIntervals > 0 ? (double) in95 / withIntervals : Double.NaN,
                outlooks, outlooks > 0 ? growthError / outlooks : Double.NaN);
    }
}
