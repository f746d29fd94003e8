package org.momentum.seasonal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdplus.sa.base.api.DecompositionMode;
import jdplus.sa.base.api.diagnostics.CombinedSeasonalityTest.IdentifiableSeasonality;
import jdplus.sa.base.core.diagnostics.GenericSaTests;
import jdplus.toolkit.base.api.processing.DefaultProcessingLog;
import jdplus.toolkit.base.api.processing.ProcessingLog;
import jdplus.toolkit.base.api.timeseries.StaticTsDataSupplier;
import jdplus.toolkit.base.api.timeseries.TsData;
import jdplus.toolkit.base.api.timeseries.TsPeriod;
import jdplus.toolkit.base.api.timeseries.regression.ModellingContext;
import jdplus.toolkit.base.api.timeseries.regression.ModellingUtility;
import jdplus.toolkit.base.api.timeseries.regression.TsDataSuppliers;
import jdplus.toolkit.base.api.timeseries.regression.Variable;
import jdplus.toolkit.base.core.modelling.regression.RegressionDesc;
import jdplus.toolkit.base.core.regsarima.regular.RegSarimaModel;
import jdplus.tramoseats.base.api.tramoseats.TramoSeatsSpec;
import jdplus.tramoseats.base.core.tramoseats.TramoSeatsFactory;
import jdplus.tramoseats.base.core.tramoseats.TramoSeatsKernel;
import jdplus.tramoseats.base.core.tramoseats.TramoSeatsResults;
import jdplus.x13.base.api.x13.X13Spec;
import jdplus.x13.base.core.x13.X13Factory;
import jdplus.x13.base.core.x13.X13Kernel;
import jdplus.x13.base.core.x13.X13Results;
import org.momentum.classification.Period;

/**
 * Seasonal and calendar adjustment of one monthly series with JDemetra+ 3 (X-13ARIMA-SEATS or TRAMO-SEATS).
 * China's calendar goes in as user-defined regressors held in a ModellingContext and named in the spec's
 * user-defined trading-days variables, the way jdemetra/jdplus-examples UserDefinedCalendars3 does it
 * (JDemetra+'s only built-in moving holiday is Easter). Not as RegressionSpec user variables with
 * regeffect=CalendarEffect: in 3.5.0 X-13 allocates those to no component (checked: B1 = A1, the effect
 * ends up in the irregular D13 and stays in sa), while user trading-days variables go to the calendar factor D18.
 */
public final class SeasonalAdjuster {
    /** Context group holding our regressors; spec variables refer to them as "momentum.name". */
    static final String GROUP = "momentum";
    /** Regressors are padded with 0 (their centred mean) this far beyond the series for forecasts/backcasts. */
    private static final int PAD = 36;
    /** Years with January and February observed separately that a split of the other years' sums rests on. */
    static final int MIN_SEPARATE_YEARS = 3;

    private final AdjustmentSpec spec;
    private final List<Regressor> regressors;

    /**
     * @param regressors the calendar regressors (e.g. {@link SpringFestivalRegressor}, {@link WorkingDayRegressor});
     *                   ignored unless the spec asks for China's calendar
     */
    public SeasonalAdjuster(AdjustmentSpec spec, List<Regressor> regressors) {
        this.spec = spec;
        this.regressors = spec.chineseCalendar() ? List.copyOf(regressors) : List.of();
    }

    public AdjustmentResult adjust(int startPeriod, double[] values) {
        return adjust(startPeriod, values, Map.of());
    }

    /**
     * Adjusts a series in which the years of {@code janFebSums} have January and February unknown (NaN in
     * {@code values}) and only their sum known. Method: a regARIMA airline model with the calendar regressors treats
     * the two months as missing and interpolates them (JDemetra+'s estimate under the fitted model, Gómez &amp; Maravall 1994), the
     * two interpolations are scaled pro rata to the known sum (the benchmarking of one aggregation period, IMF
     * Quarterly National Accounts Manual 2017, §6.B), and the completed series is adjusted. The split months are
     * flagged as estimated and named in the notes, never passed off as observed.
     */
    public AdjustmentResult adjust(int startPeriod, double[] values, Map<Integer, Double> janFebSums) {
        return adjust(startPeriod, values, janFebSums, RevisionPolicy.COMPLETE, null);
    }

