package org.momentum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.momentum.app.files.InputFileException;
import org.momentum.app.seasonal.ChinaCalendar;
import org.momentum.app.seasonal.SeriesFiles;
import org.momentum.seasonal.AdjustmentResult;
import org.momentum.seasonal.AdjustmentSpec;
import org.momentum.seasonal.SeasonalAdjuster;
import org.momentum.seasonal.SpringFestivalRegressor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momentum adjust}: seasonal and calendar adjustment of monthly series (formats.md "Series files"). */
@Command(name = "adjust", mixinStandardHelpOptions = true,
        description = {"Seasonally adjusts each series of a series,period,value file with JDemetra+ (X-13 or TRAMO-SEATS),",
                "with China's Spring Festival and working days as calendar regressors, and writes adjusted.csv.",
                "A summary line per series (model, log, outliers, calendar t-stats) goes to standard error.",
                "A February row with span=jan-feb holds January + February; the split is estimated and flagged (estimated=true)."})
public final class AdjustCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "series,period,value")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "adjusted.csv to write")
    Path out;

    @Option(names = "--method", defaultValue = "x13", paramLabel = "x13|tramoseats", description = "Method (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--spec", defaultValue = "RSA4", paramLabel = "NAME",
            description = "JDemetra+ spec: RSA0..RSA5 (X13 also RSAX11, TRAMO-SEATS also RSAfull); default ${DEFAULT-VALUE}.")
    String specName;

    @Option(names = "--no-calendar", description = "Run the spec as JDemetra+ defines it, without China's calendar regressors.")
    boolean noCalendar;

    @Option(names = "--three-windows", description = "Spring Festival as three regressors (before/around/after) instead of one 20+1+7-day window.")
    boolean threeWindows;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AdjustmentSpec as;
        try {
            AdjustmentSpec.Method m = AdjustmentSpec.Method.parse(method);
            as = noCalendar ? AdjustmentSpec.plain(m, specName) : AdjustmentSpec.of(m, specName)
                    .withWindows(threeWindows ? SpringFestivalRegressor.threeWindows() : SpringFestivalRegressor.defaultWindows());
        } catch (IllegalArgumentException e) {
            err.println("momentum adjust: " + e.getMessage());
            return 1;
        }
        List<SeriesFiles.Series> series;
        try {
            series = SeriesFiles.read(input);
        } catch (InputFileException e) {
            err.println("momentum adjust: " + e.getMessage());
            return 1;
        }
        SeasonalAdjuster adjuster = new SeasonalAdjuster(as, noCalendar ? List.of() : ChinaCalendar.shipped().regressors(as.springFestivalWindows()));
        List<String> ids = new ArrayList<>();
        List<AdjustmentResult> results = new ArrayList<>();
        for (SeriesFiles.Series s : series) {
            AdjustmentResult r;
            try {
                r = adjuster.adjust(s.start(), s.values(), s.janFebSums());
            } catch (RuntimeException e) {
                err.println("momentum adjust: series " + s.id() + ": " + e.getMessage());
                return 1;
            }
            ids.add(s.id());
            results.add(r);
            var d = r.diagnostics();
            StringBuilder line = new StringBuilder(s.id()).append(": ").append(d.method()).append(' ').append(d.spec())
                    .append(", ").append(d.log() ? "log" : "levels").append(' ').append(d.arima())
                    .append(d.seasonal() ? "" : ", no identifiable seasonality").append(", outliers ").append(d.outliers());
            for (var e : d.regressors())
                line.append(String.format(Locale.ROOT, ", %s %.4f (t %.1f%s)", e.name(), e.coefficient(), e.tStat(), e.significant() ? "" : ", n.s."));
            err.println(line);
            for (String note : d.notes()) err.println("  " + s.id() + ": " + note);
        }
        SeriesFiles.write(out, ids, results);
        err.printf("%d series -> %s%n", ids.size(), out);
        return 0;
    }
}
