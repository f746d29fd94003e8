package org.momentum.seasonal;

import java.util.List;
import java.util.Locale;

/**
 * What to run: the method, a JDemetra+ predefined spec name, whether China's calendar regressors
 * replace the spec's built-in (Western) trading days and Easter, and the Spring Festival windows.
 *
 * @param specName X13: RSA0..RSA5 or RSAX11 (X-11 only, no regARIMA); TRAMOSEATS: RSA0..RSA5 or RSAfull
 * @param chineseCalendar true: built-in trading days and Easter off, working days and Spring Festival
 *                        in as user regressors (needs regARIMA/TRAMO); false: the spec exactly as JDemetra+ defines it
 */
public record AdjustmentSpec(Method method, String specName, boolean chineseCalendar,
                             List<SpringFestivalRegressor.Window> springFestivalWindows) {
    public enum Method {
        X13, TRAMOSEATS;

        /** The command-line name: x13, tramoseats (or tramo-seats), any case. */
        public static Method parse(String name) {
            return switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
                case "x13", "x-13" -> X13;
                case "tramoseats", "tramo-seats" -> TRAMOSEATS;
                default -> throw new IllegalArgumentException("method must be x13 or tramoseats, not '" + name + "'");
            };
        }
    }

    public AdjustmentSpec {
        if (method == null) throw new IllegalArgumentException("method missing");
        specName = normalise(method, specName);
        springFestivalWindows = List.copyOf(springFestivalWindows);
        if (chineseCalendar && specName.equals("RSAX11"))
            throw new IllegalArgumentException("RSAX11 has no regARIMA step to estimate calendar regressors");
    }

    /** X-13 RSA4 (log test, automatic ARIMA, outliers) with China's calendar: the default for monthly industrial output. */
    public static AdjustmentSpec chinaDefault() { return of(Method.X13, "RSA4"); }

    public static AdjustmentSpec of(Method method, String specName) {
        return new AdjustmentSpec(method, specName, true, SpringFestivalRegressor.defaultWindows());
    }

    /** The spec as JDemetra+ defines it, no Chinese calendar (e.g. for reproducing published runs). */
    public static AdjustmentSpec plain(Method method, String specName) {
        return new AdjustmentSpec(method, specName, false, List.of());
    }

    public AdjustmentSpec withWindows(List<SpringFestivalRegressor.Window> windows) {
        return new AdjustmentSpec(method, specName, chineseCalendar, windows);
    }

    private static String normalise(Method method, String name) {
        String n = name == null ? "RSA4" : name.trim().toUpperCase(Locale.ROOT);
        if (n.equals("X11") || n.equals("RSAX11")) n = method == Method.X13 ? "RSAX11" : "?";
        if (n.equals("RSAFULL")) n = method == Method.TRAMOSEATS ? "RSAfull" : "?";
        if (!n.matches("RSA[0-5]|RSAX11|RSAfull"))
            throw new IllegalArgumentException("spec '" + name + "' is not one of RSA0..RSA5"
                    + (method == Method.X13 ? ", RSAX11" : ", RSAfull") + " for " + method);
        return n;
    }
}