    /**
     * As {@link #adjust(int, double[], Map)} under a revision policy applied to the model saved at the previous
     * release ({@link AdjustmentResult#model()}); without a matching saved model the series is identified completely
     * and a note says so.
     */
    public AdjustmentResult adjust(int startPeriod, double[] values, Map<Integer, Double> janFebSums, RevisionPolicy policy, SavedModel previous) {
        if (values.length < 36) throw new IllegalArgumentException("need at least 3 years of monthly data, got " + values.length);
        int n = values.length, end = startPeriod + n - 1;
        boolean[] estimated = new boolean[n];
        for (var e : new TreeMap<>(janFebSums).entrySet()) {
            int jan = Period.of(e.getKey(), 1) - startPeriod;
            if (jan < 0 || jan + 1 >= n)
                throw new IllegalArgumentException("January–February " + e.getKey() + " is outside the series " + Period.format(startPeriod) + ".." + Period.format(end));
            if (!Double.isFinite(e.getValue()))
                throw new IllegalArgumentException("January–February " + e.getKey() + ": the combined value is not a number");
            if (!Double.isNaN(values[jan]) || !Double.isNaN(values[jan + 1]))
                throw new IllegalArgumentException("January–February " + e.getKey() + " is given combined, so January and February must be missing");
            estimated[jan] = estimated[jan + 1] = true;
        }
        for (int k = 0; k < n; k++)
            if (!estimated[k] && !Double.isFinite(values[k]))
                throw new IllegalArgumentException(Period.format(startPeriod + k) + ": value missing (only a January and February known by their sum may be)");
        SavedModel prior = previous;
        List<String> notes = new ArrayList<>();
        if (policy != RevisionPolicy.COMPLETE && (prior == null || prior.calendar().length != regressors.size())) {
            notes.add("no saved model matching this series' calendar regressors: identified completely instead of by the " + policy.code() + " policy");
            prior = null;
        } else if (policy == RevisionPolicy.COMPLETE) {
            prior = null;
        }
        if (janFebSums.isEmpty()) return run(startPeriod, values, regressors, estimated, notes, policy, prior).result();
        if (spec.specName().equals("RSAX11"))
            throw new IllegalArgumentException("RSAX11 has no regARIMA model to estimate January and February from their sum");
        int separate = 0;
        for (int k = 0; k + 1 < n; k++) if (Period.month(startPeriod + k) == 1 && !estimated[k]) separate++;
        if (separate < MIN_SEPARATE_YEARS)
            throw new IllegalArgumentException("January and February are known separately in " + separate + " year(s) only; splitting their sums needs "
                    + MIN_SEPARATE_YEARS + " such years to estimate the two months' seasonal pattern (else the split would be invented)");

        List<Regressor> usable = new ArrayList<>();
        for (Regressor r : regressors) {
            if (observedNonZero(r, startPeriod, values) >= 2) usable.add(r);
            else notes.add(r.name() + " left out: it moves only in months known by their sum, so it cannot be estimated");
        }
        double[] filled = values.clone();
        // the interpolation uses the airline model (RSA1: log test, (0,1,1)(0,1,1), outliers) with the calendar regressors:
        // automatic identification on a series with whole blocks of Januaries missing can pick a model without regular
        // differencing that drifts over the gap (seen: (0,0,0)(0,1,1), January–February interpolated 35% too high)
        SeasonalAdjuster airline = new SeasonalAdjuster(new AdjustmentSpec(spec.method(), "RSA1", spec.chineseCalendar(),
                spec.springFestivalWindows()), regressors);
        TsData interpolated = airline.run(startPeriod, values, usable, estimated, List.of(), RevisionPolicy.COMPLETE, null).interpolated();
        for (var e : new TreeMap<>(janFebSums).entrySet()) {
            int jan = Period.of(e.getKey(), 1) - startPeriod;
            double sum = e.getValue(), a = interpolated.getValue(jan), b = interpolated.getValue(jan + 1);
            if (a > 0 && b > 0) {                                      // pro rata: the model's proportions, the known total
                filled[jan] = sum * a / (a + b);
            } else {                                                  // signs mixed (additive model): share the discrepancy equally
                filled[jan] = a + (sum - a - b) / 2;
            }
            filled[jan + 1] = sum - filled[jan];
            notes.add(String.format(java.util.Locale.ROOT, "%d-01 and %d-02 estimated from their sum %s (model interpolation %.6g + %.6g, scaled to the sum)",
                    e.getKey(), e.getKey(), Double.toString(sum), a, b));
        }
        if (prior != null && usable.size() != regressors.size()) prior = null;   // the saved model's calendar no longer applies
        return run(startPeriod, filled, usable, estimated, notes, policy, prior).result();
    }

