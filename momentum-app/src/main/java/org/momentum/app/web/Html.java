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
        return String.format(Locale.ROOT, "%+.1f%%", pct);
    }

    /** Percentage points to one decimal. */
    public static String points(double pp) {
        if (Double.isNaN(pp)) return "—";
        return String.format(Locale.ROOT, "%+.1f pp", pp);
    }

    /** A level with thousands separators and no decimals (levels in their unit). */
    public static String level(double v) {
        if (Double.isNaN(v)) return "—";
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }
}
