package org.momentum.app.targets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.registry.Enterprise;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.store.Database;
import org.momentum.store.TargetStore;
import org.momentum.targets.DemonstrationZone;
import org.momentum.targets.DifferenceInDifferences;
import org.momentum.targets.Evaluation;
import org.momentum.targets.EvaluationUnit;
import org.momentum.targets.KpiReport;
import org.momentum.targets.KpiSummary;
import org.momentum.targets.PilotProject;
import org.momentum.targets.PilotResult;
import org.momentum.targets.Programme;

/**
 * A programme's participants and results from the store: each pilot's KPI improvements against the programme's
 * thresholds, their aggregates by batch, region and industry, and the evaluation of the programme on output
 * growth (difference in differences against matched non-participants of the same division, province and size).
 */
public final class ProgrammeService {
    /** The outcome the evaluation compares: annual gross output value (complete years only). */
    public static final String OUTCOME = IndicatorCatalog.OUTPUT_VALUE;

    private final Database db;
    private final TargetData data;

    /** On the store's current data (the working views). */
    public ProgrammeService(Database db) { this(TargetData.store(db)); }

    public ProgrammeService(TargetData data) {
        this.db = data.db();
        this.data = data;
    }

    /** Everything the programme page and /api/programmes/{id} show. */
    public record View(Programme programme, List<DemonstrationZone> zones, List<PilotResult> pilots,
                       Map<KpiSummary.By, List<KpiSummary>> summaries, Evaluation evaluation) {}

    public List<Programme> programmes() { return TargetStore.programmes(db); }

    /** Null when there is no such programme. */
    public View view(String id) {
        Programme p = TargetStore.programme(db, id);
        if (p == null) return null;
        Map<String, Enterprise> register = new HashMap<>();
        for (Enterprise e : data.register()) register.put(e.id(), e);
        List<PilotProject> projects = TargetStore.pilots(db, id);
        List<KpiReport> kpis = TargetStore.kpiReports(db, id);
        Map<String, List<KpiReport>> byProject = new HashMap<>();
        for (KpiReport k : kpis) byProject.computeIfAbsent(k.projectId(), x -> new ArrayList<>()).add(k);
        List<PilotResult> results = new ArrayList<>();
        for (PilotProject pp : projects) {
            Enterprise e = register.get(pp.enterpriseId());
            results.add(PilotResult.of(pp, e == null ? "?" : e.province(), e == null ? "?" : e.industry().substring(0, 2), p,
                    byProject.getOrDefault(pp.id(), List.of())));
        }
        Map<KpiSummary.By, List<KpiSummary>> summaries = new EnumMap<>(KpiSummary.By.class);
        for (KpiSummary.By by : KpiSummary.By.values()) summaries.put(by, KpiSummary.aggregate(results, by));
        List<DemonstrationZone> zones = TargetStore.zones(db, id);
        return new View(p, zones, results, summaries, evaluate(p, projects, zones, register));
    }

    /**
     * Participants: the pilot enterprises (entering in their project's year) or the enterprises a zone covers
     * (entering in the approval year); everyone else is a potential control. Cells: division | province | size.
     */
    Evaluation evaluate(Programme p, List<PilotProject> projects, List<DemonstrationZone> zones, Map<String, Enterprise> register) {
        Map<String, Integer> entry = new HashMap<>();
        for (PilotProject pp : projects) entry.merge(pp.enterpriseId(), pp.year(), Math::min);
        Map<String, Map<Integer, Double>> annual = data.annualTotals(OUTCOME);
        List<EvaluationUnit> units = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Double>> a : annual.entrySet()) {
            Enterprise e = register.get(a.getKey());
            if (e == null) continue;
            Integer year = entry.get(e.id());
            for (DemonstrationZone z : zones) {
                if (z.covers(e.region(), e.industry())) {
                    int y = org.momentum.classification.Period.year(z.approved());
                    year = year == null ? y : Math.min(year, y);
                }
            }
            String cell = e.industry().substring(0, 2) + "|" + e.province() + "|" + e.size().code();
            units.add(new EvaluationUnit(e.id(), cell, year == null ? EvaluationUnit.NEVER : year, a.getValue()));
        }
        return new DifferenceInDifferences().evaluate(units);
    }
}