    /** How many observed months the regressor is non-zero in: a regressor that moves only where data are missing is not identified. */
    private static int observedNonZero(Regressor r, int start, double[] values) {
        int c = 0;
        for (int k = 0; k < values.length; k++)
            if (!Double.isNaN(values[k]) && Math.abs(r.at(start + k)) > 1e-12) c++;
        return c;
    }

    /** One JDemetra+ run: the result and the regARIMA interpolation of missing values (null without pre-adjustment). */
    private record Run(AdjustmentResult result, TsData interpolated) {}

    private Run run(int startPeriod, double[] values, List<Regressor> regs, boolean[] estimated, List<String> notes,
                    RevisionPolicy policy, SavedModel previous) {
        int end = startPeriod + values.length - 1;
        TsData y = TsData.ofInternal(TsPeriod.monthly(Period.year(startPeriod), Period.month(startPeriod)), values.clone());
        ModellingContext context = new ModellingContext();
        TsDataSuppliers vars = new TsDataSuppliers();
        List<String> user = new ArrayList<>();
        for (Regressor r : regs) {
            if (!r.covers(startPeriod, end))
                // policy: no extrapolation. A calendar regressor is known only for its years (China's adjusted working
                // days are set by each year's State Council notice); zero or a guessed rule would bias the estimates
                throw new IllegalArgumentException("calendar regressor " + r.name() + " is known for " + Period.year(r.startPeriod()) + "–"
                        + Period.year(r.endPeriod()) + " only and the series runs " + Period.format(startPeriod) + ".." + Period.format(end)
                        + ": adjust the part within those years, or run without China's calendar");
            vars.set(r.name(), new StaticTsDataSupplier(TsData.ofInternal(
                    TsPeriod.monthly(Period.year(startPeriod - PAD), Period.month(startPeriod - PAD)), padded(r, startPeriod - PAD, end + PAD))));
            user.add(GROUP + "." + r.name());
        }
        context.getTsVariableManagers().set(GROUP, vars);
        Fitted f = spec.method() == AdjustmentSpec.Method.X13 ? x13(y, context, user, policy, previous) : tramoSeats(y, context, user, policy, previous);
        TsData interpolated = f.pre() == null ? null : TsData.fitToDomain(f.pre().interpolatedSeries(false), y.getDomain());
        return new Run(result(startPeriod, y, f, regs, estimated, notes), interpolated);
    }

    private static double[] padded(Regressor r, int from, int to) {
        double[] x = new double[to - from + 1];
        for (int p = from; p <= to; p++) x[p - from] = p >= r.startPeriod() && p <= r.endPeriod() ? r.at(p) : 0;
        return x;
    }

    /** What one JDemetra+ run gives, before it becomes an {@link AdjustmentResult}. */
    private record Fitted(DecompositionMode mode, TsData sa, TsData t, TsData s, TsData cal, TsData i, RegSarimaModel pre,
                          boolean seasonal, AdjustmentResult.Quality quality, boolean dropSeasonal, SavedModel model) {}

