package org.momentum.app.targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.momentum.forecast.Forecaster;
import org.momentum.forecast.Forecasters;
import org.momentum.indicators.IndicatorRow;
import org.momentum.registry.Enterprise;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.TargetStore;
import org.momentum.targets.CapacityCut;
import org.momentum.targets.GoalKind;
import org.momentum.targets.Target;
import org.momentum.targets.TargetAssessment;
import org.momentum.targets.TargetTracker;

/**
 * The targets board from the store: each target's tracker over the computed indicator cube (and, for capacity
 * cuts, the register and the capacity reports), assessed at a release. What the API, the pages, the CLI and the
 * press release call.
 */
public final class TargetService {
    /** The forecasting method behind the probabilities (forecast::ets as R does it, see org.momentum.forecast.Ets). */
    public static final String METHOD = "ets";
    /** The comparable-price output the regulator's growth figures refer to (indicators.md "Constant prices"). */
    static final String REAL = "output_value_real";

    private final TargetData data;
    private final ReferenceData ref;
    private final Forecaster method;

    /** On the store's current data (the working views). */
    public TargetService(Database db, ReferenceData ref) { this(TargetData.store(db), ref); }

    public TargetService(TargetData data, ReferenceData ref) {
        this.data = data;
        this.ref = ref;
        this.method = Forecasters.byName(METHOD);
    }

    /** The latest month with computed indicators (output value), or null before any compute. */
    public Integer latestPeriod() { return data.latestPeriod(); }

    public List<Target> targets() { return TargetStore.targets(data.db()); }

    public Target target(String id) {
        for (Target t : targets()) if (t.id().equals(id)) return t;
        return null;
    }

    /** Every target set by {@code period} (baseline ≤ period), assessed at that period. */
    public List<TargetAssessment> board(int period) {
        List<TargetAssessment> out = new ArrayList<>();
        for (Target t : targets()) if (t.baselinePeriod() <= period) out.add(tracker(t).assess(period));
        return out;
    }

    public TargetTracker tracker(Target t) {
        List<IndicatorRow> series = data.series(t.measure(), t.industry(), t.region());
        boolean stock = IndicatorCatalog.isStock(t.measure());
        CapacityCuts cuts = t.goalKind() == GoalKind.CHANGE && t.measure().startsWith(IndicatorCatalog.CAPACITY_PREFIX) ? new CapacityCuts(t) : null;
        // output_value_real has growth but no level: a month's weight in the year's growth is output_value's a year earlier
        List<IndicatorRow> weights = t.measure().equals(REAL) ? data.series(IndicatorCatalog.OUTPUT_VALUE, t.industry(), t.region()) : series;
        return new TargetTracker(t, series, weights, stock, cuts == null ? null : cuts::at, method);
    }

    /** The capacity cut of a capacity change target at a period (null for other targets). */
    public CapacityCut capacityCut(Target t, int period) {
        if (t.goalKind() != GoalKind.CHANGE || !t.measure().startsWith(IndicatorCatalog.CAPACITY_PREFIX)) return null;
        return new CapacityCuts(t).at(Math.min(period, t.deadline()));
    }

    /** The register's makers in the target's cell and their capacity reports, loaded once per target. */
    private final class CapacityCuts {
        final Target target;
        final List<Enterprise> makers = new ArrayList<>();
        final Map<String, NavigableMap<Integer, Double>> reports;
        final Map<Integer, CapacityCut> memo = new HashMap<>();

        CapacityCuts(Target t) {
            this.target = t;
            String prefix = t.industry().equals("ALL") || !Character.isDigit(t.industry().charAt(0)) ? "" : t.industry();
            for (Enterprise e : data.register()) if (inCell(e, t)) makers.add(e);
            reports = data.reportsByEnterprise(t.measure(), prefix);
        }

        CapacityCut at(int period) {
            return memo.computeIfAbsent(period, p -> CapacityCut.measure(makers, reports, target.baselinePeriod(), p));
        }
    }

    private boolean inCell(Enterprise e, Target t) {
        String ind = t.industry();
        boolean industry = ind.equals("ALL") || (Character.isDigit(ind.charAt(0)) ? e.industry().startsWith(ind)
                : ind.equals(ref.industries().sectionOf(e.industry())));
        return industry && (t.region().equals("ALL") || e.province().equals(t.region()));
    }
}
