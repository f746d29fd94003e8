package org.momentum.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.Period;
import org.momentum.disclosure.AttackerAudit;
import org.momentum.disclosure.Cell;
import org.momentum.disclosure.CertifiedSuppression;
import org.momentum.disclosure.Disclosure;
import org.momentum.disclosure.DisclosureRules;
import org.momentum.disclosure.HypercubeBaseline;
import org.momentum.disclosure.ProtectedCell;
import org.momentum.disclosure.ProtectedRelease;
import org.momentum.disclosure.ReleaseCells;
import org.momentum.disclosure.Status;
import org.momentum.disclosure.SuppressionMethod;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PanelBuilder;
import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;
import org.momentum.store.ReferenceData;
import org.momentum.synthetic.GeneratorSpec;
import org.momentum.synthetic.PanelGenerator;
import org.momentum.synthetic.PanelSink;

/**
 * Issue 11's benchmark: the national release — output value, level and year to date, every industry level (ALL,
 * sections, divisions, groups, classes) × ALL and 31 provinces, each month of 2018 — protected with the default
 * rules by the certified method and by the GHMITER-like hypercube baseline in the same run; information loss
 * (number and value of secondary suppressions) of both; the attacker's LP audit of both on the tables of the
 * audited months.
 */
final class ProtectBench {
    private ProtectBench() {}

    static Panel panel(IndustryClassification industries, int enterprises, int from, int to) {
        long t0 = System.nanoTime();
        GeneratorSpec spec = new GeneratorSpec(enterprises, from, to, 4754L, Set.of("output_value"), false);
        PanelBuilder b = new PanelBuilder(industries, enterprises);
        Map<String, Integer> index = new HashMap<>();
        PanelGenerator.generate(spec, new PanelSink() {
            @Override public void enterprise(Enterprise e) { index.put(e.id(), b.addEnterprise(e)); }
            @Override public void report(Report r) { b.addReport(index.get(r.enterpriseId()), r.period(), r.indicator(), r.value(), r.prevYearValue()); }
            @Override public void price(String industry, int period, double ppi) { }
        });
        System.out.printf(Locale.ROOT, "generated %,d enterprises x %d months of output_value in %.1f s%n", enterprises, to - from + 1, Bench.seconds(t0));
        return b.build();
    }

    /**
     * Every primary cell of a smaller release audited (the LPs of national tables take about a second each): the
     * demo-size register, shaped as indicators.csv, both methods.
     */
    static void fullAudit(IndustryClassification industries, int enterprises, int months) {
        int from = Period.of(2018, 1), to = from + months - 1;
        List<Cell> cells = ReleaseCells.fromPanel(panel(industries, enterprises, from, to), "output_value", from, to, ReleaseCells.Shape.INDICATORS);
        DisclosureRules rules = DisclosureRules.defaults();
        for (SuppressionMethod m : new SuppressionMethod[] {new CertifiedSuppression(), new HypercubeBaseline()}) {
            ProtectedRelease r = Disclosure.protect(cells, rules, industries, m);
            long ta = System.nanoTime();
            AttackerAudit.Report a = AttackerAudit.audit(r.cells(), industries, rules.protectionPercent());
            System.out.printf(Locale.ROOT, "full audit, %,d enterprises, indicators.csv shape, %d months, %s: %,d cells, %,d primary, %,d secondary (value %.6g); "
                            + "%d tables, %,d primary cells audited, %,d leaks, %.1f s%n", enterprises, months, m.name(), cells.size(), r.count(Status.PRIMARY),
                    r.count(Status.SECONDARY), r.value(Status.SECONDARY), a.tables(), a.intervals().size(), a.leaks().size(), Bench.seconds(ta));
            for (AttackerAudit.Interval i : a.leaks().subList(0, Math.min(3, a.leaks().size()))) System.out.println("  e.g. " + i);
        }
    }

