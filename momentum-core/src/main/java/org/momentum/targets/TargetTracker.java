package org.momentum.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.momentum.classification.Period;
import org.momentum.forecast.Forecaster;
import org.momentum.indicators.IndicatorRow;

/**
 * Follows one target through the releases: reads its outcome from the target cell's indicator series
 * (indicators.md), forecasts the outcome at the deadline with a {@link Forecaster} through {@link ForecastOutlook},
 * and assesses it ({@link TargetAssessment#assess}).
 *
 * <p>Outcome at a period p (taken at the deadline once p is past it):
 * <ul>
 * <li>growth: for a flow, ytd_yoy_pct at p when p is in the deadline's year (NaN before that year starts); for a
 *     stock, (value / baseline − 1) × 100;</li>
 * <li>level: for a flow, ytd_value at p in the deadline's year (the year's total so far); for a stock, the value;</li>
 * <li>change: the level minus the baseline value, and for {@code capacity.*} minus the {@link CapacityCut} (exits
 *     counted as cuts).</li>
 * </ul>
 */
public final class TargetTracker {
    private final Target target;
    private final boolean stock;
    private final TreeMap<Integer, IndicatorRow> rows = new TreeMap<>();
    /** The levels that weight months in a year's growth: the target's own, or another measure's (see the constructor). */
    private final TreeMap<Integer, IndicatorRow> weights;
    private final IntFunction<CapacityCut> cuts;
    private final Forecaster method;

    /**
     * @param series the target cell's rows of the target's measure (any order; other cells are ignored)
     * @param stock  whether the measure is a stock (capacity.*, employment), see IndicatorCatalog.isStock
     * @param cuts   capacity cut from the baseline to a period, for capacity change targets (null otherwise)
     * @param method the forecasting method, null for none
     */
    public TargetTracker(Target target, List<IndicatorRow> series, boolean stock, IntFunction<CapacityCut> cuts, Forecaster method) {
        this(target, series, series, stock, cuts, method);
    }

    /**
     * @param weightSeries the target cell's level rows that weight months in the year's growth, when the target's
     *                     measure has growth but no level (output_value_real: its base is output_value a year
     *                     earlier, indicators.md "Constant prices"); else the same as {@code series}
     */
    public TargetTracker(Target target, List<IndicatorRow> series, List<IndicatorRow> weightSeries, boolean stock,
                         IntFunction<CapacityCut> cuts, Forecaster method) {
        this.target = target;
        this.stock = stock;
        this.cuts = cuts;
        this.method = method;
        for (IndicatorRow r : series)
            if (r.measure().equals(target.measure()) && r.industry().equals(target.industry()) && r.region().equals(target.region()))
                rows.put(r.period(), r);
        if (weightSeries == series) weights = rows;
        else {
            weights = new TreeMap<>();
            for (IndicatorRow r : weightSeries)
                if (r.industry().equals(target.industry()) && r.region().equals(target.region())) weights.put(r.period(), r);
        }
    }

    public Target target() { return target; }

    /** Whether outcomes are capacity cuts. */
    boolean capacityCut() { return target.goalKind() == GoalKind.CHANGE && cuts != null; }

    /** The outcome at a period in the goal's terms (see the class comment); NaN when not defined. */
    public double outcome(int period) {
        int p = Math.min(period, target.deadline());
        IndicatorRow r = rows.get(p);
        boolean inYear = Period.year(p) == Period.year(target.deadline());
        switch (target.goalKind()) {
            case GROWTH:
                if (r == null) return Double.NaN;
                if (!stock) return inYear ? r.ytdYoyPct() : Double.NaN;
                return (r.value() / target.baselineValue() - 1) * 100;
            case LEVEL:
                if (r == null) return Double.NaN;
                return stock ? r.value() : inYear ? r.ytdValue() : Double.NaN;
            default:
                if (capacityCut()) {
                    CapacityCut c = cuts.apply(p);
                    return c == null || c.cohort() == 0 ? Double.NaN : -c.cut();
                }
                if (r == null) return Double.NaN;
                return (stock ? r.value() : inYear ? r.ytdValue() : Double.NaN) - target.baselineValue();
        }
    }

    /** The assessment at one release. */
    public TargetAssessment assess(int period) {
        double outcome = outcome(period);
        OutcomeForecast f = period < target.deadline() && method != null ? forecast(period, outcome) : null;
        return TargetAssessment.assess(target, period, outcome, f);
    }

    /** Assessments at every period from the month after the baseline to {@code to} that has data, in order. */
    public List<TargetAssessment> history(int to) {
        List<TargetAssessment> out = new ArrayList<>();
        for (int p = target.baselinePeriod() + 1; p <= Math.min(to, target.deadline()); p++)
            if (rows.containsKey(p)) out.add(assess(p));
        return out;
    }

    /** The outcome's distribution at the deadline as seen at {@code period}; null when it cannot be forecast. */
    OutcomeForecast forecast(int period, double outcome) {
        int h = target.deadline() - period;
        double[] values = series(period, IndicatorRow::value);
        IndicatorRow now = rows.get(period);
        if (now == null) return null;
        if (stock) {
            OutcomeForecast level = ForecastOutlook.level(method, values, 12, h, 0);
            if (level == null) return null;
            return switch (target.goalKind()) {
                case LEVEL -> level;
                // the change from now to the deadline added to today's outcome (for capacity: today's cut)
                case CHANGE -> shifted(level, (Double.isNaN(outcome) ? now.value() - target.baselineValue() : outcome) - now.value());
                case GROWTH -> shifted(scaled(level, 100 / target.baselineValue()), -100);
            };
        }
        int jan = Period.january(target.deadline());
        int first = Math.max(period + 1, jan);
        double[] future = new double[target.deadline() - first + 1];
        for (int m = first; m <= target.deadline(); m++) future[m - first] = base(m, period);
        if (target.goalKind() == GoalKind.GROWTH) {
            double known = 0;
            for (int m = jan; m <= period; m++) known += base(m, period);
            return ForecastOutlook.ytdGrowth(method, series(period, IndicatorRow::yoyPct), now.ytdYoyPct(), period >= jan ? known : 0,
                    future, first - period);
        }
        double ytdNow = period >= jan ? now.ytdValue() : 0;
        OutcomeForecast total = ForecastOutlook.cumulative(method, values, 12, first - period, future.length, ytdNow);
        if (total == null) return null;
        return target.goalKind() == GoalKind.LEVEL ? total : shifted(total, -target.baselineValue());
    }

    /** A month's base weight: its value a year earlier when already known at the release, else two years earlier, else 1. */
    private double base(int month, int release) {
        for (int back = 12; back <= 24; back += 12) {
            IndicatorRow r = weights.get(month - back);
            if (month - back <= release && r != null && r.value() > 0) return r.value();
        }
        return 1;
    }

    private double[] series(int to, java.util.function.ToDoubleFunction<IndicatorRow> f) {
        if (rows.isEmpty() || rows.firstKey() > to) return new double[0];
        int from = rows.firstKey();
        double[] y = new double[to - from + 1];
        for (int p = from; p <= to; p++) {
            IndicatorRow r = rows.get(p);
            y[p - from] = r == null ? Double.NaN : f.applyAsDouble(r);
        }
        return y;
    }

    private static OutcomeForecast shifted(OutcomeForecast f, double shift) {
        return new OutcomeForecast(f.mean() + shift, f.sd(), f.method(), f.basis());
    }

    private static OutcomeForecast scaled(OutcomeForecast f, double k) {
        return new OutcomeForecast(f.mean() * k, f.sd() * Math.abs(k), f.method(), f.basis());
    }
}
