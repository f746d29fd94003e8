package org.momentum.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.momentum.store.Database;
import org.momentum.store.ParquetExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momentum export --format parquet --out DIR}: the store's register and reports for the Spark jobs (docs/spark.md). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the register and the current reports as Parquet, partitioned by year and month (the register by",
                "province), with the prices and the classification: the input of momentum-spark (docs/spark.md)."},
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:written", "1:refused, nothing written", "2:usage or system error"})
public final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format: parquet.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new (or empty) folder.")
    Path out;

    @Override
    public Integer call() {
        if (!format.equals("parquet")) {
            spec.commandLine().getErr().println("momentum export: --format must be parquet, not '" + format + "'");
            return 2;
        }
        long t0 = System.nanoTime();
        try (Database d = db.open()) {
            ParquetExport.Written w = ParquetExport.write(d, out);
            spec.commandLine().getOut().printf("%s: %,d enterprises, %,d reports, %,d prices, %,d industries (%.1f s)%n",
                    out, w.enterprises(), w.reports(), w.prices(), w.industries(), (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("momentum export: " + e.getMessage());
            return 1;
        }
    }
}
