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
        double v = Double.parseDouble(s);
        if (Double.isInfinite(v)) { why[0] = "'" + s + "' is too large"; return Double.NaN; }
        return v;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
}
