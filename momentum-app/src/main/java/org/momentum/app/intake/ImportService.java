package org.momentum.app.intake;

import org.momentum.app.ops.Metrics;

import java.nio.file.Path;
import org.momentum.app.files.CleanReportsReader;
import org.momentum.app.files.InputReader;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.files.ReadOutcome;
import org.momentum.app.indicators.IndicatorState;
import org.momentum.registry.EnterpriseIndex;
import org.momentum.registry.RegisterRules;
import org.momentum.reports.ReportRules;
import org.momentum.store.BatchInfo;
import org.momentum.store.Database;
import org.momentum.store.ImportSummary;
import org.momentum.store.Importer;
import org.momentum.store.ReferenceData;

/**
 * Intake: a file is read, every row validated, valid rows staged in one transaction, and the transaction
 * committed only when the file has no error (or with --partial, where bad rows go to a rejects file). A file
 * that cannot be read to its end is never applied, even with --partial.
 */
public final class ImportService {
    private final Database db;
    private final ReferenceData ref;
    private final int currentPeriod;
    private final String actor;

    private final IndicatorState indicators;

    public ImportService(Database db, ReferenceData ref, int currentPeriod, String actor) {
        this(db, ref, currentPeriod, actor, null);
    }

    /**
     * In a long-running process (the server) that keeps its indicators warm: each applied file updates
     * {@code indicators} — reports revise its panel and recompute the months they affect, a register or prices drop it.
     */
    public ImportService(Database db, ReferenceData ref, int currentPeriod, String actor, IndicatorState indicators) {
        this.db = db;
        this.ref = ref;
        this.currentPeriod = currentPeriod;
        this.actor = actor;
        this.indicators = indicators;
    }

    /** The reader's outcome and, when the file was applied, the store's summary (null when refused). */
    public record Result(ReadOutcome read, ImportSummary applied) {
        public boolean refused() { return applied == null; }
    }

    public Result importEnterprises(Path file, ReadOptions opt, Progress progress) {
        RegisterRules rules = new RegisterRules(ref.industries(), ref.regions());
        try (Importer imp = new Importer(db, Importer.Kind.ENTERPRISES, actor)) {
            ReadOutcome out = InputReader.readEnterprises(file, opt, rules, imp::add, progress);
            return dropIndicatorsIfApplied(finish(imp, out, opt));
        }
    }

    public Result importReports(Path file, ReadOptions opt, Progress progress) {
        Result r = readAndApplyReports(file, opt, progress);
        // metrics: rows of a committed batch are accepted; a refused file turns every row away
        if (r.applied() != null) Metrics.reports(r.applied().rowsRead() - r.applied().rejected(), r.applied().rejected());
        else Metrics.reports(0, r.read().rowsRead());
        if (indicators != null && !r.refused()) indicators.afterReports(db, r.applied().batchId(), actor);
        return r;
    }

    private Result dropIndicatorsIfApplied(Result r) {
        if (indicators != null && !r.refused()) indicators.invalidate();
        return r;
    }

    private Result readAndApplyReports(Path file, ReadOptions opt, Progress progress) {
        long t0 = System.nanoTime();
        // the header alone says whether DuckDB can read the file itself (UTF-8, all rows applied or none)
        InputReader.Shape shape = opt.partial() || !db.isDuckDb() ? null : InputReader.reportsShape(file, opt);
        if (shape != null && shape.encoding().startsWith("UTF-8")) {
            Result r = readDirectly(file, opt, shape, progress, t0);
            if (r != null) return r;
        }
        try (Importer imp = new Importer(db, Importer.Kind.REPORTS, actor)) {
            ReportRules rules = new ReportRules(ref.indicators(), imp.register()::contains, currentPeriod);
            ReadOutcome out = InputReader.readReports(file, opt, rules, imp::add, progress);
            trace("file read and validated", t0);
            Result r = finish(imp, out, opt);
            trace("applied", t0);
            return r;
        }
    }

    /**
     * DuckDB reads the file into the batch while we validate it; we commit only if we agree on every row. Null when
     * we do not (repeated rows, control-character padding, any disagreement): the caller takes the appender path.
     */
    private Result readDirectly(Path file, ReadOptions opt, InputReader.Shape shape, Progress progress, long t0) {
        try (Importer imp = new Importer(db, Importer.Kind.REPORTS, actor, true)) {
            if (!imp.canIngestDirectly()) return null;
            // the register as the import's own transaction sees it, loaded once by the importer
            EnterpriseIndex registered = imp.register();
            trace("register loaded", t0);
            imp.startDirectIngest(file, shape.hasPrevYearValue());
            // the byte reader vouches for a clean file without making strings; any doubt and the string reader decides
            CleanReportsReader.Clean clean = CleanReportsReader.read(file, opt, shape.encoding(), ref.indicators(), registered,
                    currentPeriod, progress);
            trace(clean != null ? "file validated from its bytes" : "byte reader gave way to the string reader", t0);
            ReadOutcome out = clean != null ? clean.outcome()
                    : InputReader.readReports(file, opt, new ReportRules(ref.indicators(), registered::contains, currentPeriod), (line, r) -> {}, progress);
            trace("file validated", t0);
            if (out.fatal() || !out.ok()) {
                imp.rollback();
                return new Result(out, null);
            }
            long read = imp.awaitDirectIngest();
            trace("DuckDB's read done", t0);
            if (read == out.accepted() && out.identicalRepeats() == 0 && !out.controlPadding()) {
                // DuckDB stored the text as it was; the string reader does not say whether it trimmed, so then trim anyway
                if (clean == null || clean.paddedText()) imp.trimDirectIngest();
                Result r = finish(imp, out, opt);
                trace("applied", t0);
                return r;
            }
            trace("direct read not used (" + read + " rows against " + out.accepted() + ")", t0);
            imp.rollback();
            return null;
        }
    }

    private static final boolean TRACE = Boolean.getBoolean("momentum.trace");

    private static void trace(String what, long t0) {
        if (TRACE) System.err.printf("  [import] %s at %.2f s%n", what, (System.nanoTime() - t0) / 1e9);
    }

    public Result importPrices(Path file, ReadOptions opt, Progress progress) {
        try (Importer imp = new Importer(db, Importer.Kind.PRICES, actor)) {
            ReadOutcome out = InputReader.readPrices(file, opt, ref.industries(), currentPeriod,
                    (line, p) -> imp.addPrice(line, p.industry(), p.period(), p.ppiYoy()), progress);
            return dropIndicatorsIfApplied(finish(imp, out, opt));
        }
    }

    private Result finish(Importer imp, ReadOutcome out, ReadOptions opt) {
        if (out.fatal() || (!out.ok() && !opt.partial())) {
            imp.rollback();
            return new Result(out, null);
        }
        ImportSummary s = imp.commit(new BatchInfo(out.file(), out.sha256(), out.encoding(), actor), out.rowsRead(), out.rejectedRows());
        return new Result(out, s);
    }
}
