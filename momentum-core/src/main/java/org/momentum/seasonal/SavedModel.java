package org.momentum.seasonal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jdplus.toolkit.base.api.arima.SarimaSpec;
import jdplus.toolkit.base.api.data.Parameter;
import jdplus.toolkit.base.api.modelling.TransformationType;
import jdplus.toolkit.base.api.timeseries.TimeSelector;
import jdplus.toolkit.base.api.timeseries.regression.AdditiveOutlier;
import jdplus.toolkit.base.api.timeseries.regression.IOutlier;
import jdplus.toolkit.base.api.timeseries.regression.LevelShift;
import jdplus.toolkit.base.api.timeseries.regression.PeriodicOutlier;
import jdplus.toolkit.base.api.timeseries.regression.TransitoryChange;
import jdplus.toolkit.base.api.timeseries.regression.Variable;
import jdplus.tramoseats.base.api.tramo.TramoSpec;
import jdplus.tramoseats.base.api.tramoseats.TramoSeatsSpec;
import jdplus.x13.base.api.regarima.RegArimaSpec;
import jdplus.x13.base.api.x13.X13Spec;

/**
 * The regARIMA model a release ended with — transformation, ARIMA orders and coefficients, mean, outliers and the
 * calendar regressors' coefficients — read from JDemetra+'s point specification (generateSpec) and kept as one
 * line of text in the store, so that the next release can apply a {@link RevisionPolicy} to it.
 */
