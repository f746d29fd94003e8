package org.momentum.app.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.momentum.app.files.CsvOut;
import org.momentum.app.files.Progress;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;
import org.momentum.synthetic.GeneratorSpec;
import org.momentum.synthetic.PanelGenerator;
import org.momentum.synthetic.PanelSink;
import org.momentum.synthetic.ProgrammeEffect;

/** Writes a generated panel as enterprises.csv, reports.csv and prices.csv (formats.md) into a folder. */
public final class PanelFiles {
    public record Written(Path enterprises, Path reports, Path prices, long enterpriseRows, long reportRows, long priceRows) {}

    private PanelFiles() {}

    public static Written generate(GeneratorSpec spec, Path dir, Progress progress) {
        return generate(spec, ProgrammeEffect.NONE, dir, progress);
    }

    /** The panel with a programme's effect injected (the demo's pilot batch). */
    public static Written generate(GeneratorSpec spec, ProgrammeEffect effect, Path dir, Progress progress) {
        try {
            Files.createDirectories(dir);
            Path e = dir.resolve("enterprises.csv"), r = dir.resolve("reports.csv"), p = dir.resolve("prices.csv");
            long[] n = new long[3];
            try (BufferedWriter we = Files.newBufferedWriter(e, StandardCharsets.UTF_8);
                 BufferedWriter wr = new BufferedWriter(Files.newBufferedWriter(r, StandardCharsets.UTF_8), 1 << 20);
                 BufferedWriter wp = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
                we.write("enterprise_id,name,industry,region,size,scope_from,scope_to\n");
                wr.write("enterprise_id,period,indicator,value,prev_year_value\n");
                wp.write("industry,period,ppi_yoy\n");
                int months = spec.toPeriod() - spec.fromPeriod() + 1;
                StringBuilder sb = new StringBuilder(128);
                PanelGenerator.generate(spec, effect, new PanelSink() {
                    int lastPeriod = Integer.MIN_VALUE;

                    @Override public void enterprise(Enterprise x) {
                        sb.setLength(0);
                        sb.append(x.id()).append(',').append(CsvOut.quote(x.name())).append(',').append(x.industry()).append(',')
                                .append(x.region()).append(',').append(x.size().code()).append(',').append(Period.format(x.scopeFrom()))
                                .append(',').append(x.scopeTo() == Period.OPEN ? "" : Period.format(x.scopeTo())).append('\n');
                        write(we, sb);
                        n[0]++;
                    }

                    @Override public void report(Report x) {
                        if (x.period() != lastPeriod) {
                            lastPeriod = x.period();
                            progress.update("generate", x.period() - spec.fromPeriod(), months, n[1]);
                        }
                        sb.setLength(0);
                        sb.append(x.enterpriseId()).append(',').append(Period.format(x.period())).append(',').append(x.indicator())
                                .append(',').append(CsvOut.number(x.value())).append(',').append(CsvOut.number(x.prevYearValue())).append('\n');
                        write(wr, sb);
                        n[1]++;
                    }

                    @Override public void price(String industry, int period, double ppiYoy) {
                        sb.setLength(0);
                        sb.append(industry).append(',').append(Period.format(period)).append(',').append(CsvOut.number(ppiYoy)).append('\n');
                        write(wp, sb);
                        n[2]++;
                    }
                });
            }
            progress.finish("generate", n[1]);
            return new Written(e, r, p, n[0], n[1], n[2]);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the generated panel to " + dir + ": " + ex.getMessage(), ex);
        }
    }

    private static void write(BufferedWriter w, CharSequence s) {
        try {
            w.append(s);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
