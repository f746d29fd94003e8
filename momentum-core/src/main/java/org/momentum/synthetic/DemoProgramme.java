package org.momentum.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;
import org.momentum.targets.Kpi;
import org.momentum.targets.KpiReport;
import org.momentum.targets.PilotProject;
import org.momentum.targets.Programme;

/**
 * The demo's intelligent-manufacturing programme: one batch of 97 pilot projects announced in 2017 (the size of
 * MIIT's 2017 batch) among the demo's manufacturers, their KPI reports at the end of 2018, and the output effect
 * injected into the panel so that the evaluation has something to find. Deterministic for a spec.
 */
public record DemoProgramme(Programme programme, List<PilotProject> pilots, List<KpiReport> kpis, ProgrammeEffect effect) {
    public static final String ID = "im-pilots";
    public static final int PILOTS = 97, YEAR = 2017;
    /** Output 6% higher than otherwise from 2018 on: the injected effect the evaluation should recover. */
    public static final double EFFECT = 0.06;
    /**
     * Mean improvement (percent) of each KPI among the pilots — an assumption near the averages MIIT reported for
     * its earlier pilot batches (efficiency up about 38%, operating cost down about 21%, development cycle about 35%
     * shorter, defect rate down about 25%, energy use per unit down about 11%) — and its spread between projects.
     */
    private static final double[] MEAN = {38, 21, 35, 25, 11}, SPREAD = {14, 8, 12, 10, 6};
    /** The programme's thresholds (percent), assumed for the demo. */
    private static final double[] THRESHOLD = {20, 20, 20, 10, 10};
    private static final String[] TYPES = {"discrete intelligent manufacturing", "process intelligent manufacturing",
            "networked collaborative manufacturing", "mass customisation", "remote operation and maintenance"};
    /** Baseline scale of each KPI: output per worker-hour (index), 10k yuan a month, days, percent, tce per 10k yuan. */
    private static final double[] BASE = {100, 2_000, 180, 2.5, 0.35};

    public static DemoProgramme of(GeneratorSpec spec) {
        List<Enterprise> register = PanelGenerator.register(spec);
        int first = spec.fromPeriod(), last = spec.toPeriod();
        // candidates: manufacturers (section C: divisions 13–43), large or medium, in scope over the whole panel
        Map<String, Integer> stayers = new HashMap<>();
        for (Enterprise e : register) if (e.scopeFrom() <= first && e.scopeTo() >= last) stayers.merge(cell(e), 1, Integer::sum);
        List<Enterprise> candidates = new ArrayList<>();
        for (Enterprise e : register) {
            int division = Integer.parseInt(e.industry().substring(0, 2));
            boolean ok = division >= 13 && division <= 43 && (e.size() == EnterpriseSize.LARGE || e.size() == EnterpriseSize.MEDIUM)
                    && e.scopeFrom() <= first && e.scopeTo() >= last && stayers.get(cell(e)) >= 5; // leave comparable firms in the cell
            if (ok) candidates.add(e);
        }
        long seed = spec.seed();
        candidates.sort(Comparator.comparingLong((Enterprise e) -> Noise.mix(seed ^ e.id().hashCode())).thenComparing(Enterprise::id));
        Map<String, Integer> perCell = new HashMap<>();
        List<Enterprise> chosen = new ArrayList<>();
        for (Enterprise e : candidates) {
            if (chosen.size() == PILOTS) break;
            if (perCell.merge(cell(e), 1, Integer::sum) > 2) continue; // at most two pilots share their controls
            chosen.add(e);
        }
        chosen.sort(Comparator.comparing(Enterprise::id));
        Map<Kpi, Double> thresholds = new EnumMap<>(Kpi.class);
        Kpi[] kpis = Kpi.values();
        for (int k = 0; k < kpis.length; k++) thresholds.put(kpis[k], THRESHOLD[k]);
        Programme programme = new Programme(ID, Programme.Kind.PILOT, "Intelligent manufacturing pilot demonstration projects",
                "智能制造试点示范项目", thresholds);
        List<PilotProject> pilots = new ArrayList<>();
        List<KpiReport> reports = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int reported = Period.of(YEAR + 1, 12);
        for (int j = 0; j < chosen.size(); j++) {
            Enterprise e = chosen.get(j);
            SplittableRandom rnd = new SplittableRandom(Noise.mix(seed * 97 + j));
            String id = String.format("IM%d-%03d", YEAR, j + 1);
            pilots.add(new PilotProject(id, ID, Integer.toString(YEAR), YEAR, e.id(), TYPES[rnd.nextInt(TYPES.length)]));
            ids.add(e.id());
            for (int k = 0; k < kpis.length; k++) {
                double base = round(BASE[k] * Math.exp(0.3 * rnd.nextGaussian()), k == 3 || k == 4 ? 3 : 1);
                double improvement = (MEAN[k] + SPREAD[k] * rnd.nextGaussian()) / 100;
                double current = kpis[k].higherIsBetter() ? base * (1 + improvement) : base * Math.max(0.05, 1 - improvement);
                reports.add(new KpiReport(id, kpis[k], reported, base, round(current, k == 3 || k == 4 ? 3 : 1)));
            }
        }
        return new DemoProgramme(programme, List.copyOf(pilots), List.copyOf(reports), new ProgrammeEffect(ids, Period.of(YEAR + 1, 1), EFFECT));
    }

    /** The evaluation's matching cell: division, province and size. */
    static String cell(Enterprise e) { return e.industry().substring(0, 2) + "|" + e.province() + "|" + e.size().code(); }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.rint(v * f) / f;
    }
}
