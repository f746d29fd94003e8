package org.momentum.targets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One pilot project's results: its latest KPI report per KPI, turned into improvements against the programme's
 * thresholds, with the pilot enterprise's province and industry division for aggregation.
 */
public record PilotResult(PilotProject project, String province, String division, List<KpiImprovement> improvements) {
    public PilotResult {
        improvements = List.copyOf(improvements);
    }

    /** The latest report per KPI (by period) of the project, as improvements against the programme's thresholds. */
    public static PilotResult of(PilotProject project, String province, String division, Programme programme, List<KpiReport> reports) {
        Map<Kpi, KpiReport> latest = new EnumMap<>(Kpi.class);
        for (KpiReport r : reports) {
            if (!r.projectId().equals(project.id())) continue;
            KpiReport before = latest.get(r.kpi());
            if (before == null || r.period() > before.period()) latest.put(r.kpi(), r);
        }
        List<KpiImprovement> out = new ArrayList<>();
        for (KpiReport r : latest.values()) out.add(KpiImprovement.of(r.kpi(), r.baseline(), r.current(), programme.threshold(r.kpi())));
        return new PilotResult(project, province, division, out);
    }

    /** Whether every KPI with a threshold meets it (and there is at least one). */
    public boolean meetsAll() {
        boolean any = false;
        for (KpiImprovement k : improvements) {
            if (!k.hasThreshold()) continue;
            any = true;
            if (!k.meets()) return false;
        }
        return any;
    }
}