    static void run(int enterprises, int repeat, int months, List<Integer> auditMonths, int auditSample, int fullAuditEnterprises) {
        int from = Period.of(2018, 1), to = from + months - 1;
        IndustryClassification industries = ReferenceData.shipped().industries();
        Panel panel = panel(industries, enterprises, from, to);
        long tc = System.nanoTime();
        List<Cell> cells = ReleaseCells.fromPanel(panel, "output_value", from, to, ReleaseCells.Shape.FULL);
        double cellSeconds = Bench.seconds(tc);
        System.out.printf(Locale.ROOT, "release cells (contributors and two largest from the panel): %,d cells in %d tables, %.2f s%n",
                cells.size(), 2 * months, cellSeconds);
        DisclosureRules rules = DisclosureRules.defaults();
        SuppressionMethod[] methods = {new CertifiedSuppression(), new HypercubeBaseline()};
        double[][] secs = new double[methods.length][repeat];
        ProtectedRelease[] last = new ProtectedRelease[methods.length];
        for (int k = 0; k < repeat; k++) {
            for (int m = 0; m < methods.length; m++) {
                long ts = System.nanoTime();
                last[m] = Disclosure.protect(cells, rules, industries, methods[m]);
                secs[m][k] = Bench.seconds(ts);
            }
            System.out.printf(Locale.ROOT, "run %d: certified %.2f s, hypercube %.2f s%n", k + 1, secs[0][k], secs[1][k]);
        }
        long primaries = last[0].count(Status.PRIMARY);
        double primaryValue = last[0].value(Status.PRIMARY);
        System.out.printf(Locale.ROOT, "primary cells: %,d of %,d (value %.4g; the grand totals of all tables add up to %.4g)%n",
                primaries, cells.size(), primaryValue, grandTotals(cells));
        for (int m = 0; m < methods.length; m++) {
            ProtectedRelease r = last[m];
            System.out.printf(Locale.ROOT, "%s: median %.2f s; secondary suppressions %,d cells, value %.6g; unprotected primaries %,d%n",
                    methods[m].name(), Bench.median(secs[m]), r.count(Status.SECONDARY), r.value(Status.SECONDARY), r.unprotected().size());
        }
        for (int m = 0; m < methods.length; m++) {
            long tl = System.nanoTime();
            int timeLeaks = AttackerAudit.timeLinkLeaks(last[m].cells()).size();
            System.out.printf(Locale.ROOT, "time link (level vs year to date, all %d months) %s: %,d primary cells recomputable, %.1f s%n",
                    months, methods[m].name(), timeLeaks, Bench.seconds(tl));
        }
        for (int m = 0; m < methods.length; m++) {
            if (auditMonths.equals(List.of(0))) break;
            List<ProtectedCell> sample = new ArrayList<>();
            for (ProtectedCell c : last[m].cells()) if (auditMonths.contains(Period.month(c.cell().period()))) sample.add(c);
            long ta = System.nanoTime();
            AttackerAudit.Report a = AttackerAudit.audit(sample, industries, rules.protectionPercent(), auditSample, 11);
            System.out.printf(Locale.ROOT, "audit %s, months %s, up to %,d primaries a table drawn at random: %d tables, %,d primary cells, %,d leaks, %.1f s%n",
                    methods[m].name(), auditMonths, auditSample,
                    a.tables(), a.intervals().size(), a.leaks().size(), Bench.seconds(ta));
            for (AttackerAudit.Interval i : a.leaks().subList(0, Math.min(3, a.leaks().size()))) System.out.println("  e.g. " + i);
        }
        if (fullAuditEnterprises > 0) fullAudit(industries, fullAuditEnterprises, months);
        System.out.printf(Locale.ROOT, "RESULT protect: %,d enterprises, %d tables (%,d cells, %,d primary); certified %.2f s, %,d secondary (value %.6g); "
                        + "hypercube %.2f s, %,d secondary (value %.6g); time ratio certified/hypercube %.2f (medians of %d)%n",
                enterprises, 2 * months, cells.size(), primaries, Bench.median(secs[0]), last[0].count(Status.SECONDARY), last[0].value(Status.SECONDARY),
                Bench.median(secs[1]), last[1].count(Status.SECONDARY), last[1].value(Status.SECONDARY), Bench.median(secs[0]) / Bench.median(secs[1]), repeat);
    }

    private static double grandTotals(List<Cell> cells) {
        double s = 0;
        for (Cell c : cells) if (c.industry().equals(Cell.ALL) && c.region().equals(Cell.ALL)) s += c.value();
        return s;
    }
}
