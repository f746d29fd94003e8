package org.momentum.app.seasonal;

import java.io.IOException;
import java.io.Reader;

import java.io.Writer;

import java.nio.file.Files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.momentum.app.files.CsvOut;
import org.momentum.app.files.InputFileException;
import org.momentum.app.files.TableReader;
import org.momentum.reports.Decimals;
import org.momentum.classification.Period;


import org.momentum.seasonal.AdjustmentResult;

/**
 * The series files of formats.md ("Series files (input of momentum adjust)"): input {@code series,period,value},
 * output adjusted.csv {@code series,period,value,sa,trend,seasonal,calendar,irregular,mode}. A series must be
 * monthly without gaps: X-13 and TRAMO-SEATS need a regular span, and a silently filled hole would be invented data.
 */
public final class SeriesFiles {
    static final List<String> INPUT = List.of("series", "period", "value");
    public static final String OUTPUT_HEADER = "series,period,value,sa,trend,seasonal,calendar,irregular,mode";

    private SeriesFiles() {}

    /** One monthly series: its first period and its values. */
    public record Series(String id, int start, double[] values) {
        public Series { values = values.clone(); }
        @Override public double[] values() { return values.clone(); }
    }

    /** The series in order of first appearance; each line's period once, the periods of a series consecutive. */
    public static List<Series> read(Path file) {
        Map<String, TreeMap<Integer, Double>> byId = new LinkedHashMap<>();
        String[] why = new String[1];
        TableReader.forEachRow(file, INPUT, (f, line) -> {
            int period = Period.parseOrNone(f[1]);
            if (period == Period.NONE) throw error(file, line, "period: '" + f[1] + "' is not a month YYYY-MM");
            double x = Decimals.parse(f[2], why);
            if (Double.isNaN(x)) throw error(file, line, "value: " + why[0]);
            if (byId.computeIfAbsent(f[0], k -> new TreeMap<>()).put(period, x) != null)
                throw error(file, line, "series " + f[0] + " has " + f[1] + " twice");
        });
        if (byId.isEmpty()) throw new InputFileException(file + ": no series");
        List<Series> out = new ArrayList<>();
        for (var e : byId.entrySet()) {
            TreeMap<Integer, Double> m = e.getValue();
            int start = m.firstKey(), n = m.lastKey() - start + 1;
            if (n != m.size())
                throw new InputFileException(file + ": series " + e.getKey() + " has gaps between " + Period.format(start)
                        + " and " + Period.format(m.lastKey()) + " (" + m.size() + " of " + n + " months)");
            double[] v = new double[n];
            m.forEach((p, x) -> v[p - start] = x);
            out.add(new Series(e.getKey(), start, v));
        }
        return List.copyOf(out);
    }

    public static void write(Writer out, List<String> ids, List<AdjustmentResult> results) throws IOException {
        out.write(OUTPUT_HEADER);
        out.write('\n');
        StringBuilder sb = new StringBuilder(160);
        for (int s = 0; s < ids.size(); s++) {
            AdjustmentResult r = results.get(s);
            double[] y = r.original(), sa = r.sa(), t = r.trend(), sf = r.seasonal(), c = r.calendar(), i = r.irregular();
            String id = CsvOut.quote(ids.get(s)), mode = r.mode().name().toLowerCase(java.util.Locale.ROOT);
            for (int k = 0; k < y.length; k++) {
                sb.setLength(0);
                sb.append(id).append(',').append(Period.format(r.startPeriod() + k)).append(',').append(CsvOut.number(y[k]))
                        .append(',').append(CsvOut.number(sa[k])).append(',').append(CsvOut.number(t[k]))
                        .append(',').append(CsvOut.number(sf[k])).append(',').append(CsvOut.number(c[k]))
                        .append(',').append(CsvOut.number(i[k])).append(',').append(mode).append('\n');
                out.write(sb.toString());
            }
        }
    }

    /** Written atomically (see AtomicOutput): a failure leaves no partial output. */
    public static void write(Path file, List<String> ids, List<AdjustmentResult> results) {
        org.momentum.app.files.AtomicOutput.write(file, w -> write(w, ids, results));
    }

    private static InputFileException error(Path file, long line, String message) {
        return new InputFileException(file + ":" + line + ": " + message);
    }
}
