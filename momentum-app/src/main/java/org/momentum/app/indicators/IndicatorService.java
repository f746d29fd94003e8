package org.momentum.app.indicators;

import org.momentum.app.ops.Metrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.momentum.app.files.CsvOut;
import org.momentum.app.files.Table;
import org.momentum.app.files.InputReader;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.files.ReadOutcome;
import org.momentum.app.files.RowError;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.indicators.IndicatorRow;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PanelBuilder;
import org.momentum.indicators.PeriodRange;
import org.momentum.indicators.PriceIndex;
import org.momentum.registry.Enterprise;
import org.momentum.registry.RegisterRules;
import org.momentum.reports.ReportRules;
import org.momentum.store.Database;
import org.momentum.store.IndicatorValues;
import org.momentum.store.ReferenceData;
import org.momentum.store.Registers;
import org.momentum.store.Reports;

/**
 * Computes the indicator cube with the core engine, from files (stateless, {@code momentum indicators}) or from
 * the store ({@code momentum compute}, the server's path), and writes indicators.csv.
 */
public final class IndicatorService {
    public static final String HEADER = "measure,industry,region,period,value,enterprises,yoy_pct,ytd_value,ytd_yoy_pct,contribution_pp";

    private final ReferenceData ref;

    public IndicatorService(ReferenceData ref) { this.ref = ref; }

    /** The files' errors (nothing computed) or the cube. */
    public record FromFiles(List<RowError> errors, long errorCount, IndicatorCube cube) {}

    /**
     * Reads the register, the reports (later files revise earlier ones) and optional prices with the import's
     * readers and rules, and computes the cube. Any error in any file: no cube, the errors.
     */
    public FromFiles fromFiles(Path enterprises, List<Path> reports, Path prices, ReadOptions opt, int currentPeriod, Progress progress) {
        List<RowError> errors = new ArrayList<>();
        long[] count = {0};
        PanelBuilder panel = new PanelBuilder(ref.industries());
        Set<String> ids = new HashSet<>();
        ReadOutcome e = InputReader.readEnterprises(enterprises, opt, new RegisterRules(ref.industries(), ref.regions()),
                (line, ent) -> { panel.addEnterprise(ent); ids.add(ent.id()); }, progress);
        collect(e, errors, count);
        ReportRules rules = new ReportRules(ref.indicators(), ids::contains, currentPeriod);
        for (Path r : reports) {
            ReadOutcome o = InputReader.readReports(r, opt, rules, (line, rep) -> panel.addReport(rep), progress);
            collect(o, errors, count);
        }
        PriceIndex index = null;
        if (prices != null) {
            PriceIndex.Builder pb = PriceIndex.builder();
            ReadOutcome o = InputReader.readPrices(prices, opt, ref.industries(), currentPeriod,
                    (line, p) -> pb.add(p.industry(), p.period(), p.ppiYoy()), progress);
            collect(o, errors, count);
            index = pb.build();
        }
        if (count[0] > 0) return new FromFiles(errors, count[0], null);
        return new FromFiles(List.of(), 0, new IndicatorEngine().compute(panel.build(), index));
    }

    private static void collect(ReadOutcome o, List<RowError> errors, long[] count) {
        errors.addAll(o.errors());
        count[0] += o.errorCount();
    }

    /** Writes indicators.csv (formats.md) atomically: a reader never sees half a file; a *.xlsx name gets a workbook. */
    public static void write(IndicatorCube cube, Path out) {
        if (Table.isWorkbook(out)) {
            Table t = new Table(HEADER.split(","));
            for (IndicatorRow r : cube.rows())
                t.row(r.measure(), r.industry(), r.region(), Period.format(r.period()), r.value(), r.enterprises(), r.yoyPct(), r.ytdValue(),
                        r.ytdYoyPct(), r.contributionPp());
            t.writeWorkbook(out);
            return;
        }
        org.momentum.app.files.AtomicOutput.write(out, w -> {
            w.write(HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(160);
            for (IndicatorRow r : cube.rows()) {
                sb.setLength(0);
                sb.append(CsvOut.quote(r.measure())).append(',').append(r.industry()).append(',').append(r.region()).append(',')
                        .append(Period.format(r.period())).append(',').append(CsvOut.number(r.value())).append(',')
                        .append(r.enterprises()).append(',').append(CsvOut.number(r.yoyPct())).append(',')
                        .append(CsvOut.number(r.ytdValue())).append(',').append(CsvOut.number(r.ytdYoyPct())).append(',')
                        .append(CsvOut.number(r.contributionPp())).append('\n');
                w.append(sb);
            }
        });
    }

    /** Builds the panel of the store's current reports (periods from..to) with the register. */
    public Panel panelFromStore(Database db, int from, int to) {
        List<Enterprise> register = Registers.enterprises(db);
        PanelBuilder b = new PanelBuilder(ref.industries(), register.size());
        for (Enterprise e : register) b.addEnterprise(e);
        Reports.forEachCurrent(db, from, to, (id, period, indicator, value, prev) -> {
            int idx = b.enterpriseIndex(id);
            if (idx >= 0) b.addReport(idx, period, indicator, value, prev);
        });
        return b.build();
    }

    /** The store's current price indices, or null when it holds none. */
    public PriceIndex pricesFromStore(Database db) {
        List<Reports.Price> prices = Reports.prices(db);
        if (prices.isEmpty()) return null;
        PriceIndex.Builder pb = PriceIndex.builder();
        for (Reports.Price p : prices) pb.add(p.industry(), p.period(), p.ppiYoy());
        return pb.build();
    }

    /** Recomputes every period with reports and stores the cube; returns the number of rows. */
    public int recomputeAll(Database db, String actor) {
        return Metrics.recompute("all", () -> recomputeAllTimed(db, actor));
    }

    private int recomputeAllTimed(Database db, String actor) {
        int[] range = Reports.periodRange(db);
        if (range == null) return 0;
        Panel panel = panelFromStore(db, range[0], range[1]);
        IndicatorCube cube = new IndicatorEngine().compute(panel, pricesFromStore(db));
        Set<Integer> periods = new TreeSet<>();
        for (int p = range[0]; p <= range[1]; p++) periods.add(p);
        IndicatorValues.replace(db, periods, cube.rows(), actor);
        return cube.size();
    }

    /**
     * Recomputes only what depends on revised reports of one month: that month to December, and the same
     * months a year later (their base changed). Year to date needs the reports from January of each range.
     */
    public int recomputeAfterRevision(Database db, int revisedPeriod, String actor) {
        return Metrics.recompute("revision", () -> recomputeAfterRevisionTimed(db, revisedPeriod, actor));
    }

    private int recomputeAfterRevisionTimed(Database db, int revisedPeriod, String actor) {
        int[] range = Reports.periodRange(db);
        if (range == null) return 0;
        int rows = 0;
        for (PeriodRange r : IndicatorEngine.affectedPeriods(revisedPeriod)) {
            int to = Math.min(r.to(), range[1]);
            if (r.from() > to) continue;
            Panel panel = panelFromStore(db, Period.january(r.from()) - 12, to);
            IndicatorCube cube = new IndicatorEngine().compute(panel, pricesFromStore(db), r.from(), to);
            Set<Integer> periods = new TreeSet<>();
            for (int p = r.from(); p <= to; p++) periods.add(p);
            IndicatorValues.replace(db, periods, cube.rows(), actor);
            rows += cube.size();
        }
        return rows;
    }
}
