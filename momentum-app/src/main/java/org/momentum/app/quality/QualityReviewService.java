package org.momentum.app.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.IndustryLevel;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.indicators.IndicatorRow;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PanelBuilder;
import org.momentum.indicators.PriceIndex;
import org.momentum.quality.Flag;
import org.momentum.quality.QualityScorer;
import org.momentum.quality.evaluation.SyntheticMonth;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;
import org.momentum.store.Database;
import org.momentum.store.QualityReview;
import org.momentum.store.ReferenceData;
import org.momentum.store.Registers;
import org.momentum.store.Reports;

/**
 * The review queue over the store: score a month's stored reports and keep the flags; a report's status is its
 * latest reviewer action; and the sensitivity of the indicators to the review (as reported, against reviewed:
 * queried reports left out and corrections applied).
 */
public final class QualityReviewService {
    private final Database db;
    private final ReferenceData ref;

    public QualityReviewService(Database db, ReferenceData ref) {
        this.db = db;
        this.ref = ref;
    }

    public record RunSummary(int period, int reports, int flaggedReports, int flags) {}

    /** Scores the month from the store (with 24 months of history and the stored prices) and replaces its flags. */
    public RunSummary run(int period, String actor) {
        Loaded l = load(period, Map.of(), Map.of());
        QualityScorer.Result r = QualityScorer.withDefaultRules().score(l.panel, l.sizes, period, prices());
        List<Flag> flags = r.flags(Flag.FLAGGED);
        Map<String, Double> best = new HashMap<>();
        for (int e = 0; e < l.panel.enterpriseCount(); e++) if (r.best(e) >= Flag.FLAGGED) best.put(l.panel.enterpriseId(e), r.best(e));
        QualityReview.replaceFlags(db, period, flags, id -> best.getOrDefault(id, 0.0), actor);
        return new RunSummary(period, r.context().reportCount(), r.flaggedReports(), flags.size());
    }

    /** The latest action on each of the month's reviewed reports, by enterprise id. */
    public Map<String, QualityReview.Action> status(int period) {
        Map<String, QualityReview.Action> latest = new LinkedHashMap<>();
        for (QualityReview.Action a : QualityReview.actions(db, period)) latest.put(a.enterpriseId(), a);
        return latest;
    }

    /** One cell of output_value for the month, as reported and as reviewed. */
    public record Sensitivity(String industry, double valueReported, double yoyReported, double valueReviewed, double yoyReviewed) {}

    /**
     * output_value at ALL regions for industry ALL, sections and divisions: as reported, and with the month's queried
     * reports left out and its corrections applied (the latest action of each report decides).
     */
    public List<Sensitivity> sensitivity(int period) {
        Map<String, Boolean> leaveOut = new HashMap<>();
        Map<String, Map<String, Double>> corrected = new HashMap<>();
        Map<String, QualityReview.Action> status = status(period);
        for (QualityReview.Action a : status.values()) {
            if (a.action().equals("query")) leaveOut.put(a.enterpriseId(), true);
        }
        for (QualityReview.Action a : QualityReview.actions(db, period)) { // every correction still standing
            QualityReview.Action latest = status.get(a.enterpriseId());
            if (a.action().equals("correct") && latest != null && latest.action().equals("correct"))
                corrected.computeIfAbsent(a.enterpriseId(), k -> new HashMap<>()).put(a.indicator(), a.correctedValue());
        }
        IndicatorCube asReported = cube(load(period, Map.of(), Map.of()).panel, period);
        IndicatorCube reviewed = cube(load(period, leaveOut, corrected).panel, period);
        Map<String, IndicatorRow> rev = new HashMap<>();
        for (IndicatorRow r : reviewed.rows()) if (keep(r)) rev.put(r.industry(), r);
        List<Sensitivity> out = new ArrayList<>();
        for (IndicatorRow r : asReported.rows()) {
            if (!keep(r)) continue;
            IndicatorRow v = rev.get(r.industry());
            out.add(new Sensitivity(r.industry(), r.value(), r.yoyPct(), v == null ? Double.NaN : v.value(), v == null ? Double.NaN : v.yoyPct()));
        }
        return out;
    }

    private boolean keep(IndicatorRow r) {
        return r.measure().equals("output_value") && r.region().equals("ALL")
                && (r.industry().equals("ALL") || ref.industries().get(r.industry()) != null
                    && ref.industries().get(r.industry()).level().ordinal() <= IndustryLevel.DIVISION.ordinal());
    }

    private static IndicatorCube cube(Panel panel, int period) { return new IndicatorEngine().compute(panel, null, period, period); }

    private PriceIndex prices() {
        List<Reports.Price> prices = Reports.prices(db);
        if (prices.isEmpty()) return null;
        PriceIndex.Builder pb = PriceIndex.builder();
        for (Reports.Price p : prices) pb.add(p.industry(), p.period(), p.ppiYoy());
        return pb.build();
    }

    private record Loaded(Panel panel, EnterpriseSize[] sizes) {}

    /** The register and the current reports of the month and the 24 before; at the month, some left out or corrected. */
    private Loaded load(int period, Map<String, Boolean> leaveOut, Map<String, Map<String, Double>> corrected) {
        List<Enterprise> register = Registers.enterprises(db);
        PanelBuilder b = new PanelBuilder(ref.industries(), register.size());
        EnterpriseSize[] sizes = new EnterpriseSize[register.size()];
        for (Enterprise e : register) sizes[b.addEnterprise(e)] = e.size();
        Reports.forEachCurrent(db, period - SyntheticMonth.LOOKBACK, period, (id, p, indicator, value, prev) -> {
            int idx = b.enterpriseIndex(id);
            if (idx < 0) return;
            if (p == period && leaveOut.containsKey(id)) return;
            Double fix = p == period && corrected.containsKey(id) ? corrected.get(id).get(indicator) : null;
            b.addReport(idx, p, indicator, fix != null ? fix : value, prev);
        });
        return new Loaded(b.build(), java.util.Arrays.copyOf(sizes, b.enterpriseCount()));
    }
}