    private Fitted x13(TsData y, ModellingContext context, List<String> user, RevisionPolicy policy, SavedModel previous) {
        X13Spec base = X13Spec.fromString(spec.specName());
        if (spec.chineseCalendar()) {
            var reg = base.getRegArima().getRegression().toBuilder()
                    .tradingDays(user.isEmpty() ? jdplus.x13.base.api.regarima.TradingDaysSpec.none()
                            // no pre-test: the calendar regressors stay in, their t-stats are reported instead
                            : jdplus.x13.base.api.regarima.TradingDaysSpec.userDefined(user.toArray(String[]::new),
                                    jdplus.x13.base.api.regarima.RegressionTestSpec.None))
                    .easter(jdplus.x13.base.api.regarima.EasterSpec.none()).build();
            base = base.toBuilder().regArima(base.getRegArima().toBuilder().regression(reg).build()).build();
        }
        X13Spec used = previous == null ? base : previous.apply(base, policy, user.toArray(String[]::new));
        X13Kernel kernel = X13Kernel.of(used, context);
        X13Results r = kernel.process(y, null);
        if (!r.isValid()) throw failure(log -> kernel.process(y, log));
        boolean seasonal = isSeasonal(r.getDiagnostics() == null ? null : r.getDiagnostics().getGenericDiagnostics());
        // JDemetra+'s point spec: the model just estimated (transformation, orders, outliers, coefficients)
        X13Spec point = r.getPreprocessing() == null ? null : X13Factory.getInstance().generateSpec(used, r);
        SavedModel model = point == null ? null : SavedModel.of(point);
        if (!seasonal && point != null) {
            // X-11 estimates seasonal factors even from noise; with no identifiable seasonality we keep them neutral (X11 seasonal=false).
            // The rerun keeps the model just identified, so only its coefficients are re-estimated rather than the
            // whole automatic identification repeated
            point = point.toBuilder().x11(point.getX11().toBuilder().seasonal(false).build()).build();
            X13Kernel flat = X13Kernel.of(point, context);
            r = flat.process(y, null);
            if (!r.isValid()) throw failure(log -> flat.process(y, log));
        }
        AdjustmentResult.Quality q = AdjustmentResult.Quality.NONE;
        if (r.getDiagnostics() != null) {
            var m = r.getDiagnostics().getMstatistics();
            q = quality(r.getDiagnostics().getGenericDiagnostics(), m == null ? Double.NaN : m.getQ(), m == null ? Double.NaN : m.getM(7));
        }
        return new Fitted(r.getDecomposition().getMode(), r.getData("sa", TsData.class), r.getData("t", TsData.class),
                r.getData("s", TsData.class), r.getData("cal", TsData.class), r.getData("i", TsData.class), r.getPreprocessing(), seasonal, q, false, model);
    }

    private Fitted tramoSeats(TsData y, ModellingContext context, List<String> user, RevisionPolicy policy, SavedModel previous) {
        TramoSeatsSpec base = TramoSeatsSpec.fromString(spec.specName());
        if (spec.chineseCalendar()) {
            var tramo = base.getTramo();
            var cal = tramo.getRegression().getCalendar().toBuilder()
                    .tradingDays(user.isEmpty() ? jdplus.tramoseats.base.api.tramo.TradingDaysSpec.none()
                            : jdplus.tramoseats.base.api.tramo.TradingDaysSpec.userDefined(user.toArray(String[]::new),
                                    jdplus.tramoseats.base.api.tramo.RegressionTestType.None))
                    .easter(jdplus.tramoseats.base.api.tramo.EasterSpec.none()).build();
            var reg = tramo.getRegression().toBuilder().calendar(cal).build();
            base = base.toBuilder().tramo(tramo.toBuilder().regression(reg).build()).build();
        }
        TramoSeatsSpec used = previous == null ? base : previous.apply(base, policy, user.toArray(String[]::new));
        TramoSeatsKernel kernel = TramoSeatsKernel.of(used, context);
        TramoSeatsResults r = kernel.process(y, null);
        if (!r.isValid()) throw failure(log -> kernel.process(y, log));
        GenericSaTests tests = r.getDiagnostics() == null ? null : r.getDiagnostics().getGenericDiagnostics();
        boolean seasonal = isSeasonal(tests);
        // SEATS may still give a small seasonal component when TRAMO's model has a seasonal part; with no identifiable
        // seasonality we drop it, as X-13 does with X-11 seasonal=false (SEATS has no such switch)
        return new Fitted(r.getFinals().getMode(), r.getData("sa", TsData.class), r.getData("t", TsData.class),
                r.getData("s", TsData.class), r.getData("cal", TsData.class), r.getData("i", TsData.class), r.getPreprocessing(),
                seasonal, quality(tests, Double.NaN, Double.NaN), !seasonal,
                r.getPreprocessing() == null ? null : SavedModel.of(TramoSeatsFactory.getInstance().generateSpec(used, r)));
    }

    private static AdjustmentResult.Quality quality(GenericSaTests tests, double q, double m7) {
        if (tests == null) return new AdjustmentResult.Quality(Double.NaN, Double.NaN, Double.NaN, q, m7);
        return new AdjustmentResult.Quality(pValue(() -> tests.residualSeasonalityTestsOnSa().qsTest()),
                pValue(() -> tests.residualSeasonalityTestsOnSa().fTest()),
                pValue(() -> tests.residualSeasonalityTestsOnIrregular().qsTest()), q, m7);
    }

    private static double pValue(java.util.function.Supplier<jdplus.toolkit.base.api.stats.StatisticalTest> test) {
        try {
            var t = test.get();
            return t == null || !t.isValid() ? Double.NaN : t.getPvalue();
        } catch (RuntimeException e) {
            return Double.NaN;                                     // too short a series for the test
        }
    }

