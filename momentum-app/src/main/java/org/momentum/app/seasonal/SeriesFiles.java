package org.momentum.app.seasonal;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.momentum.app.files.AtomicOutput;
import org.momentum.app.files.CsvOut;
import org.momentum.app.files.InputFileException;
import org.momentum.app.files.TableReader;
import org.momentum.classification.Period;
import org.momentum.reports.Decimals;
import org.momentum.seasonal.AdjustmentResult;

/**
 * The series files of formats.md ("Series files (input of momentum adjust)"): input {@code series,period,value}
 * and optionally {@code span}; output adjusted.csv. A series must be monthly without gaps: X-13 and TRAMO-SEATS need
 * a regular span, and a silently filled hole would be invented data. The one hole allowed is the published
 * "January–February": a February row with {@code span = jan-feb} carries the two months' sum (the year to date at
 * February, indicators.md), and that year's January row is absent or empty; the adjustment estimates the split
 * and flags it.
 */
public final class SeriesFiles {
    static final List<String> INPUT = List.of("series", "period", "value");
    static final List<String> OPTIONAL = List.of("span");
    public static final String JAN_FEB = "jan-feb";
    public static final String OUTPUT_HEADER = "series,period,value,sa,trend,seasonal,calendar,irregular,mode,sa_mom_pct,estimated";

    private SeriesFiles() {}

    /**
     * One monthly series: its first period and its values, NaN for the January and February of the years whose
     * sum alone is known ({@code janFebSums}, year → sum).
     */
    public record Series(String id, int start, double[] values, Map<Integer, Double> janFebSums) {
        public Series {
            values = values.clone();
            janFebSums = Map.copyOf(janFebSums);
        }

        public Series(String id, int start, double[] values) { this(id, start, values, Map.of()); }

        @Override public double[] values() { return values.clone(); }
    }

    /** What the rows of one series say, before the span is checked. */
    private static final class Rows {
        final TreeMap<Integer, Double> values = new TreeMap<>();
        final Map<Integer, Long> emptyLines = new HashMap<>();
        final Map<Integer, Double> janFeb = new TreeMap<>();
    }

    /** The series in order of first appearance; each line's period once, the periods of a series consecutive. */
    public static List<Series> read(Path file) {
        Map<String, Rows> byId = new LinkedHashMap<>();
        String[] why = new String[1];
        TableReader.forEachRow(file, INPUT, OPTIONAL, (f, line) -> {
            int period = Period.parseOrNone(f[1]);
            if (period == Period.NONE) throw error(file, line, "period: '" + f[1] + "' is not a month YYYY-MM");
            String span = f[3].toLowerCase(Locale.ROOT);
            if (!span.isEmpty() && !span.equals("month") && !span.equals(JAN_FEB))
                throw error(file, line, "span: '" + f[3] + "' is not month or " + JAN_FEB);
            Rows rows = byId.computeIfAbsent(f[0], k -> new Rows());
            double x;
            if (f[2].isEmpty() && !span.equals(JAN_FEB)) {
                x = Double.NaN;                                 // allowed only for a January whose sum with February is given
                rows.emptyLines.put(period, line);
            } else {
                x = Decimals.parse(f[2], why);
                if (Double.isNaN(x)) throw error(file, line, "value: " + why[0]);
            }
            if (span.equals(JAN_FEB)) {
                if (Period.month(period) != 2)
                    throw error(file, line, "span: " + JAN_FEB + " goes on the February row (YYYY-02) holding January + February, not on " + f[1]);
                rows.janFeb.put(Period.year(period), x);
                x = Double.NaN;
            }
            if (rows.values.put(period, x) != null) throw error(file, line, "series " + f[0] + " has " + f[1] + " twice");
        });
        if (byId.isEmpty()) throw new InputFileException(file + ": no series");
        List<Series> out = new ArrayList<>();
        for (var e : byId.entrySet()) {
            Rows rows = e.getValue();
            for (int year : rows.janFeb.keySet()) rows.values.putIfAbsent(Period.of(year, 1), Double.NaN);
            for (var empty : rows.emptyLines.entrySet()) {
                int p = empty.getKey();
                if (Period.month(p) != 1 || !rows.janFeb.containsKey(Period.year(p)))
                    throw error(file, empty.getValue(), "value: empty, but only the January of a year whose January + February is given"
                            + " on its February row (span " + JAN_FEB + ") may be");
            }
            TreeMap<Integer, Double> m = rows.values;
            int start = m.firstKey(), n = m.lastKey() - start + 1;
            if (n != m.size())
                throw new InputFileException(file + ": series " + e.getKey() + " has gaps between " + Period.format(start)
                        + " and " + Period.format(m.lastKey()) + " (" + m.size() + " of " + n + " months)");
            double[] v = new double[n];
            m.forEach((p, x) -> v[p - start] = x);
            out.add(new Series(e.getKey(), start, v, rows.janFeb));
        }
        return List.copyOf(out);
    }

    public static void write(Writer out, List<String> ids, List<AdjustmentResult> results) throws IOException {
        out.write(OUTPUT_HEADER);
        out.write('\n');
        StringBuilder sb = new StringBuilder(200);
        for (int s = 0; s < ids.size(); s++) {
            AdjustmentResult r = results.get(s);
            double[] y = r.original(), sa = r.sa(), t = r.trend(), sf = r.seasonal(), c = r.calendar(), i = r.irregular(), mom = r.saMomPct();
            boolean[] est = r.estimated();
            String id = CsvOut.quote(ids.get(s)), mode = r.mode().name().toLowerCase(Locale.ROOT);
            for (int k = 0; k < y.length; k++) {
                sb.setLength(0);
                sb.append(id).append(',').append(Period.format(r.startPeriod() + k)).append(',').append(CsvOut.number(y[k]))
                        .append(',').append(CsvOut.number(sa[k])).append(',').append(CsvOut.number(t[k]))
                        .append(',').append(CsvOut.number(sf[k])).append(',').append(CsvOut.number(c[k]))
                        .append(',').append(CsvOut.number(i[k])).append(',').append(mode)
                        .append(',').append(CsvOut.number(mom[k])).append(',').append(est[k]).append('\n');
                out.write(sb.toString());
            }
        }
    }

    /** Written atomically (see AtomicOutput): a failure leaves no partial output. */
    public static void write(Path file, List<String> ids, List<AdjustmentResult> results) {
        AtomicOutput.write(file, w -> write(w, ids, results));
    }

    private static InputFileException error(Path file, long line, String message) {
        return new InputFileException(file + ":" + line + ": " + message);
    }
}
