package org.momentum.seasonal;

import java.util.ArrayList;
import java.util.List;
import jdplus.sa.base.api.DecompositionMode;
import jdplus.sa.base.api.diagnostics.CombinedSeasonalityTest.IdentifiableSeasonality;
import jdplus.sa.base.core.diagnostics.GenericSaTests;
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
import jdplus.tramoseats.base.core.tramoseats.TramoSeatsKernel;
import jdplus.tramoseats.base.core.tramoseats.TramoSeatsResults;
import jdplus.x13.base.api.x13.X13Spec;
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
        if (values.length < 36) throw new IllegalArgumentException("need at least 3 years of monthly data, got " + values.length);
        int end = startPeriod + values.length - 1;
        TsData y = TsData.ofInternal(TsPeriod.monthly(Period.year(startPeriod), Period.month(startPeriod)), values.clone());
        ModellingContext context = new ModellingContext();
        TsDataSuppliers vars = new TsDataSuppliers();
        List<String> user = new ArrayList<>();
        for (Regressor r : regressors) {
            if (!r.covers(startPeriod, end))
                throw new IllegalArgumentException(r + " does not cover the series " + Period.format(startPeriod) + ".." + Period.format(end));
            vars.set(r.name(), new StaticTsDataSupplier(TsData.ofInternal(
                    TsPeriod.monthly(Period.year(startPeriod - PAD), Period.month(startPeriod - PAD)), padded(r, startPeriod - PAD, end + PAD))));
            user.add(GROUP + "." + r.name());
        }
        context.getTsVariableManagers().set(GROUP, vars);
        return spec.method() == AdjustmentSpec.Method.X13 ? x13(y, startPeriod, context, user) : tramoSeats(y, startPeriod, context, user);
    }

    private static double[] padded(Regressor r, int from, int to) {
        double[] x = new double[to - from + 1];
        for (int p = from; p <= to; p++) x[p - from] = p >= r.startPeriod() && p <= r.endPeriod() ? r.at(p) : 0;
        return x;
    }

    private AdjustmentResult x13(TsData y, int start, ModellingContext context, List<String> user) {
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
        X13Results r = X13Kernel.of(base, context).process(y, null);
        check(r.isValid(), r.getLog());
        boolean seasonal = isSeasonal(r.getDiagnostics() == null ? null : r.getDiagnostics().getGenericDiagnostics());
        if (!seasonal) {
            // X-11 estimates seasonal factors even from noise; with no identifiable seasonality we keep them neutral (X11 seasonal=false)
            base = base.toBuilder().x11(base.getX11().toBuilder().seasonal(false).build()).build();
            r = X13Kernel.of(base, context).process(y, null);
            check(r.isValid(), r.getLog());
        }
        DecompositionMode mode = r.getDecomposition().getMode();
        return result(start, y, mode, r.getData("sa", TsData.class), r.getData("t", TsData.class), r.getData("s", TsData.class),
                r.getData("cal", TsData.class), r.getData("i", TsData.class), r.getPreprocessing(), seasonal);
    }

    private AdjustmentResult tramoSeats(TsData y, int start, ModellingContext context, List<String> user) {
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
        TramoSeatsResults r = TramoSeatsKernel.of(base, context).process(y, null);
        check(r.isValid(), r.getLog());
        boolean seasonal = isSeasonal(r.getDiagnostics() == null ? null : r.getDiagnostics().getGenericDiagnostics());
        DecompositionMode mode = r.getFinals().getMode();
        return result(start, y, mode, r.getData("sa", TsData.class), r.getData("t", TsData.class), r.getData("s", TsData.class),
                r.getData("cal", TsData.class), r.getData("i", TsData.class), r.getPreprocessing(), seasonal);
    }

    private static void check(boolean valid, Object log) {
        if (!valid) throw new IllegalStateException("JDemetra+ could not adjust the series: " + log);
    }

    /** Combined seasonality test (X-11's D8 F-tests + Kruskal–Wallis) on the linearised series: "Present" counts as seasonal. */
    private static boolean isSeasonal(GenericSaTests tests) {
        if (tests == null) return true;
        try {
            return tests.combinedSeasonalityTests().linearizedTest().getSummary() == IdentifiableSeasonality.Present;
        } catch (RuntimeException e) {
            return true;                                           // test unavailable: do not override the method's decision
        }
    }

    private AdjustmentResult result(int start, TsData y, DecompositionMode jdMode, TsData sa, TsData t, TsData sc,
                                    TsData cal, TsData irr, RegSarimaModel pre, boolean seasonal) {
        boolean mul = jdMode != null && jdMode.isMultiplicative();
        int n = y.length();
        double neutral = mul ? 1 : 0;
        double[] vSa = values(sa, y, n, Double.NaN), vT = values(t, y, n, Double.NaN), vSc = values(sc, y, n, neutral),
                vCal = values(cal, y, n, neutral), vI = values(irr, y, n, neutral), vS = new double[n];
        // JDemetra+'s "s" is seasonal × calendar (X-11's D16); split it so each column is one effect
        for (int i = 0; i < n; i++) vS[i] = mul ? vSc[i] / vCal[i] : vSc[i] - vCal[i];
        String arima = "none";
        boolean log = false;
        List<String> outliers = new ArrayList<>();
        List<AdjustmentResult.RegressorEstimate> estimates = new ArrayList<>();
        if (pre != null) {
            var o = pre.specification();
            arima = "(" + o.getP() + "," + o.getD() + "," + o.getQ() + ")(" + o.getBp() + "," + o.getBd() + "," + o.getBq() + ")";
            log = pre.getDescription().isLogTransformation();
            for (Variable<?> v : pre.getDescription().getVariables())
                if (ModellingUtility.isOutlier(v)) outliers.add(v.getName());
            for (RegressionDesc d : pre.getDetails().getRegressionItems())
                for (Regressor r : regressors)
                    if (d.getName().equals(GROUP + "." + r.name()))
                        estimates.add(new AdjustmentResult.RegressorEstimate(r.name(), d.getCoef(), d.getStderr(), d.getTStat(), d.getPvalue()));
        }
        return new AdjustmentResult(start, mul ? AdjustmentResult.Mode.MULTIPLICATIVE : AdjustmentResult.Mode.ADDITIVE,
                y.getValues().toArray(), vSa, vT, vS, vCal, vI,
                new AdjustmentResult.Diagnostics(spec.method().name(), spec.specName(), arima, log, outliers, estimates, seasonal));
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
