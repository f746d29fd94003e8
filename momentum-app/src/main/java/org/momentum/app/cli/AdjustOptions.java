package org.momentum.app.cli;

import java.io.PrintWriter;
import org.momentum.app.seasonal.ChinaCalendar;
import org.momentum.app.seasonal.PublishedAdjustment;
import org.momentum.seasonal.AdjustmentSpec;
import org.momentum.seasonal.RevisionPolicy;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import picocli.CommandLine.Option;

/** The compute step's seasonal adjustment options (a mixin of {@code compute}). */
public final class AdjustOptions {
    @Option(names = "--no-adjust", description = "Do not seasonally adjust the published series after computing.")
    boolean skip;

    @Option(names = "--adjust-method", defaultValue = "x13", paramLabel = "x13|tramoseats", description = "Seasonal adjustment method (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--adjust-spec", defaultValue = "RSA4", paramLabel = "NAME", description = "JDemetra+ spec for the published series (default ${DEFAULT-VALUE}).")
    String specName;

    @Option(names = "--revision-policy", defaultValue = "complete", paramLabel = "POLICY",
            description = {"What this release may change in each series' stored model: complete (re-identify everything, default),",
                    "outliers (keep the model, new outliers in the last 12 months only), parameters (keep orders and outliers,",
                    "re-estimate coefficients), fixed (keep the model and its coefficients)."})
    String policy;

    /** The revision policy asked for. */
    RevisionPolicy policy() { return RevisionPolicy.parse(policy); }

    /** The spec asked for; a bad name is refused before anything is computed. */
    AdjustmentSpec spec() {
        return AdjustmentSpec.of(AdjustmentSpec.Method.parse(method), specName);
    }

    /** Adjusts every published series (unless --no-adjust) on all cores, with a progress bar, and says what it did. */
    void run(Database store, AdjustmentSpec spec, String actor, PrintWriter out) {
        run(store, spec, RevisionPolicy.COMPLETE, actor, out);
    }

    void run(Database store, AdjustmentSpec spec, RevisionPolicy revision, String actor, PrintWriter out) {
        if (skip) return;
        long t0 = System.nanoTime();
        PublishedAdjustment.Summary s = new PublishedAdjustment(ReferenceData.shipped(), ChinaCalendar.shipped())
                .adjustAll(store, spec, revision, actor, Runtime.getRuntime().availableProcessors(), new ConsoleProgress(System.err));
        out.printf("seasonally adjusted %,d series (%s %s, revision policy %s), %,d skipped (too short or constant; reasons in /api/adjusted), in %.1f s%n",
                s.adjusted(), spec.method(), spec.specName(), revision.code(), s.skipped(), (System.nanoTime() - t0) / 1e9);
        out.flush();
    }
}
