package org.momentum.app.cli;

import java.util.concurrent.Callable;
import org.momentum.app.forecast.OutlookService;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.classification.Period;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momentum compute}: recomputes the stored indicator cube from the store's current reports. */
@Command(name = "compute", mixinStandardHelpOptions = true,
        description = {"Recomputes the indicators in the store from its current reports (the monthly cycle's compute step).",
                "With --revised YYYY-MM only what depends on that month is recomputed.",
                "Then states the year's output outlook (growth at comparable prices) for ALL and each section, stores it as a",
                "forecast vintage and scores past vintages against the outturns."})
public final class ComputeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = "--revised", paramLabel = "YYYY-MM", description = "Recompute only the periods that depend on this month's reports.")
    String revised;

    @Override
    public Integer call() {
        try (Database store = db.open()) {
            IndicatorService svc = new IndicatorService(ReferenceData.shipped());
            long t0 = System.nanoTime();
            int rows = revised == null ? svc.recomputeAll(store, "cli") : svc.recomputeAfterRevision(store, Period.parse(revised), "cli");
            spec.commandLine().getOut().printf("computed %,d indicator rows in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
            OutlookLines.print(new OutlookService(ReferenceData.shipped()).run(store, java.time.Instant.now(), "cli"), spec.commandLine().getOut());
            return 0;
        }
    }
}
