package org.momentum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.momentum.app.files.InputFileException;
import org.momentum.app.files.RowError;
import org.momentum.app.indicators.CubeFile;
import org.momentum.app.forecast.OutlookService;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.seasonal.AdjustmentSpec;
import org.momentum.classification.Period;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code momentum compute}: recomputes the stored indicator cube from the store's current reports. */
@Command(name = "compute", mixinStandardHelpOptions = true,
        description = {"Recomputes the indicators in the store from its current reports (the monthly cycle's compute step).",
                "With --revised YYYY-MM only what depends on that month is recomputed.",
                "With --cube FILE the cube is not computed but read from indicators.csv (e.g. the Spark job's) and stored for the",
                "periods the file covers; one wrong row refuses the file and nothing is stored (exit code 1).",
                "Then every published monthly level series is seasonally adjusted and stored (unless --no-adjust), and the",
                "year's output outlook (growth at comparable prices) for ALL and each section is stated, stored as a",
                "forecast vintage, and past vintages are scored against the outturns."})
public final class ComputeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = "--revised", paramLabel = "YYYY-MM", description = "Recompute only the periods that depend on this month's reports.")
    String revised;

    @Option(names = "--cube", paramLabel = "FILE", description = "Store this indicators.csv (formats.md; e.g. the Spark job's OUT/indicators.csv)"
            + " for the periods it covers instead of recomputing them; every row is checked and any error stores nothing.")
    Path cube;

    @Mixin AdjustOptions adjust;

    @Override
    public Integer call() {
        if (cube != null && revised != null) throw new ParameterException(spec.commandLine(), "--cube and --revised exclude each other");
        AdjustmentSpec sa = adjust.spec();
        org.momentum.seasonal.RevisionPolicy policy = adjust.policy();
        try (Database store = db.open()) {
            IndicatorService svc = new IndicatorService(ReferenceData.shipped());
            long t0 = System.nanoTime();
            if (cube != null) {
                if (!storeCube(store)) return 1;
            } else {
                int rows = revised == null ? svc.recomputeAll(store, "cli") : svc.recomputeAfterRevision(store, Period.parse(revised), "cli");
                spec.commandLine().getOut().printf("computed %,d indicator rows in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
            }
            adjust.run(store, sa, policy, "cli", spec.commandLine().getOut());
            OutlookLines.print(new OutlookService(ReferenceData.shipped()).run(store, java.time.Instant.now(), "cli"), spec.commandLine().getOut());
            return 0;
        }
    }

    /** The --cube file into the store; false (errors printed, nothing stored) when it is refused. */
    private boolean storeCube(Database store) {
        PrintWriter err = spec.commandLine().getErr();
        CubeFile.Outcome o;
        try {
            o = CubeFile.importInto(store, ReferenceData.shipped(), cube, "cli");
        } catch (InputFileException e) {
            err.println(e.getMessage());
            err.println("nothing stored");
            return false;
        }
        if (!o.ok()) {
            for (RowError e : o.errors()) err.println(e);
            long hidden = o.errorCount() - o.errors().size();
            if (hidden > 0) err.printf("… and %,d more errors%n", hidden);
            err.printf("%,d error%s; nothing stored%n", o.errorCount(), o.errorCount() == 1 ? "" : "s");
            return false;
        }
        spec.commandLine().getOut().printf("stored %,d indicator rows for %s..%s from %s (sha256 %s)%n", o.rows().size(),
                Period.format(o.periods().first()), Period.format(o.periods().last()), o.file(), o.sha256());
        return true;
    }
}
