package org.momentum.app.forecast;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryLevel;
import org.momentum.classification.Period;
import org.momentum.forecast.Accuracy;
import org.momentum.forecast.AnnualOutlook;
import org.momentum.forecast.Forecast;
import org.momentum.forecast.Forecaster;
import org.momentum.forecast.Forecasters;
import org.momentum.forecast.Outlook;
import org.momentum.forecast.VintageAccuracy;
import org.momentum.indicators.IndicatorRow;
import org.momentum.indicators.VolumeSeries;
import org.momentum.store.Database;
import org.momentum.store.ForecastVintages;
import org.momentum.store.ForecastVintages.SeriesKey;
import org.momentum.store.IndicatorValues;
import org.momentum.store.ReferenceData;

/**
 * The compute step's outlook: for the headline series (industry ALL, region ALL) and each industrial section, the
 * year's expected output growth at comparable prices — the "output is expected to grow by about 6% this year" of the
 * press release, i.e. {@code output_value_real} (indicators.md "Constant prices"), whose levels are chain-linked from
 * its real growth ({@link VolumeSeries}). Each outlook is stored as a forecast vintage; then every series' past
 * vintages are scored against the outturns now known (an accuracy record per series and method).
 */
public final class OutlookService {
    /** The measure the regulator's growth statement refers to. */
    public static final String MEASURE = "output_value_real";
    private static final String NOMINAL = "output_value", ALL = IndicatorRow.ALL;

    /** What one compute did for one series: the outlook (null when none could be made) and why not. */
    public record Made(SeriesKey key, String method, int origin, AnnualOutlook outlook, boolean stored, String note) {}

    private final ReferenceData ref;

    public OutlookService(ReferenceData ref) { this.ref = ref; }

    /** {@code auto} when the build has it, else {@code ets}: the stored method name says which ran. */
    public static Forecaster method() {
        try {
            return Forecasters.byName("auto");
        } catch (IllegalArgumentException notYet) {
            return Forecasters.byName("ets");
        }
    }

    /** The series that get an outlook: ALL and each industrial section, region ALL. */
    public List<SeriesKey> series() {
        List<SeriesKey> out = new ArrayList<>();
        out.add(new SeriesKey(MEASURE, ALL, ALL));
        for (Industry s : ref.industries().industrial(IndustryLevel.SECTION)) out.add(new SeriesKey(MEASURE, s.code(), ALL));
        return out;
    }

    /** Makes and stores this month's outlooks, then rescores every series' vintages. */
    public List<Made> run(Database db, Instant now, String actor) {
        Forecaster method = method();
        List<Made> made = new ArrayList<>();
        for (SeriesKey key : series()) {
            Volumes v = volumes(db, key);
            Made m = outlook(db, key, v, method, now, actor);
            if (m != null) made.add(m);
            score(db, key, v, now, actor);
        }
        return made;
    }

    /** The chain-linked volumes of a series' latest unbroken run of months, first period {@code start}. */
    record Volumes(int start, double[] values) {
        double at(int period) {
            int i = period - start;
            return i >= 0 && i < values.length ? values[i] : Double.NaN;
        }

        int end() { return start + values.length - 1; }

        /** ΣV_Y / ΣV_{Y−1} − 1 in % when both years are complete, else NaN. */
        double annualGrowth(int year) {
            double cur = 0, prev = 0;
            for (int m = 1; m <= 12; m++) {
                cur += at(Period.of(year, m));
                prev += at(Period.of(year - 1, m));
            }
            return Double.isNaN(cur) || Double.isNaN(prev) || prev <= 0 ? Double.NaN : (cur / prev - 1) * 100;
        }
    }

    static Volumes volumes(Database db, SeriesKey key) {
        int from = Period.of(1900, 1), to = Period.of(2999, 12);
        return volumes(IndicatorValues.series(db, NOMINAL, key.industry(), key.region(), from, to),
                IndicatorValues.series(db, MEASURE, key.industry(), key.region(), from, to));
    }

    /** The volumes from a cell's output_value rows and its output_value_real rows (each in period order). */
    static Volumes volumes(List<IndicatorRow> nominal, List<IndicatorRow> realRows) {
        if (nominal.isEmpty()) return new Volumes(0, new double[0]);
        Map<Integer, Double> real = new HashMap<>();
        for (IndicatorRow r : realRows) real.put(r.period(), r.yoyPct());
        int first = nominal.get(0).period(), last = nominal.get(nominal.size() - 1).period();
        double[] level = new double[last - first + 1], yoy = new double[level.length];
        java.util.Arrays.fill(level, Double.NaN);
        for (IndicatorRow r : nominal) level[r.period() - first] = r.value();
        for (int i = 0; i < yoy.length; i++) yoy[i] = real.getOrDefault(first + i, Double.NaN);
        double[] v = VolumeSeries.chainLinked(level, yoy);
        int begin = v.length;  // the latest run of months without a gap
        while (begin > 0 && Double.isFinite(v[begin - 1]) && v[begin - 1] > 0) begin--;
        return new Volumes(first + begin, java.util.Arrays.copyOfRange(v, begin, v.length));
    }

