package org.momentum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.momentum.app.disclosure.CellFiles;
import org.momentum.app.files.InputFileException;
import org.momentum.app.files.RowError;
import org.momentum.classification.IndustryClassification;
import org.momentum.disclosure.AttackerAudit;
import org.momentum.disclosure.CertifiedSuppression;
import org.momentum.disclosure.Disclosure;
import org.momentum.disclosure.DisclosureRules;
import org.momentum.disclosure.DominanceRule;
import org.momentum.disclosure.HypercubeBaseline;
import org.momentum.disclosure.MinimumFrequencyRule;
import org.momentum.disclosure.PPercentRule;
import org.momentum.disclosure.ProtectedCell;
import org.momentum.disclosure.ProtectedRelease;
import org.momentum.disclosure.SensitivityRule;
import org.momentum.disclosure.Status;
import org.momentum.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momentum protect}: disclosure control of a cells file (formats.md "Disclosure"), no database. */
@Command(name = "protect", mixinStandardHelpOptions = true,
        description = {"Marks the sensitive cells of a cells file (primary rules) and the cells suppressed to protect them",
                "(secondary suppression over the table's hierarchy and totals), and writes the cells with status and rule.",
                "Each (table, period) must be one additive table: industry ALL/sections/divisions/groups/classes × region ALL/provinces."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written, every sensitive cell protected", "1:input errors, nothing written", "2:usage or system error",
                "3:written, but some sensitive cell could not be protected or the audit found a leak (listed)"})
public final class ProtectCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin FileOptions files;

    @Option(names = "--cells", required = true, paramLabel = "FILE", description = "table,industry,region,period,value,contributors,largest1,largest2")
    Path cells;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The cells with status and rule (a name ending .xlsx: an Excel workbook).")
    Path out;

    @Option(names = "--min-frequency", defaultValue = "3", paramLabel = "N", description = "FREQ(n): fewer contributors are sensitive; 0 turns the rule off (default ${DEFAULT-VALUE}).")
    int minFrequency;

    @Option(names = "--dominance", defaultValue = "2,85", paramLabel = "N,K", description = "NK(n,k): the n largest above k%% are sensitive (n = 1 or 2); 'off' turns it off (default ${DEFAULT-VALUE}).")
    String dominance;

    @Option(names = "--p-percent", defaultValue = "10", paramLabel = "P", description = "P(p): sensitive when X − x1 − x2 < p%% of x1; 0 turns it off (default ${DEFAULT-VALUE}).")
    double pPercent;

    @Option(names = "--protection", defaultValue = "10", paramLabel = "PCT", description = "A suppressed sensitive cell must not be recomputable to within ±PCT%% of its value (default ${DEFAULT-VALUE}).")
    double protection;

    @Option(names = "--method", defaultValue = "certified", paramLabel = "certified|hypercube",
            description = "Secondary suppression: certified (proved over the whole linked table) or hypercube (GHMITER-like baseline); default ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--audit", description = "Also run the attacker's LP audit on the output and print its result.")
    boolean audit;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        DisclosureRules rules;
        try {
            rules = rules();
        } catch (IllegalArgumentException e) {
            err.println("momentum protect: " + e.getMessage());
            return 2;
        }
        IndustryClassification industries = ReferenceData.shipped().industries();
        CellFiles.Read read;
        try {
            read = CellFiles.read(cells, files.encoding, files.ignoreUnknownColumns, industries);
        } catch (InputFileException e) {
            err.println(e.getMessage());
            err.println("nothing written");
            return 1;
        }
        if (!read.ok()) {
            for (RowError e : read.errors()) err.println(e);
            long hidden = read.errorCount() - read.errors().size();
            if (hidden > 0) err.printf("… and %,d more errors%n", hidden);
            err.printf("%,d error%s; nothing written%n", read.errorCount(), read.errorCount() == 1 ? "" : "s");
            return 1;
        }
        if (read.cells().isEmpty()) {
            err.println(cells + ": no cells; nothing written");
            return 1;
        }
        ProtectedRelease r;
        try {
            r = Disclosure.protect(read.cells(), rules, industries,
                    method.equals("hypercube") ? new HypercubeBaseline() : new CertifiedSuppression());
        } catch (IllegalArgumentException e) {
            err.println(cells + ": " + e.getMessage());
            err.println("nothing written");
            return 1;
        }
        CellFiles.write(out, r.cells());
        outw.printf(Locale.ROOT, "%s: %,d cells, %,d primary, %,d secondary (value %s), %,d published%n", out, r.cells().size(),
                r.count(Status.PRIMARY), r.count(Status.SECONDARY), org.momentum.app.files.CsvOut.number(r.value(Status.SECONDARY)),
                r.count(Status.PUBLISHED));
        boolean problem = false;
        for (ProtectedCell c : r.unprotected()) {
            err.println("momentum protect: " + c.cell().key() + " (" + c.rule() + ") cannot be protected to ±" + protection + "% by this table");
            problem = true;
        }
        if (audit) {
            AttackerAudit.Report a = AttackerAudit.audit(r.cells(), industries, protection);
            outw.printf(Locale.ROOT, "audit: %,d tables, %,d primary cells, %,d leak%s%n", a.tables(), a.intervals().size(),
                    a.leaks().size(), a.leaks().size() == 1 ? "" : "s");
            for (AttackerAudit.Interval i : a.leaks()) { err.println("leak: " + i); problem = true; }
        }
        return problem ? 3 : 0;
    }

    DisclosureRules rules() {
        if (!method.equals("certified") && !method.equals("hypercube"))
            throw new IllegalArgumentException("--method must be certified or hypercube, not " + method);
        List<SensitivityRule> list = new ArrayList<>();
        if (minFrequency < 0) throw new IllegalArgumentException("--min-frequency must be ≥ 0, not " + minFrequency);
        if (minFrequency > 0) list.add(new MinimumFrequencyRule(minFrequency));
        if (pPercent < 0) throw new IllegalArgumentException("--p-percent must be ≥ 0, not " + pPercent);
        if (pPercent > 0) list.add(new PPercentRule(pPercent));
        if (!dominance.equalsIgnoreCase("off")) {
            String[] nk = dominance.split(",");
            if (nk.length != 2) throw new IllegalArgumentException("--dominance must be N,K (e.g. 2,85) or off, not '" + dominance + "'");
            try {
                list.add(new DominanceRule(Integer.parseInt(nk[0].trim()), Double.parseDouble(nk[1].trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--dominance must be N,K (e.g. 2,85) or off, not '" + dominance + "'");
            }
        }
        return new DisclosureRules(list, protection);
    }
}