public record SavedModel(boolean log, int d, int bd, double[] phi, double[] theta, double[] bphi, double[] btheta,
                         Double mean, List<Outlier> outliers, double[] calendar) {
    public SavedModel {
        phi = phi.clone(); theta = theta.clone(); bphi = bphi.clone(); btheta = btheta.clone(); calendar = calendar.clone();
        outliers = List.copyOf(outliers);
    }

    /** An outlier: JDemetra+ code (AO, LS, TC, SO), its month's first day, its coefficient and its shape parameter. */
    public record Outlier(String code, LocalDate position, double coefficient, double shape) {}

    public String orders() {
        return "(" + phi.length + "," + d + "," + theta.length + ")(" + bphi.length + "," + bd + "," + btheta.length + ")";
    }

    // ---- text form: key=value;… with Java's round-trip doubles

    public String format() {
        List<String> o = new ArrayList<>();
        for (Outlier x : outliers) o.add(x.code + "@" + x.position + "@" + x.coefficient + "@" + x.shape);
        return "log=" + log + ";d=" + d + ";bd=" + bd + ";phi=" + join(phi) + ";theta=" + join(theta) + ";bphi=" + join(bphi)
                + ";btheta=" + join(btheta) + ";mean=" + (mean == null ? "" : mean) + ";outliers=" + String.join(",", o)
                + ";calendar=" + join(calendar);
    }

    public static SavedModel parse(String text) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String kv : text.split(";", -1)) {
            int i = kv.indexOf('=');
            if (i < 0) throw new IllegalArgumentException("saved model: '" + kv + "' is not key=value");
            m.put(kv.substring(0, i), kv.substring(i + 1));
        }
        List<Outlier> outliers = new ArrayList<>();
        for (String s : split(m.get("outliers"))) {
            String[] f = s.split("@");
            outliers.add(new Outlier(f[0], LocalDate.parse(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        }
        String mean = m.get("mean");
        return new SavedModel(Boolean.parseBoolean(m.get("log")), Integer.parseInt(m.get("d")), Integer.parseInt(m.get("bd")),
                doubles(m.get("phi")), doubles(m.get("theta")), doubles(m.get("bphi")), doubles(m.get("btheta")),
                mean == null || mean.isEmpty() ? null : Double.valueOf(mean), outliers, doubles(m.get("calendar")));
    }

    private static String join(double[] x) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < x.length; i++) sb.append(i == 0 ? "" : " ").append(x[i]);
        return sb.toString();
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    private static double[] doubles(String s) {
        return s == null || s.isBlank() ? new double[0] : Arrays.stream(s.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    // ---- from JDemetra+'s point specifications

    static SavedModel of(X13Spec point) {
        RegArimaSpec ra = point.getRegArima();
        var reg = ra.getRegression();
        return of(ra.getTransform().getFunction(), ra.getArima(), reg.getMean().isUsed() ? reg.getMean().getCoefficient() : null,
                reg.getOutliers(), reg.getTradingDays().getTdCoefficients());
    }

    static SavedModel of(TramoSeatsSpec point) {
        TramoSpec t = point.getTramo();
        var reg = t.getRegression();
        return of(t.getTransform().getFunction(), t.getArima(), reg.getMean().isUsed() ? reg.getMean().getCoefficient() : null,
                reg.getOutliers(), reg.getCalendar().getTradingDays().getTdCoefficients());
    }

    private static SavedModel of(TransformationType f, SarimaSpec a, Parameter mean, List<Variable<IOutlier>> outliers, Parameter[] td) {
        List<Outlier> o = new ArrayList<>();
        for (Variable<IOutlier> v : outliers) {
            IOutlier x = v.getCore();
            double shape = x instanceof TransitoryChange tc ? tc.getRate() : x instanceof LevelShift ls ? (ls.isZeroEnded() ? 1 : 0)
                    : x instanceof PeriodicOutlier so ? (so.isZeroEnded() ? 1 : 0) : 0;
            o.add(new Outlier(x.getCode(), x.getPosition().toLocalDate(), value(v.getCoefficient(0)), shape));
        }
        return new SavedModel(f == TransformationType.Log, a.getD(), a.getBd(), values(a.getPhi()), values(a.getTheta()),
                values(a.getBphi()), values(a.getBtheta()), mean == null ? null : value(mean), o, values(td));
    }

    private static double value(Parameter p) { return p == null || !p.isDefined() ? 0 : p.getValue(); }

    private static double[] values(Parameter[] ps) {
        if (ps == null) return new double[0];
        double[] x = new double[ps.length];
        for (int i = 0; i < x.length; i++) x[i] = value(ps[i]);
        return x;
    }

    // ---- to a specification under a policy

    /** Coefficients fixed (FIXED) or left to the estimation (the others). */
    private static Parameter[] params(double[] x, boolean fixed) {
        Parameter[] p = new Parameter[x.length];
        for (int i = 0; i < x.length; i++) p[i] = fixed ? Parameter.fixed(x[i]) : Parameter.undefined();
        return p;
    }

    private SarimaSpec arima(boolean fixed) {
        return SarimaSpec.builder().period(12).d(d).bd(bd).phi(params(phi, fixed)).theta(params(theta, fixed))
                .bphi(params(bphi, fixed)).btheta(params(btheta, fixed)).build();
    }

    private List<Variable<IOutlier>> outlierVariables(boolean fixed) {
        List<Variable<IOutlier>> out = new ArrayList<>();
        for (Outlier o : outliers) {
            var at = o.position().atStartOfDay();
            IOutlier x = switch (o.code()) {
                case "AO" -> new AdditiveOutlier(at);
                case "LS" -> new LevelShift(at, o.shape() != 0);
                case "TC" -> new TransitoryChange(at, o.shape());
                case "SO" -> new PeriodicOutlier(at, 12, o.shape() != 0);
                default -> throw new IllegalArgumentException("saved model: unknown outlier type " + o.code());
            };
            Variable<IOutlier> v = Variable.variable(IOutlier.defaultName(o.code(), jdplus.toolkit.base.api.timeseries.TsPeriod.of(
                    jdplus.toolkit.base.api.timeseries.TsUnit.MONTH, at)), x);
            out.add(fixed ? v.withCoefficient(Parameter.fixed(o.coefficient())) : v);
        }
        return out;
    }

    /** The X-13 spec for this release: {@code base} (the domain spec with China's calendar) constrained by the policy. */
    X13Spec apply(X13Spec base, RevisionPolicy policy, String[] calendarNames) {
        if (policy == RevisionPolicy.COMPLETE) return base;
        boolean fixed = policy == RevisionPolicy.FIXED;
        RegArimaSpec ra = base.getRegArima();
        var reg = ra.getRegression().toBuilder()
                .mean(mean == null ? jdplus.x13.base.api.regarima.MeanSpec.none()
                        : jdplus.x13.base.api.regarima.MeanSpec.mean(fixed ? Parameter.fixed(mean) : Parameter.undefined()))
                .clearOutliers().outliers(outlierVariables(fixed));
        if (calendarNames.length > 0)
            reg.tradingDays(fixed ? jdplus.x13.base.api.regarima.TradingDaysSpec.userDefined(calendarNames, params(calendar, true))
                    : jdplus.x13.base.api.regarima.TradingDaysSpec.userDefined(calendarNames, jdplus.x13.base.api.regarima.RegressionTestSpec.None));
        var outlierSpec = policy == RevisionPolicy.OUTLIERS && ra.getOutliers().isUsed()
                ? ra.getOutliers().toBuilder().span(TimeSelector.last(12)).build() : jdplus.x13.base.api.regarima.OutlierSpec.DEFAULT_DISABLED;
        RegArimaSpec out = ra.toBuilder()
                .transform(ra.getTransform().toBuilder().function(log ? TransformationType.Log : TransformationType.None).build())
                .autoModel(ra.getAutoModel().toBuilder().enabled(false).build())
                .arima(arima(fixed)).outliers(outlierSpec).regression(reg.build()).build();
        return base.toBuilder().regArima(out).build();
    }

    /** The TRAMO-SEATS spec for this release, as {@link #apply(X13Spec, RevisionPolicy, String[])}. */
    TramoSeatsSpec apply(TramoSeatsSpec base, RevisionPolicy policy, String[] calendarNames) {
        if (policy == RevisionPolicy.COMPLETE) return base;
        boolean fixed = policy == RevisionPolicy.FIXED;
        TramoSpec t = base.getTramo();
        var cal = t.getRegression().getCalendar();
        if (calendarNames.length > 0)
            cal = cal.toBuilder().tradingDays(fixed ? jdplus.tramoseats.base.api.tramo.TradingDaysSpec.userDefined(calendarNames, params(calendar, true))
                    : jdplus.tramoseats.base.api.tramo.TradingDaysSpec.userDefined(calendarNames, jdplus.tramoseats.base.api.tramo.RegressionTestType.None)).build();
        var reg = t.getRegression().toBuilder()
                .mean(mean == null ? jdplus.tramoseats.base.api.tramo.MeanSpec.none()
                        : jdplus.tramoseats.base.api.tramo.MeanSpec.mean(fixed ? Parameter.fixed(mean) : Parameter.undefined()))
                .clearOutliers().outliers(outlierVariables(fixed)).calendar(cal).build();
        var outlierSpec = policy == RevisionPolicy.OUTLIERS && t.getOutliers().isUsed()
                ? t.getOutliers().toBuilder().span(TimeSelector.last(12)).build() : jdplus.tramoseats.base.api.tramo.OutlierSpec.DEFAULT_DISABLED;
        TramoSpec out = t.toBuilder()
                .transform(t.getTransform().toBuilder().function(log ? TransformationType.Log : TransformationType.None).build())
                .autoModel(jdplus.tramoseats.base.api.tramo.AutoModelSpec.DEFAULT_DISABLED)
                .arima(arima(fixed)).outliers(outlierSpec).regression(reg).build();
        return base.toBuilder().tramo(out).build();
    }

    @Override public boolean equals(Object o) { return o instanceof SavedModel s && s.format().equals(format()); }

    @Override public int hashCode() { return format().hashCode(); }

    @Override public String toString() { return String.format(Locale.ROOT, "SavedModel[%s]", format()); }
}
