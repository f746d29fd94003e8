package org.momentum.app.cli;

import java.util.concurrent.Callable;
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
import picocli.CommandLine.Spec;

/** {@code momentum compute}: recomputes the stored indicator cube from the store's current reports. */
@Command(name = "compute", mixinStandardHelpOptions = true,
        description = {"Recomputes the indicators in the store from its current reports (the monthly cycle's compute step).",
                "With --revised YYYY-MM only what depends on that month is recomputed.",
                "Then every published monthly level series is seasonally adjusted and stored (unless --no-adjust), and the",
                "year's output outlook (growth at comparable prices) for ALL and each section is stated, stored as a",
                "forecast vintage, and past vintages are scored against the outturns."})
public final class ComputeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = "--revised", paramLabel = "YYYY-MM", description = "Recompute only the periods that depend on this month's reports.")
    String revised;

    @Mixin AdjustOptions adjust;

    @Override
    public Integer call() {
        AdjustmentSpec sa = adjust.spec();
        org.momentum.seasonal.RevisionPolicy policy = adjust.policy();
        try (Database store = db.open()) {
            IndicatorService svc = new IndicatorService(ReferenceData.shipped());
            long t0 = System.nanoTime();
            int rows = revised == null ? svc.recomputeAll(store, "cli") : svc.recomputeAfterRevision(store, Period.parse(revised), "cli");
            spec.commandLine().getOut().printf("computed %,d indicator rows in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
            adjust.run(store, sa, policy, "cli", spec.commandLine().getOut());
            OutlookLines.print(new OutlookService(ReferenceData.shipped()).run(store, java.time.Instant.now(), "cli"), spec.commandLine().getOut());
            return 0;
        }
    }
}
