package org.momentum.reports;

/** Strict parsing of the decimal numbers of the input files: finite, plain notation, no thousands separators. */
public final class Decimals {
    private Decimals() {}

    /**
     * Parses a decimal {@code [+]digits[.digits][e[+-]digits]}; returns NaN with {@code why[0]} set when the text
     * is not one. NaN, Infinity, hexadecimal and values that overflow a double are refused.
     */
    public static double parse(String s, String[] why) {
        int n = s.length();
        if (n == 0) { why[0] = "empty, a number is required"; return Double.NaN; }
        if (n > 64) { why[0] = "is " + n + " characters long, not a number"; return Double.NaN; }
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') i++;
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
        }
        if (digits > 0 && i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int ed = 0;
            while (i < n && isDigit(s.charAt(i))) { i++; ed++; }
            if (ed == 0) digits = 0;
        }
        if (digits == 0 || i != n) {
            if (s.indexOf(',') >= 0) why[0] = "'" + s + "' is not a number (no thousands separators allowed)";
            else why[0] = "'" + s + "' is not a number";
            return Double.NaN;
        }
        double v = fastPath(s);
        if (Double.isNaN(v)) v = Double.parseDouble(s);
        if (Double.isInfinite(v)) { why[0] = "'" + s + "' is too large"; return Double.NaN; }
        return v;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
            1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * Clinger's fast path: digits [. digits] with at most 15 significant digits and at most 22 decimals is an
     * integer below 2^53 divided by an exact power of ten, so one IEEE division rounds it correctly, exactly as
     * Double.parseDouble would. NaN when the text is not of that simple form.
     */
    static double fastPath(String s) {
        int n = s.length(), i = 0;
        boolean neg = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') { neg = s.charAt(0) == '-'; i++; }
        long m = 0;
        int digits = 0, decimals = 0;
        boolean dot = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' && !dot) { dot = true; continue; }
            if (c < '0' || c > '9') return Double.NaN;
            if (m != 0 || c != '0') digits++;
            if (digits > 15) return Double.NaN;
            m = m * 10 + (c - '0');
            if (dot) decimals++;
        }
        if (decimals > 22) return Double.NaN;
        double v = decimals == 0 ? (double) m : m / POW10[decimals];
        return neg ? -v : v;
    }
}
