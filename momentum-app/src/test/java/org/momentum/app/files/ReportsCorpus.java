package org.momentum.app.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.reports.IndicatorDefinition;

/**
 * Seeded random reports files for differential tests of the readers: quoted fields, CRLF and lone CR, blank lines,
 * BOM, non-ASCII text in an extra column, space padding; and, in files not meant to be clean, invalid UTF-8, control
 * characters, repeated keys, bad decimals, ids, periods and indicators, wrong field counts and quoting errors.
 */
public final class ReportsCorpus {
    static final IndicatorCatalog CATALOG = IndicatorCatalog.standard();
    static final List<String> VALID = List.of("100", "0", "12.5", ".5", "5.", "+3", "-0", "1e5", "1E+05", "0.000001", "00012",
            "123456789012345678901234567890.25");
    static final List<String> INVALID = List.of("-1", "1,000", "NaN", "Infinity", "1e309", "0x10", "", "abc", "1e", ".", "1.2.3",
            "1".repeat(65), "１");

    public record File(byte[] bytes, ReadOptions options, boolean paddedText, boolean leftToCsvParser) {}

    private final Random rnd;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean paddedText, leftToCsvParser, junkNote;
    private String eol;

    private final List<String> ids;
    private final String rareId;

    /**
     * @param ids    registered ids the rows use
     * @param rareId a registered id that a few rows use (one with a quote, which CsvParser must unescape), or null
     */
    public ReportsCorpus(Random rnd, List<String> ids, String rareId) {
        this.rnd = rnd;
        this.ids = ids;
        this.rareId = rareId;
    }

    private boolean chance(double p) { return rnd.nextDouble() < p; }

    private <T> T pick(List<T> l) { return l.get(rnd.nextInt(l.size())); }

