package org.momentum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.momentum.app.files.InputFileException;
import org.momentum.app.files.RowError;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momentum indicators}: files in, indicators.csv out; no database. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"Computes indicators.csv (formats.md, indicators.md) from files, without the store.",
                "The inputs are read and validated as by 'momentum import'; any error refuses the whole computation."},
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:written", "1:input errors, nothing written", "2:usage or system error"})
public final class IndicatorsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin FileOptions files;

    @Mixin PanelFileOptions panelFiles;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write indicators.csv (a name ending .xlsx: the same table as an Excel workbook).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        IndicatorService svc = new IndicatorService(ReferenceData.shipped());
        IndicatorService.FromFiles r;
        try {
            r = svc.fromFiles(panelFiles.enterprises, panelFiles.reports, panelFiles.prices, files.toReadOptions(false), Clocks.currentPeriod(), new ConsoleProgress(System.err));
        } catch (InputFileException e) {
            err.println(e.getMessage());
            err.println("nothing written");
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("momentum indicators: " + e.getMessage());
            err.println("nothing written");
            return 1;
        }
        if (r.cube() == null) {
            for (RowError e : r.errors()) err.println(e);
            long hidden = r.errorCount() - r.errors().size();
            if (hidden > 0) err.printf("… and %,d more errors%n", hidden);
            err.printf("%,d error%s; nothing written%n", r.errorCount(), r.errorCount() == 1 ? "" : "s");
            return 1;
        }
        IndicatorService.write(r.cube(), out);
        spec.commandLine().getOut().printf("%s: %,d rows%n", out, r.cube().size());
        return 0;
    }
}
