package org.momentum.app.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.indicators.IndicatorRow;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PeriodRange;
import org.momentum.indicators.PriceIndex;
import org.momentum.reports.Report;
import org.momentum.store.Database;
import org.momentum.store.IndicatorValues;
import org.momentum.store.ReferenceData;
import org.momentum.store.Reports;

/**
 * The indicators of a long-running process (the server) kept warm: the panel of the store's current reports and
 * the prices, built by the first {@link #computeAll} and then kept in memory. After each import of reports in the
 * same process, {@link #afterReports} revises the panel with the batch's rows ({@link Panel#revise}) and recomputes
 * only the months that depend on theirs ({@link IndicatorEngine#affectedPeriods}), where {@code momentum compute
 * --revised} reads the whole panel from the store again. A batch the panel cannot take (a new month, enterprise or
 * indicator) rebuilds it from the store; an import of the register or of prices drops it ({@link #invalidate}),
 * and the next full compute builds it again. One lock: imports and computes of the process take turns.
 */
public final class IndicatorState {
    private final IndicatorService service;
    private Panel panel;       // null until the first computeAll, and after invalidate()
    private PriceIndex prices; // may be null: the store has no prices
    private Update last = Update.NONE;

    public IndicatorState(ReferenceData ref) { this.service = new IndicatorService(ref); }

    /**
     * What {@link #afterReports} did: whether the panel was rebuilt (rather than revised), the months recomputed, the
     * rows stored; or, when the computation failed, why (the panel is then dropped, the import stands).
     */
    public record Update(boolean rebuilt, SortedSet<Integer> periods, int rows, String problem) {
        static final Update NONE = new Update(false, new TreeSet<>(), 0, null);
    }

    /** Whether a panel is held (a full compute ran and nothing dropped it since). */
    public synchronized boolean warm() { return panel != null; }

    /** Builds the panel from the store, recomputes and stores every month; the number of indicator rows. */
    public synchronized int computeAll(Database db, String actor) {
        int[] range = Reports.periodRange(db);
        if (range == null) {
            panel = null;
            return 0;
        }
        panel = service.panelFromStore(db, range[0], range[1]);
        prices = service.pricesFromStore(db);
        try {
            return store(db, allMonths(range), actor);
        } catch (RuntimeException e) {
            invalidate();
            throw e;
        }
    }

    /**
     * After the import of reports batch {@code batchId} committed: brings the held panel up to date and recomputes
     * the months that depend on the batch's. Nothing when no panel is held (indicators are computed by a full
     * compute first, as on the command line). The import has committed whatever happens here: a computation that
     * fails (see {@link Update#problem}) drops the panel, and the next full compute names the problem again.
     */
    public synchronized Update afterReports(Database db, long batchId, String actor) {
        if (panel == null) return Update.NONE;
        List<Report> batch = Reports.ofBatch(db, batchId);
        if (batch.isEmpty()) return Update.NONE;
        int[] range = Reports.periodRange(db);
        boolean rebuilt = false;
        try {
            panel = panel.revise(batch);
        } catch (IllegalArgumentException outsideThePanel) { // a new month, enterprise or indicator
            panel = service.panelFromStore(db, range[0], range[1]);
            rebuilt = true;
        }
        SortedSet<Integer> months = new TreeSet<>();
        for (int t : new TreeSet<>(batch.stream().map(Report::period).toList())) {
            for (PeriodRange r : IndicatorEngine.affectedPeriods(t))
                for (int p = r.from(); p <= Math.min(r.to(), range[1]); p++) months.add(p);
        }
        try {
            last = new Update(rebuilt, months, store(db, months, actor), null);
        } catch (IllegalArgumentException e) { // e.g. a month without the prices output_value_real needs
            invalidate();
            last = new Update(rebuilt, months, 0, e.getMessage());
        }
        return last;
    }

    /** What the last {@link #afterReports} did. */
    public synchronized Update lastUpdate() { return last; }

    /** The register or the prices changed: the panel is dropped until the next {@link #computeAll}. */
    public synchronized void invalidate() {
        panel = null;
        prices = null;
    }

    private static SortedSet<Integer> allMonths(int[] range) {
        SortedSet<Integer> all = new TreeSet<>();
        for (int p = range[0]; p <= range[1]; p++) all.add(p);
        return all;
    }

    /** Computes the months, one engine run per stretch of consecutive months, and replaces them in the store. */
    private int store(Database db, SortedSet<Integer> months, String actor) {
        List<IndicatorRow> rows = new ArrayList<>();
        Integer from = null, last = null;
        for (int p : months) {
            if (from != null && p != last + 1) {
                rows.addAll(new IndicatorEngine().compute(panel, prices, from, last).rows());
                from = null;
            }
            if (from == null) from = p;
            last = p;
        }
        if (from != null) rows.addAll(new IndicatorEngine().compute(panel, prices, from, last).rows());
        IndicatorValues.replace(db, months, rows, actor);
        return rows.size();
    }
}
