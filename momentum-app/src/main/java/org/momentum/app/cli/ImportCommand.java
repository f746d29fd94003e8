package org.momentum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.momentum.app.files.InputFileException;
import org.momentum.app.files.RowError;
import org.momentum.app.intake.ImportService;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momentum import}: applies register, report and price files, each as one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports enterprises.csv, reports.csv and prices.csv (formats.md) into the store.",
                "Each file is one transaction: a file with any error is refused whole, unless --partial.",
                "Files are applied in this order: enterprises, reports (in the order given), prices."},
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:every file applied", "1:a file was refused or had rejected rows", "2:usage or system error"})
public final class ImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;
    @Mixin FileOptions files;

    @Option(names = "--enterprises", paramLabel = "FILE", description = "The statistical register (enterprises.csv).")
    Path enterprises;

    @Option(names = "--reports", paramLabel = "FILE", description = "Monthly reports (reports.csv); repeat for several, later files revise earlier ones.")
    List<Path> reports = new ArrayList<>();

    @Option(names = "--prices", paramLabel = "FILE", description = "Producer price indices (prices.csv).")
    Path prices;

    @Option(names = "--partial", description = "Apply the good rows of a file with errors; bad rows go to FILE.rejects.csv beside it.")
    boolean partial;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who imports, for the audit log (default: the OS user).")
    String actor = System.getProperty("user.name", "cli");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (enterprises == null && reports.isEmpty() && prices == null) {
            err.println("momentum import: give at least one of --enterprises, --reports, --prices");
            return 2;
        }
        boolean allOk = true;
        try (Database store = db.open()) {
            ImportService svc = new ImportService(store, ReferenceData.shipped(), Clocks.currentPeriod(), actor);
            ConsoleProgress progress = new ConsoleProgress(System.err);
            if (enterprises != null) allOk &= report(out, err, () -> svc.importEnterprises(enterprises, files.toReadOptions(partial), progress));
            for (Path r : reports) allOk &= report(out, err, () -> svc.importReports(r, files.toReadOptions(partial), progress));
            if (prices != null) allOk &= report(out, err, () -> svc.importPrices(prices, files.toReadOptions(partial), progress));
        }
        return allOk ? 0 : 1;
    }

    private interface Step { ImportService.Result run(); }

    private static boolean report(PrintWriter out, PrintWriter err, Step step) {
        ImportService.Result r;
        try {
            r = step.run();
        } catch (InputFileException e) {
            err.println(e.getMessage());
            err.println("refused: nothing of this file was applied");
            return false;
        }
        for (RowError e : r.read().errors()) err.println(e);
        long hidden = r.read().errorCount() - r.read().errors().size();
        if (hidden > 0) err.printf("… and %,d more errors%n", hidden);
        if (r.refused()) {
            err.printf("%s: refused, %,d error%s in %,d rows read; nothing of this file was applied%n", r.read().file(),
                    r.read().errorCount(), r.read().errorCount() == 1 ? "" : "s", r.read().rowsRead());
            return false;
        }
        var s = r.applied();
        out.printf("%s (%s): %,d rows read, %,d applied, %,d rejected, %,d unchanged, %,d revisions (batch %d)%n",
                s.file(), r.read().encoding(), s.rowsRead(), s.applied(), s.rejected(), s.unchanged(), s.revisions(), s.batchId());
        if (r.read().rejectsFile() != null) out.println("rejected rows written to " + r.read().rejectsFile());
        return s.rejected() == 0;
    }
}
