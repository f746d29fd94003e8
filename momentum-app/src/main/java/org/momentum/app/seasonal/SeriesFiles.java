package org.momentum.app.seasonal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.momentum.app.files.CsvOut;
import org.momentum.app.files.InputFileException;
import org.momentum.classification.Period;
import org.momentum.csv.CsvFormatException;
import org.momentum.csv.CsvParser;
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
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') in.reset();
            CsvParser p = new CsvParser(in);
            if (!p.next()) throw new InputFileException(file + ": empty file");
            if (!List.of(p.fields()).equals(INPUT))
                throw new InputFileException(file + ": header must be " + String.join(",", INPUT) + ", not " + String.join(",", p.fields()));
            while (p.next()) {
                long line = p.recordLine();
                if (p.fieldCount() != 3) throw error(file, line, p.fieldCount() + " fields, expected 3");
                String[] f = p.fields();
                int period = Period.parseOrNone(f[1]);
                if (period == Period.NONE) throw error(file, line, "period is not YYYY-MM: " + f[1]);
                double x;
                try {
                    x = Double.parseDouble(f[2]);
                } catch (NumberFormatException e) {
                    throw error(file, line, "value is not a number: " + f[2]);
                }
                if (!Double.isFinite(x)) throw error(file, line, "value must be finite");
                if (byId.computeIfAbsent(f[0], k -> new TreeMap<>()).put(period, x) != null)
                    throw error(file, line, "duplicate " + f[0] + " " + f[1]);
            }
        } catch (NoSuchFileException e) {
            throw new InputFileException(file + ": no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputFileException(file + ": not UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (CsvFormatException e) {
            throw error(file, e.line(), e.getMessage());
        }
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
        return new InputFileException(file + " line " + line + ": " + message);
    }
}
