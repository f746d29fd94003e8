package org.momentum.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.momentum.classification.Period;
import org.momentum.forecast.Forecast;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.IndicatorRow;

/** The single machine's CSV outputs (formats.md), written by the driver, atomically (temporary file, then move). */
final class CsvFiles {
    static final String INDICATORS_HEADER = "measure,industry,region,period,value,enterprises,yoy_pct,ytd_value,ytd_yoy_pct,contribution_pp";
    static final String FORECASTS_HEADER = "series,h,mean,lo80,hi80,lo95,hi95";

    private CsvFiles() {}

    static void writeIndicators(IndicatorCube cube, Path out) {
        write(out, w -> {
            w.write(INDICATORS_HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(160);
            for (IndicatorRow r : cube.rows()) {
                sb.setLength(0);
                sb.append(quote(r.measure())).append(',').append(r.industry()).append(',').append(r.region()).append(',')
                        .append(Period.format(r.period())).append(',').append(number(r.value())).append(',')
                        .append(r.enterprises()).append(',').append(number(r.yoyPct())).append(',')
                        .append(number(r.ytdValue())).append(',').append(number(r.ytdYoyPct())).append(',')
                        .append(number(r.contributionPp())).append('\n');
                w.append(sb);
            }
        });
    }

    static void writeForecasts(List<String> ids, List<Forecast> forecasts, Path out) {
        write(out, w -> {
            w.write(FORECASTS_HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(128);
            for (int s = 0; s < ids.size(); s++) {
                Forecast f = forecasts.get(s);
                for (int h = 0; h < f.horizon(); h++) {
                    sb.setLength(0);
                    sb.append(quote(ids.get(s))).append(',').append(h + 1).append(',').append(number(f.mean(h)))
                            .append(',').append(number(f.lo80(h))).append(',').append(number(f.hi80(h)))
                            .append(',').append(number(f.lo95(h))).append(',').append(number(f.hi95(h))).append('\n');
                    w.append(sb);
                }
            }
        });
    }

    /** As the app's CsvOut.number: unrounded, shortest form that reads back to the same double, empty for NaN. */
    static String number(double d) {
        if (Double.isNaN(d)) return "";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        String s = Double.toString(d);
        if (s.indexOf('E') >= 0) s = new java.math.BigDecimal(s).toPlainString();
        return s;
    }

    /** As the app's CsvOut.quote: RFC 4180 quoting, a leading = + - @ tab or CR made inert (OWASP "CSV Injection"). */
    static String quote(String s) {
        if (s == null) return "";
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?"))
            s = "'" + s;
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    interface Body { void write(Writer w) throws IOException; }

    private static void write(Path out, Body body) {
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, out.getFileName().toString(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}
