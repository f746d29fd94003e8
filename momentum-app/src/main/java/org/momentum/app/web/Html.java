package org.momentum.app.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Escaping and number formatting for pages: every text that reaches HTML goes through {@link #esc}. */
public final class Html {
    private Html() {}

    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Growth to one decimal with its sign, e.g. "+6.6%"; an em dash when not defined. */
    public static String growth(double pct) {
        if (Double.isNaN(pct)) return "—";
        return oneDecimal(pct) + "%";
    }

    /** Percentage points to one decimal. */
    public static String points(double pp) {
        if (Double.isNaN(pp)) return "—";
        return oneDecimal(pp) + " pp";
    }

    /** One decimal with a sign, and a plain "0.0" for what rounds to zero (never "-0.0"). */
    static String oneDecimal(double x) {
        // half away from zero on the number as written (-3.35 -> -3.4), as published tables round
        java.math.BigDecimal r = java.math.BigDecimal.valueOf(x).setScale(1, java.math.RoundingMode.HALF_UP);
        if (r.signum() == 0) return "0.0";
        return (r.signum() > 0 ? "+" : "") + r.toPlainString();
    }

    /** A level with thousands separators and no decimals (levels in their unit). */
    public static String level(double v) {
        if (Double.isNaN(v)) return "—";
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }
}