    /** The failure with JDemetra+'s own error messages, from a rerun with a log (failures are rare, logs cost). */
    private static IllegalStateException failure(java.util.function.Consumer<ProcessingLog> rerun) {
        DefaultProcessingLog log = new DefaultProcessingLog();
        try {
            rerun.accept(log);
        } catch (RuntimeException e) {
            log.error(e);
        }
        String[] errors = log.getErrorMessages();
        return new IllegalStateException("JDemetra+ could not adjust the series" + (errors.length == 0 ? "" : ": " + String.join("; ", errors)));
    }

    /**
     * Combined seasonality test (Lothian &amp; Morry: X-11's stable and moving F-tests + Kruskal–Wallis) on the
     * linearised series. Only "None" (no stable seasonality even at 0.1%) counts as non-seasonal: "ProbablyNone" is
     * inconclusive, which on 4-year cells is common, and removing an uncertain seasonal is the lesser error.
     */
    private static boolean isSeasonal(GenericSaTests tests) {
        if (tests == null) return true;
        try {
            return tests.combinedSeasonalityTests().linearizedTest().getSummary() != IdentifiableSeasonality.None;
        } catch (RuntimeException e) {
            return true;                                           // test unavailable: do not override the method's decision
        }
    }

    private AdjustmentResult result(int start, TsData y, Fitted f, List<Regressor> regs, boolean[] estimated, List<String> notes) {
        boolean mul = f.mode() != null && f.mode().isMultiplicative();
        int n = y.length();
        double neutral = mul ? 1 : 0;
        double[] vSa = values(f.sa(), y, n, Double.NaN), vT = values(f.t(), y, n, Double.NaN), vSc = values(f.s(), y, n, neutral),
                vCal = values(f.cal(), y, n, neutral), vI = values(f.i(), y, n, neutral), vS = new double[n];
        // JDemetra+'s "s" is seasonal × calendar (X-11's D16); split it so each column is one effect
        for (int i = 0; i < n; i++) vS[i] = mul ? vSc[i] / vCal[i] : vSc[i] - vCal[i];
        if (f.dropSeasonal()) {
            double[] yv = y.getValues().toArray();
            for (int i = 0; i < n; i++) {
                vS[i] = neutral;
                vSa[i] = mul ? yv[i] / vCal[i] : yv[i] - vCal[i];
                vI[i] = mul ? vSa[i] / vT[i] : vSa[i] - vT[i];
            }
        }
        String arima = "none";
        boolean log = false;
        List<String> outliers = new ArrayList<>();
        List<AdjustmentResult.RegressorEstimate> estimates = new ArrayList<>();
        RegSarimaModel pre = f.pre();
        if (pre != null) {
            var o = pre.specification();
            arima = "(" + o.getP() + "," + o.getD() + "," + o.getQ() + ")(" + o.getBp() + "," + o.getBd() + "," + o.getBq() + ")";
            log = pre.getDescription().isLogTransformation();
            for (Variable<?> v : pre.getDescription().getVariables())
                if (ModellingUtility.isOutlier(v)) outliers.add(v.getName());
            for (RegressionDesc d : pre.getDetails().getRegressionItems())
                for (Regressor r : regs)
                    if (d.getName().equals(GROUP + "." + r.name()))
                        estimates.add(new AdjustmentResult.RegressorEstimate(r.name(), d.getCoef(), d.getStderr(), d.getTStat(), d.getPvalue()));
        }
        return new AdjustmentResult(start, mul ? AdjustmentResult.Mode.MULTIPLICATIVE : AdjustmentResult.Mode.ADDITIVE,
                y.getValues().toArray(), vSa, vT, vS, vCal, vI, estimated, f.model(),
                new AdjustmentResult.Diagnostics(spec.method().name(), spec.specName(), arima, log, outliers, estimates,
                        f.seasonal(), f.quality(), notes));
    }

    /** The component on the series' own domain; a missing component is neutral. */
    private static double[] values(TsData c, TsData y, int n, double neutral) {
        double[] out = new double[n];
        if (c == null || c.isEmpty()) { java.util.Arrays.fill(out, neutral); return out; }
        TsData fit = TsData.fitToDomain(c, y.getDomain());
        for (int i = 0; i < n; i++) out[i] = fit.getValue(i);
        return out;
    }
}
