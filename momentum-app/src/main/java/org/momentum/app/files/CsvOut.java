package org.momentum.app.files;

/** RFC 4180 quoting for output files, with text that a spreadsheet would run as a formula made inert. */
public final class CsvOut {
    private CsvOut() {}

    public static String quote(String s) {
        if (s == null) return "";
        return rfc4180(neutralise(s));
    }

    /** RFC 4180 quoting alone, the text kept as it is: for files read back by a program (a backup), not a spreadsheet. */
    public static String rfc4180(String s) {
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') { q = true; break; }
        }
        if (!q) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * Text for a spreadsheet: quoted as {@link #quote}, and a leading =, +, -, @, tab or carriage return is
     * prefixed with an apostrophe so a spreadsheet does not run it as a formula (OWASP "CSV Injection").
     */
    public static String text(String s) {
        return quote(s); // quote neutralises formulas itself
    }

    /**
     * A text cell starting with = + - @ tab or CR gets a leading apostrophe, so spreadsheets show it as text
     * (OWASP "CSV Injection"). A plain number such as -3.5 is left alone: it cannot carry a formula.
     */
    public static String neutralise(String s) {
        if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0) return s;
        if (s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) return s;
        return "'" + s;
    }

    /** A number written unrounded (shortest form that reads back to the same double), empty for NaN. */
    public static String number(double d) {
        if (Double.isNaN(d)) return "";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        String s = Double.toString(d);
        if (s.indexOf('E') >= 0) s = new java.math.BigDecimal(s).toPlainString();
        return s;
    }
}
