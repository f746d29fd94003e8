package org.momentum.quality;

import java.util.Locale;

/** Numbers as a reviewer reads them: signed percentages, grouped thousands, a true minus sign. */
public final class Wording {
    private Wording() {}

    /** A ratio as a signed percentage change: 1.85 → "+85%", 0.97 → "−3%", 1.004 → "+0.4%". */
    public static String change(double ratio) {
        if (!Double.isFinite(ratio)) return "n/a";
        return percent((ratio - 1) * 100);
    }

    /** A percentage with its sign: one decimal below 10 (dropped when it is .0), none above. */
    public static String percent(double pct) {
        if (!Double.isFinite(pct)) return "n/a";
        double a = Math.abs(pct);
        String body = a < 9.95 ? String.format(Locale.ROOT, "%.1f", a) : String.format(Locale.ROOT, "%,.0f", a);
        if (body.endsWith(".0")) body = body.substring(0, body.length() - 2);
        if (body.equals("0")) return "0%";
        return (pct < 0 ? "\u2212" : "+") + body + "%";
    }

    /** A level: grouped thousands, one decimal below 1,000, none above. */
    public static String amount(double v) {
        if (!Double.isFinite(v)) return "n/a";
        String s = Math.abs(v) < 1000 ? String.format(Locale.ROOT, "%,.1f", v) : String.format(Locale.ROOT, "%,.0f", v);
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /** A statistic such as a robust z: one decimal, true minus sign. */
    public static String stat(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
