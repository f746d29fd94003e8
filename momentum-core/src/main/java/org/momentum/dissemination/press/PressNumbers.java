package org.momentum.dissemination.press;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers written for people: growth to one decimal (indicators.md, "Growth is shown to one decimal"), rounded
 * half away from zero on the number as written, as published tables round; levels with thousands separators in
 * English ("131,079 sets", "831.7 million tonnes") and in 万/亿 in Chinese as NBS's releases write them
 * ("13.1万套", "79.4万辆", "83173万吨").
 */
public final class PressNumbers {
    private PressNumbers() {}

    /** The magnitude to one decimal, e.g. 6.6 for 6.55 and for −6.55; "0.0" never "-0.0". */
    public static String oneDecimal(double x) {
        return BigDecimal.valueOf(Math.abs(x)).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Rounds as printed: the sign of what is written (−0.04 is written 0.0, neither up nor down). */
    public static int signAsWritten(double x) {
        return BigDecimal.valueOf(x).setScale(1, RoundingMode.HALF_UP).signum();
    }

    /** With its sign, for tables: "+6.6", "−0.3" (a true minus sign), "0.0". */
    public static String signed(double x) {
        int s = signAsWritten(x);
        return (s > 0 ? "+" : s < 0 ? "\u2212" : "") + oneDecimal(x);
    }

    /** A level in English: thousands separators; from ten million on, in millions (one decimal) or billions (two). */
    public static String levelEn(double v, String unit) {
        String u = unit == null || unit.isBlank() ? "" : " " + unit;
        double a = Math.abs(v);
        if (scaled(unit)) return grouped(v) + u;
        if (a >= 1e9) return BigDecimal.valueOf(v / 1e9).setScale(2, RoundingMode.HALF_UP).toPlainString() + " billion" + u;
        if (a >= 1e7) return grouped1(v / 1e6) + " million" + u;
        return grouped(v) + u;
    }

    /** A level in Chinese: below 10,000 as is; then in 万 with one decimal; from 1,000万 on, whole 万 (NBS: 83173万吨). */
    public static String levelZh(double v, String unit) {
        String u = unit == null ? "" : unit;
        double a = Math.abs(v);
        if (scaled(u)) return plain(v, 0) + u;
        if (a < 1e4) return plain(v, 0) + u;
        if (a < 1e7) return plain(v / 1e4, 1) + "万" + u;
        return plain(v / 1e4, 0) + "万" + u;
    }

    /** Units already in ten thousands (万台, "10k units") are not scaled again. */
    private static boolean scaled(String unit) {
        return unit != null && (unit.startsWith("万") || unit.startsWith("10k"));
    }

    /** Thousands separators, no decimals: "131,079". */
    public static String grouped(double v) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(round(v, 0));
    }

    private static String grouped1(double v) {
        return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(round(v, 1));
    }

    private static String plain(double v, int decimals) {
        return round(v, decimals).toPlainString();
    }

    private static BigDecimal round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
    }
}
