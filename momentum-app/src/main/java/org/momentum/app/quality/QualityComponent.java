package org.momentum.app.quality;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.momentum.app.releases.ReleaseComponent;
import org.momentum.app.releases.ReleaseContext;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.dissemination.SeriesKey;
import org.momentum.indicators.Panel;
import org.momentum.quality.Flag;
import org.momentum.quality.QualityScorer;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.store.Snapshots;

/**
 * A release's data-quality indicators for its month, as statistics offices publish them beside the figures (the
 * ESS quality and performance indicators: unit response rate; share of records flagged by editing): of the
 * enterprises in scope, the share that had reported output value by the cut-off ({@code response_pct}), and of
 * those, the share whose report the quality checks flag ({@code flagged_pct}, highest score ≥ 0.5 as in
 * formats.md), for the whole of industry and its three sections. Only these broad cells: a flag share of a small
 * cell would say something about a named enterprise.
 */
public final class QualityComponent implements ReleaseComponent {
    public static final List<String> VARIABLES = List.of("response_pct", "flagged_pct");
    private static final List<String> GROUPS = List.of("ALL", "B", "C", "D");

    @Override
    public String name() { return "quality"; }

    @Override
    public void contribute(ReleaseContext context, Consumer<ReleaseObservation> out) {
        Panel panel = context.panel();
        int t = context.period(), m = panel.measureIndex(IndicatorCatalog.OUTPUT_VALUE);
        if (m < 0 || t < panel.minPeriod() || t > panel.maxPeriod()) return;
        QualityScorer.Result scored = QualityScorer.withDefaultRules().score(panel, sizes(context), t, context.prices());
        Map<String, int[]> counts = new HashMap<>(); // group -> {in scope, reported, flagged}
        for (String g : GROUPS) counts.put(g, new int[3]);
        for (int e = 0; e < panel.enterpriseCount(); e++) {
            if (!panel.inScope(e, t)) continue;
            boolean reported = panel.hasReport(m, t, e), flagged = reported && scored.best(e) >= Flag.FLAGGED;
            for (String g : List.of("ALL", panel.industries().sectionOf(panel.industry(e)))) {
                int[] c = counts.get(g);
                if (c == null) continue;
                c[0]++;
                if (reported) c[1]++;
                if (flagged) c[2]++;
            }
        }
        for (String g : GROUPS) {
            int[] c = counts.get(g);
            if (c[0] > 0) out.accept(ReleaseObservation.of(key(g, "response_pct"), t, 100.0 * c[1] / c[0]));
            if (c[1] > 0) out.accept(ReleaseObservation.of(key(g, "flagged_pct"), t, 100.0 * c[2] / c[1]));
        }
    }

    private static SeriesKey key(String industry, String variable) {
        return new SeriesKey(IndicatorCatalog.OUTPUT_VALUE, industry, "ALL", variable);
    }

    /** Each panel enterprise's size class from the register as it stood at the cut-off. */
    private static EnterpriseSize[] sizes(ReleaseContext context) {
        Map<String, EnterpriseSize> byId = new HashMap<>();
        try (Connection c = context.db().connect()) {
            for (Enterprise e : Snapshots.enterprises(c, context.cutoff())) byId.put(e.id(), e.size());
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot read the register at the cut-off: " + ex.getMessage(), ex);
        }
        Panel panel = context.panel();
        EnterpriseSize[] sizes = new EnterpriseSize[panel.enterpriseCount()];
        for (int e = 0; e < sizes.length; e++) sizes[e] = byId.getOrDefault(panel.enterpriseId(e), EnterpriseSize.SMALL);
        return sizes;
    }
}