    /** One file; with {@code clean} it is meant to have no defect (it may still hold what only CsvParser reads). */
    public File file(boolean clean) {
        List<String> cols = new ArrayList<>(List.of("enterprise_id", "period", "indicator", "value"));
        if (chance(0.7)) cols.add("prev_year_value");
        boolean note = chance(0.3);
        if (note) cols.add("note");
        Collections.shuffle(cols, rnd);
        ReadOptions opt = new ReadOptions(chance(0.35) ? "UTF-8" : null, note ? clean || !chance(0.1) : chance(0.2), false);
        eol = pick(List.of("\n", "\r\n", "\r\n", "\r"));
        if (chance(0.3)) out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) out.write(',');
            text(chance(0.05) ? " " + cols.get(i) : cols.get(i));
        }
        out.writeBytes(eol.getBytes(StandardCharsets.US_ASCII));
        // distinct keys, so that a clean file repeats none by chance
        List<String[]> keys = new ArrayList<>();
        for (String id : ids)
            for (String per : List.of("2017-01", "2017-02", "2026-11"))
                for (IndicatorDefinition d : CATALOG.all()) keys.add(new String[] {id, per, d.code()});
        Collections.shuffle(keys, rnd);
        int n = rnd.nextInt(40);
        int defects = clean ? 0 : 1 + rnd.nextInt(3);
        List<Integer> defectRows = new ArrayList<>();
        for (int d = 0; d < defects; d++) defectRows.add(n == 0 ? 0 : rnd.nextInt(n + 1));
        List<String[]> written = new ArrayList<>();
        for (int r = 0; r <= n; r++) {
            int bad = Collections.frequency(defectRows, r);
            if (r == n) {
                if (bad > 0) defect(cols, keys.get(r), written);
                break;
            }
            String[] key = rareId != null && chance(0.005) ? new String[] {rareId, "2017-01", "output_value"} : keys.get(r);
            if (bad > 0) defect(cols, key, written);
            else row(cols, key, pick(VALID), chance(0.5) ? "" : pick(VALID), written);
            if (chance(0.05)) out.writeBytes(eol.getBytes(StandardCharsets.US_ASCII)); // a blank line
        }
        if (chance(0.2)) { // no line break after the last record
            byte[] b = out.toByteArray();
            int cut = b.length;
            while (cut > 0 && (b[cut - 1] == '\n' || b[cut - 1] == '\r')) cut--;
            out.reset();
            out.write(b, 0, cut);
        }
        return new File(out.toByteArray(), opt, paddedText, leftToCsvParser);
    }

    private void row(List<String> cols, String[] key, String value, String prev, List<String[]> written) {
        String[] f = new String[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            f[i] = switch (cols.get(i)) {
                case "enterprise_id" -> key[0];
                case "period" -> key[1];
                case "indicator" -> key[2];
                case "value" -> value;
                case "prev_year_value" -> prev;
                default -> junkNote ? "@@" : chance(0.01) ? pick(List.of("x\"y", "two\nlines")) : pick(List.of("", "北京机器人有限公司", "a, b", "plain", "ok 好"));
            };
        }
        written.add(f);
        write(cols, f);
    }

    private void write(List<String> cols, String[] f) {
        for (int i = 0; i < f.length; i++) {
            if (i > 0) out.write(',');
            String s = f[i];
            boolean text = List.of("enterprise_id", "period", "indicator").contains(cols.get(i));
            if (chance(0.04) && !s.isEmpty()) {
                s = pick(List.of(" ", "  ")) + s + pick(List.of("", " "));
                if (text) paddedText = true;
            }
            field(s);
        }
        out.writeBytes((chance(0.05) ? pick(List.of("\n", "\r\n", "\r")) : eol).getBytes(StandardCharsets.US_ASCII));
    }

    /** A field, quoted when it must be (or by chance); a doubled quote or a line break is left to CsvParser. */
    private void field(String s) {
        boolean must = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        if (must || chance(0.1)) {
            if (s.contains("\"") || s.contains("\n") || s.contains("\r")) leftToCsvParser = true;
            text("\"" + s.replace("\"", "\"\"") + "\"");
        } else text(s);
    }

    private void text(String s) { out.writeBytes(s.getBytes(StandardCharsets.UTF_8)); }

    /** One row with a defect (some of which the string reader only counts, like an identical repeat). */
    private void defect(List<String> cols, String[] key, List<String[]> written) {
        int kind = rnd.nextInt(16);
        String[] k = key.clone();
        String value = pick(VALID), prev = "";
        switch (kind) {
            case 0 -> k[0] = pick(List.of("E9", "", "e1", "É1"));
            case 1 -> k[1] = pick(List.of("2017-13", "2026-12", "1899-12", "2017/01", "17-01"));
            case 2 -> k[2] = pick(List.of("product.unicorn", "Output_value", "输出"));
            case 3 -> value = pick(INVALID);
            case 4 -> prev = pick(List.of("-2", "1,000", "NaN", "1e309", "abc")); // a defect only where the file has the column
            case 5 -> k[0] = "\t" + k[0];                       // control-character padding: read, but not by DuckDB
            case 6 -> value = value + "\u0000";
            case 7, 8 -> {                                       // the same key again, identical or not
                if (!written.isEmpty()) {
                    String[] again = written.get(rnd.nextInt(written.size())).clone();
                    if (kind == 8) again[cols.indexOf("value")] = "777";
                    write(cols, again);
                    return;
                }
            }
            case 9 -> { // a field too many or too few
                row(cols, k, value, prev, new ArrayList<>());
                byte[] b = out.toByteArray();
                int end = b.length;
                while (b[end - 1] == '\n' || b[end - 1] == '\r') end--;
                out.reset();
                out.write(b, 0, end);
                text(chance(0.5) ? ",extra" : "");
                if (!chance(0.5)) { // drop the last field instead
                    b = out.toByteArray();
                    int comma = b.length - 1;
                    while (comma > 0 && b[comma] != ',' && b[comma] != '\n' && b[comma] != '\r') comma--;
                    if (b[comma] == ',') {
                        out.reset();
                        out.write(b, 0, comma);
                    }
                }
                text(eol);
                return;
            }
            case 10 -> value = "1\"2";                          // a quote inside an unquoted field
            case 11 -> {                                         // a quote never closed
                text("\"" + k[0] + ",2017-01");
                return;
            }
            case 12, 13 -> {                                     // bytes that are not UTF-8, in the note when there is one
                int start = out.size();
                junkNote = true;
                row(cols, k, value, prev, written);
                junkNote = false;
                byte[] b = out.toByteArray();
                int at = b.length - 1;
                while (at > start && (b[at] == '\n' || b[at] == '\r')) at--;
                for (int i = start; i + 1 < b.length; i++) if (b[i] == '@' && b[i + 1] == '@') at = i;
                byte[][] junk = {{(byte) 0xC3, 0x28}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
                out.reset();
                out.write(b, 0, at);
                out.writeBytes(junk[rnd.nextInt(junk.length)]);
                out.write(b, at, b.length - at);
                return;
            }
            case 14 -> value = " " + value + "\r\u000B";
            default -> value = pick(List.of("-0.5", "+-1", "1e+", "--1"));
        }
        row(cols, k, value, prev, written);
    }
}
