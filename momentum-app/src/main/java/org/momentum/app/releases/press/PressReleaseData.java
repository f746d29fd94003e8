package org.momentum.app.releases.press;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryLevel;
import org.momentum.dissemination.RealTime;
import org.momentum.dissemination.RealTimeObservation;
import org.momentum.dissemination.Release;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.dissemination.ReleaseStatus;
import org.momentum.dissemination.SeriesKey;
import org.momentum.dissemination.Vintage;
import org.momentum.dissemination.press.Figure;
import org.momentum.dissemination.press.PressFigures;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.reports.IndicatorDefinition;
import org.momentum.store.PublishedOutlook;
import org.momentum.store.PublishedTargets;
import org.momentum.targets.TargetAssessment;
import org.momentum.reports.Product;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;

/**
 * Reads the figures of a press release from one release's frozen numbers, never from working data. A published
 * release is read as the public saw it at its publication (its own numbers, and those of earlier releases it left
 * unchanged; a later correction does not reach back); a draft or approved one (staff preview) from its own rows.
 * National figures only (region ALL). The targets board and the outlook are the copies frozen with the release.
 */
public final class PressReleaseData {
    /** The products of NBS's monthly release that the press release states. */
    public static final List<String> PRODUCTS = List.of("industrial_robot", "nev", "crude_steel", "cement");
    static final String HEADLINE = IndicatorCatalog.OUTPUT_VALUE_REAL;

    private PressReleaseData() {}

    public static PressFigures read(Database db, ReferenceData ref, Release r) {
        Map<String, Figure> cells = r.status() == ReleaseStatus.PUBLISHED ? published(db, r) : ownRows(db, r);
        int p = r.period();
        List<PressFigures.Division> divisions = new ArrayList<>();
        for (Industry i : ref.industries().industrial(IndustryLevel.DIVISION)) {
            Figure pp = cell(cells, HEADLINE, i.code(), "contribution_pp"), g = cell(cells, HEADLINE, i.code(), "yoy_pct");
            if (pp.status() == null && g.status() == null) continue;
            String en = i.nameEn() == null || i.nameEn().isBlank() ? i.nameZh() : i.nameEn();
            divisions.add(new PressFigures.Division(i.code(), en, i.nameZh(), pp, g));
        }
        Map<String, Product> products = new HashMap<>();
        for (Product pr : ref.indicators().products()) products.put(pr.code(), pr);
        List<PressFigures.ProductOutput> out = new ArrayList<>();
        for (String code : PRODUCTS) {
            Product pr = products.get(code);
            if (pr == null) continue;
            String m = IndicatorCatalog.PRODUCT_PREFIX + code;
            out.add(new PressFigures.ProductOutput(code, pr.nameEn(), pr.nameZh(), pr.unitEn(), pr.unitZh(),
                    cell(cells, m, "ALL", SeriesKey.LEVEL), cell(cells, m, "ALL", "yoy_pct"),
                    cell(cells, m, "ALL", "ytd_value"), cell(cells, m, "ALL", "ytd_yoy_pct")));
        }
        return new PressFigures(p, cell(cells, HEADLINE, "ALL", "yoy_pct"), cell(cells, HEADLINE, "ALL", "ytd_yoy_pct"), divisions, out,
                targets(db, ref, r), outlook(db, r), programmes(db, r));
    }

    /** The programmes' results frozen with the release: KPI aggregates over all pilots, and the evaluation. */
    private static List<PressFigures.ProgrammeOutcome> programmes(Database db, Release r) {
        List<PressFigures.ProgrammeOutcome> out = new ArrayList<>();
        for (PublishedTargets.ProgrammeResult p : PublishedTargets.read(db, r.id()).programmes()) {
            if (p.projects() == 0) continue; // a zone programme has no pilot projects to report on
            List<PressFigures.KpiOutcome> kpis = new ArrayList<>();
            for (PublishedTargets.Aggregate a : p.aggregates())
                if (a.groupedBy().equals("all")) kpis.add(new PressFigures.KpiOutcome(a.kpi(), a.meanPct(), a.meeting(), a.withThreshold(), a.withheld()));
            out.add(new PressFigures.ProgrammeOutcome(p.programme().name(), p.programme().nameZh(), p.projects(), kpis, p.evaluation()));
        }
        return out;
    }

    /** The targets board frozen with the release (PublishedTargets), each with its measure's unit. */
    private static List<PressFigures.TargetProgress> targets(Database db, ReferenceData ref, Release r) {
        List<PressFigures.TargetProgress> out = new ArrayList<>();
        for (TargetAssessment a : PublishedTargets.read(db, r.id()).board()) {
            String m = a.target().measure();
            IndicatorDefinition d = ref.indicators().get(m.equals(IndicatorCatalog.OUTPUT_VALUE_REAL) ? IndicatorCatalog.OUTPUT_VALUE : m);
            out.add(new PressFigures.TargetProgress(a, d == null ? "" : d.unitEn(), d == null ? "" : d.unitZh()));
        }
        return out;
    }

    /** The outlook of the headline frozen with the release (PublishedOutlook), or null when it carries none. */
    private static PressFigures.Outlook outlook(Database db, Release r) {
        PublishedOutlook.Series s = PublishedOutlook.read(db, r.id(), HEADLINE, "ALL", "ALL");
        if (s == null) return null;
        return new PressFigures.Outlook(s.year(), s.growthPct(), s.lo80(), s.hi80(), s.lo95(), s.hi95(), s.method(), s.origin());
    }

    private static Figure cell(Map<String, Figure> cells, String measure, String industry, String variable) {
        return cells.getOrDefault(new SeriesKey(measure, industry, "ALL", variable).id(), Figure.ABSENT);
    }

    /** What was public at the release's publication, at its month: per series the latest vintage then. */
    private static Map<String, Figure> published(Database db, Release r) {
        Map<String, Figure> out = new HashMap<>();
        for (Map.Entry<SeriesKey, List<Vintage>> e : Releases.vintagesAt(db, r.period(), r.publishedAt(), "ALL").entrySet())
            for (RealTimeObservation o : RealTime.asOf(e.getValue(), r.publishedAt()))
                out.put(e.getKey().id(), new Figure(o.defined() ? o.value() : Double.NaN, o.status()));
        return out;
    }

    private static Map<String, Figure> ownRows(Database db, Release r) {
        Map<String, Figure> out = new HashMap<>();
        for (ReleaseObservation o : Releases.observationsAt(db, r.id(), r.period(), "ALL"))
            out.put(o.series().id(), new Figure(o.status().hasValue() ? o.value() : Double.NaN, o.status()));
        return out;
    }
}
