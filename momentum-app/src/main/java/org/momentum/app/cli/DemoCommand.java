package org.momentum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.momentum.app.demo.DemoTargets;
import org.momentum.app.demo.PanelFiles;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.files.RowError;
import org.momentum.app.indicators.IndicatorState;
import org.momentum.app.intake.ImportService;
import org.momentum.app.targets.TargetImport;
import org.momentum.store.AuditLog;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;
import org.momentum.synthetic.DemoProgramme;
import org.momentum.synthetic.GeneratorSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code momentum demo}: generates the synthetic demo panel, loads it through the ordinary import path, runs the
 * monthly compute, publishes a release of the latest month (embargo now) and serves the dashboard, the public API
 * and SDMX. A second run finds the demo loaded and released, and only serves.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Loads the synthetic demo (20,000 enterprises, 2015-01..2018-12) through the import path,",
                "computes the indicators and serves the dashboard on http://localhost:8080/."})
public final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Mixin ServeOptions listen;

    @Option(names = "--no-serve", description = "Load and compute, then exit.")
    boolean noServe;

    @Option(names = "--data", defaultValue = "momentum-data/demo", paramLabel = "DIR", description = "Where the generated files go (default ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Database store = db.open();
        IndicatorState indicators = new IndicatorState(ReferenceData.shipped());
        try {
            if (!AuditLog.recorded(store, "demo.load")) {
                out.println("Generating the synthetic demo panel (synthetic microdata, calibrated to published figures) …");
                out.flush();
                DemoProgramme pilots = DemoProgramme.of(GeneratorSpec.demo()); // 97 pilots, their effect injected into the panel
                PanelFiles.Written w = PanelFiles.generate(GeneratorSpec.demo(), pilots.effect(), data, new ConsoleProgress(System.err));
                ImportService svc = new ImportService(store, ReferenceData.shipped(), Clocks.currentPeriod(), "demo");
                ConsoleProgress progress = new ConsoleProgress(System.err);
                ReadOptions strict = ReadOptions.strict();
                for (ImportService.Result r : new ImportService.Result[] {
                        svc.importEnterprises(w.enterprises(), strict, progress),
                        svc.importReports(w.reports(), strict, progress),
                        svc.importPrices(w.prices(), strict, progress)}) {
                    if (r.refused()) {
                        for (RowError e : r.read().errors()) spec.commandLine().getErr().println(e);
                        throw new IllegalStateException("the generated file " + r.read().file() + " was refused");
                    }
                    out.printf("imported %s: %,d rows%n", r.read().file(), r.applied().applied());
                    out.flush();
                }
                out.println("Computing indicators …");
                out.flush();
                int rows = indicators.computeAll(store, "demo"); // the server then starts with the panel in memory
                for (TargetImport.Result r : DemoTargets.load(store, ReferenceData.shipped(), pilots, data, "demo")) {
                    if (r.refused()) {
                        for (RowError e : r.read().errors()) spec.commandLine().getErr().println(e);
                        throw new IllegalStateException("the generated file " + r.read().file() + " was refused");
                    }
                    out.printf("imported %s: %,d rows%n", r.read().file(), r.applied());
                }
                store.inTransaction(c -> AuditLog.append(c, "demo", "demo.load", "demo", "seed " + GeneratorSpec.demo().seed(),
                        "synthetic demo panel loaded and computed: " + rows + " indicator rows"));
                out.printf("computed %,d indicator rows%n", rows);
                new AdjustOptions().run(store, org.momentum.seasonal.AdjustmentSpec.chinaDefault(), "demo", out);
            } else {
                out.println("The demo is already loaded in " + store.url() + "; serving it.");
            }
            org.momentum.dissemination.Release published = org.momentum.app.demo.DemoRelease.publishLatest(store, ReferenceData.shipped(), Clocks.clock(), "demo");
            if (published != null)
                out.printf("published release %d of %s: %,d observations (public API /api/series, SDMX /sdmx/data/INDUSTRY)%n",
                        published.id(), org.momentum.classification.Period.format(published.period()), Releases.observationCount(store, published.id()));
            out.flush();
            if (noServe) return 0;
            ServeCommand.serve(store, indicators, listen.host, listen.port, spec);
            return 0;
        } finally {
            if (noServe) store.close();
        }
    }

}
