package org.momentum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.momentum.app.files.InputFileException;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.files.RowError;
import org.momentum.app.targets.ProgrammeService;
import org.momentum.app.targets.TargetImport;
import org.momentum.app.targets.TargetService;
import org.momentum.classification.Period;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.targets.CapacityCut;
import org.momentum.targets.Evaluation;
import org.momentum.targets.KpiSummary;
import org.momentum.targets.Target;
import org.momentum.targets.TargetAssessment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code momentum targets}: import targets and programmes, print the targets board and a programme's results. */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = "Policy targets and programmes (pilot projects, demonstration zones): import, board, results.",
        subcommands = {TargetsCommand.Import.class, TargetsCommand.Status.class, TargetsCommand.Programme.class})
public final class TargetsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Imports targets.csv, programmes.csv, zones.csv, pilots.csv and kpis.csv (docs/targets-formats.md).",
                    "Each file is one transaction, refused whole on any error unless --partial; rows replace stored rows with the same key.",
                    "Applied in the order programmes, zones, pilots, kpis, targets, so one command can load a whole programme."},
            exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:every file applied", "1:a file was refused or had rejected rows", "2:usage or system error"})
    public static final class Import implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;
        @Mixin FileOptions files;

        @Option(names = "--targets", paramLabel = "FILE", description = "Targets (targets.csv).") Path targets;
        @Option(names = "--programmes", paramLabel = "FILE", description = "Programmes and their KPI thresholds (programmes.csv).") Path programmes;
        @Option(names = "--zones", paramLabel = "FILE", description = "Demonstration zones (zones.csv).") Path zones;
        @Option(names = "--pilots", paramLabel = "FILE", description = "Pilot projects (pilots.csv).") Path pilots;
        @Option(names = "--kpis", paramLabel = "FILE", description = "Pilot enterprises' KPI reports (kpis.csv).") Path kpis;
        @Option(names = "--partial", description = "Apply the good rows of a file with errors; bad rows go to FILE.rejects.csv beside it.") boolean partial;
        @Option(names = "--actor", paramLabel = "NAME", description = "Who imports, for the audit log (default: the OS user).")
        String actor = System.getProperty("user.name", "cli");

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
            if (targets == null && programmes == null && zones == null && pilots == null && kpis == null) {
                err.println("momentum targets import: give at least one of --targets, --programmes, --zones, --pilots, --kpis");
                return 2;
            }
            boolean ok = true;
            try (Database store = db.open()) {
                TargetImport imp = new TargetImport(store, ReferenceData.shipped(), actor);
                ReadOptions opt = files.toReadOptions(partial);
                if (programmes != null) ok &= report(out, err, () -> imp.programmes(programmes, opt));
                if (zones != null) ok &= report(out, err, () -> imp.zones(zones, opt));
                if (pilots != null) ok &= report(out, err, () -> imp.pilots(pilots, opt));
                if (kpis != null) ok &= report(out, err, () -> imp.kpis(kpis, opt));
                if (targets != null) ok &= report(out, err, () -> imp.targets(targets, opt));
            }
            return ok ? 0 : 1;
        }

        private static boolean report(PrintWriter out, PrintWriter err, java.util.function.Supplier<TargetImport.Result> step) {
            TargetImport.Result r;
            try {
                r = step.get();
            } catch (InputFileException e) {
                err.println(e.getMessage());
                err.println("refused: nothing of this file was applied");
                return false;
            }
            for (RowError e : r.read().errors()) err.println(e);
            if (r.refused()) {
                err.printf("%s: refused, %,d error%s in %,d rows read; nothing of this file was applied%n", r.read().file(),
                        r.read().errorCount(), r.read().errorCount() == 1 ? "" : "s", r.read().rowsRead());
                return false;
            }
            out.printf("%s (%s): %,d rows read, %,d applied, %,d rejected%n", r.read().file(), r.kind(), r.read().rowsRead(), r.applied(),
                    r.read().rejectedRows());
            if (r.read().rejectsFile() != null) out.println("rejected rows written to " + r.read().rejectsFile());
            return r.read().rejectedRows() == 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Prints the targets board: each target's outcome, progress, status and probability of being met at a release.")
    public static final class Status implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;

        @Option(names = "--period", paramLabel = "YYYY-MM", description = "The release to assess at (default: the latest computed month).")
        String period;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database store = db.open()) {
                TargetService svc = new TargetService(store, ReferenceData.shipped());
                Integer p = period == null ? svc.latestPeriod() : Integer.valueOf(parse(period));
                if (p == null) {
                    spec.commandLine().getErr().println("momentum targets status: no indicators computed yet; run momentum compute, or give --period");
                    return 1;
                }
                List<TargetAssessment> board = svc.board(p);
                out.println("Targets at " + Period.format(p) + " (probability from " + TargetService.METHOD + " forecasts, normal approximation)");
                out.println("target_id,measure,industry,region,goal_kind,goal_value,tolerance,deadline,outcome,progress_pct,status,probability");
                for (TargetAssessment a : board) {
                    Target t = a.target();
                    out.println(String.join(",", t.id(), t.measure(), t.industry(), t.region(), t.goalKind().code(), num(t.goalValue()),
                            num(t.tolerance()), Period.format(t.deadline()), num(a.outcome()), num(a.progress() * 100), a.status().code(),
                            num(a.probability())));
                    CapacityCut c = svc.capacityCut(t, p);
                    if (c != null)
                        out.printf(Locale.ROOT, "  capacity cut %s since %s: %.0f (exits %d of %d makers: %.0f; continuing: %.0f); added by newcomers %.0f%n",
                                Period.format(c.period()), Period.format(c.baseline()), c.cut(), c.exits(), c.cohort(), c.cutByExits(),
                                c.cutByContinuing(), c.added());
                }
                return 0;
            }
        }
    }

    @Command(name = "programme", mixinStandardHelpOptions = true,
            description = "Lists the programmes, or prints one programme's KPI results by batch, region and industry and its evaluation.")
    public static final class Programme implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;

        @Parameters(arity = "0..1", paramLabel = "ID", description = "The programme (omit to list them).")
        String id;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database store = db.open()) {
                ProgrammeService svc = new ProgrammeService(store);
                if (id == null) {
                    out.println("programme_id,kind,name");
                    for (org.momentum.targets.Programme p : svc.programmes()) out.println(p.id() + "," + p.kind().code() + "," + p.name());
                    return 0;
                }
                ProgrammeService.View v = svc.view(id);
                if (v == null) {
                    spec.commandLine().getErr().println("momentum targets programme: no programme '" + id + "'");
                    return 1;
                }
                out.println(v.programme().name() + " (" + v.programme().kind().code() + "): " + v.pilots().size() + " pilot projects, "
                        + v.zones().size() + " zones");
                out.println("group_by,group,kpi,projects,mean_improvement_pct,median_improvement_pct,meeting_threshold");
                for (KpiSummary.By by : KpiSummary.By.values())
                    for (KpiSummary s : v.summaries().get(by))
                        out.println(String.join(",", by.code(), s.group(), s.kpi().code(), Integer.toString(s.projects()), num(s.meanPct()),
                                num(s.medianPct()), s.meeting() + "/" + s.withThreshold()));
                Evaluation e = v.evaluation();
                out.println("evaluation: " + e.verdict().code());
                out.println(e.plainly());
                return 0;
            }
        }
    }

    static int parse(String period) {
        int p = Period.parseOrNone(period);
        if (p == Period.NONE) throw new CommandLine.ParameterException(new CommandLine(new TargetsCommand()), "--period: '" + period + "' is not a month YYYY-MM");
        return p;
    }

    /** Six significant digits, no exponent, no trailing zeros; empty when not defined. */
    static String num(double v) {
        if (!Double.isFinite(v)) return "";
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.6g", v)).stripTrailingZeros().toPlainString();
    }
}