    /**
     * The outlook of a series from its volumes, not stored: null when there are no volumes, else a {@link Made} whose
     * outlook is null with a note when none can be made. At a December origin the year is an outturn; with
     * {@code nextYear} the outlook is then of the next year, all twelve months forecast (a release of December
     * still states where output is heading), else none is made (what {@link #run} keeps as vintages).
     */
    static Made compute(SeriesKey key, Volumes v, Forecaster method, boolean nextYear) {
        if (v.values().length == 0) return null;
        int origin = v.end(), month = Period.month(origin), year = Period.year(origin);
        if (month == 12 && !nextYear) return new Made(key, method.name(), origin, null, false, "the year " + year + " is complete: an outturn, not an outlook");
        int outlookYear = month == 12 ? year + 1 : year, observed = month % 12;
        if (v.start() > Period.of(outlookYear - 1, 1))
            return new Made(key, method.name(), origin, null, false, "no full year " + (outlookYear - 1) + " at comparable prices to grow from");
        double[] prev = new double[12];
        for (int m = 1; m <= 12; m++) prev[m - 1] = v.at(Period.of(outlookYear - 1, m));
        try {
            AnnualOutlook o = Outlook.annual(v.values(), observed, prev, method);
            return new Made(key, o.method(), origin, o, false, null);
        } catch (IllegalArgumentException e) {
            return new Made(key, method.name(), origin, null, false, e.getMessage());
        }
    }

    /**
     * What a compute would state now for one series from the store's indicators, not stored; with {@code nextYear}
     * a December origin's outlook is of the next year (as a release states it, see {@code OutlookComponent}).
     */
    public static Made state(Database db, SeriesKey key, Forecaster method, boolean nextYear) {
        return compute(key, volumes(db, key), method, nextYear);
    }

    private Made outlook(Database db, SeriesKey key, Volumes v, Forecaster method, Instant now, String actor) {
        Made computed = compute(key, v, method, false);
        if (computed == null || computed.outlook() == null) return computed;
        AnnualOutlook o = computed.outlook();
        int origin = computed.origin(), year = Period.year(origin);
        Forecast f = o.months();
        List<ForecastVintages.Point> points = new ArrayList<>();
        for (int i = 0; i < f.horizon(); i++)
            points.add(new ForecastVintages.Point(i + 1, origin + i + 1, f.mean(i), f.lo80(i), f.hi80(i), f.lo95(i), f.hi95(i)));
        double scale = v.values().length > 1 ? Accuracy.seasonalNaiveMae(v.values(), 12) : Double.NaN;
        ForecastVintages.Vintage vintage = new ForecastVintages.Vintage(0, key, o.method(), origin, now, scale, points,
                new ForecastVintages.OutlookRow(year, o.observed(), o.previousYearTotal(), o.growthPct(), o.lo80(), o.hi80(), o.lo95(),
                        o.hi95(), o.intervalMethod()));
        if (alreadyStated(db, vintage)) return new Made(key, o.method(), origin, o, false, "the same forecast from this origin is already stored");
        ForecastVintages.add(db, vintage, actor);
        return new Made(key, o.method(), origin, o, true, null);
    }

    /** Whether the latest vintage of this method and origin has the same point forecasts (nothing new to keep). */
    private static boolean alreadyStated(Database db, ForecastVintages.Vintage v) {
        ForecastVintages.Vintage latest = null;
        for (ForecastVintages.Vintage s : ForecastVintages.vintages(db, v.key()))
            if (s.method().equals(v.method()) && s.origin() == v.origin()) latest = s;
        if (latest == null || latest.points().size() != v.points().size()) return false;
        for (int i = 0; i < v.points().size(); i++) {
            double a = latest.points().get(i).mean(), b = v.points().get(i).mean();
            if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))) return false;
        }
        return true;
    }

    /** Rescores the series' vintages (the latest made per method and origin) against the outturns in {@code v}. */
    private static void score(Database db, SeriesKey key, Volumes v, Instant now, String actor) {
        Map<String, Map<Integer, ForecastVintages.Vintage>> latest = new LinkedHashMap<>();
        for (ForecastVintages.Vintage s : ForecastVintages.vintages(db, key))  // ordered by origin, made_at
            latest.computeIfAbsent(s.method(), k -> new LinkedHashMap<>()).put(s.origin(), s);
        if (latest.isEmpty()) return;
        List<ForecastVintages.AccuracyRow> rows = new ArrayList<>();
        for (var e : latest.entrySet()) {
            List<VintageAccuracy.Vintage> scored = new ArrayList<>();
            for (ForecastVintages.Vintage s : e.getValue().values()) scored.add(toCore(s));
            VintageAccuracy.Summary a = VintageAccuracy.score(scored, v::at, v::annualGrowth);
            rows.add(new ForecastVintages.AccuracyRow(key, e.getKey(), a.points(), a.vintages(), a.smape(), a.mase(), a.coverage80(),
                    a.coverage95(), a.outlooks(), a.growthMaePp(), now));
        }
        ForecastVintages.replaceAccuracy(db, key, rows, actor);
    }

    private static VintageAccuracy.Vintage toCore(ForecastVintages.Vintage s) {
        int n = s.points().size();
        int[] periods = new int[n];
        double[] mean = new double[n], lo80 = new double[n], hi80 = new double[n], lo95 = new double[n], hi95 = new double[n];
        for (int i = 0; i < n; i++) {
            ForecastVintages.Point p = s.points().get(i);
            periods[i] = p.period(); mean[i] = p.mean(); lo80[i] = p.lo80(); hi80[i] = p.hi80(); lo95[i] = p.lo95(); hi95[i] = p.hi95();
        }
        return new VintageAccuracy.Vintage(periods, mean, lo80, hi80, lo95, hi95, s.scale(),
                s.outlook() == null ? Period.year(s.origin()) : s.outlook().year(), s.outlook() == null ? Double.NaN : s.outlook().growthPct());
    }
}
