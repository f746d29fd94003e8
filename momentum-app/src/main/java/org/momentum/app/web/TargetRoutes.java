package org.momentum.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.momentum.app.targets.ProgrammeService;
import org.momentum.app.targets.TargetService;
import org.momentum.classification.Period;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.targets.CapacityCut;
import org.momentum.targets.DemonstrationZone;
import org.momentum.targets.Evaluation;
import org.momentum.targets.Kpi;
import org.momentum.targets.KpiImprovement;
import org.momentum.targets.KpiSummary;
import org.momentum.targets.OutcomeForecast;
import org.momentum.targets.PilotResult;
import org.momentum.targets.Programme;
import org.momentum.targets.Target;
import org.momentum.targets.TargetAssessment;

/**
 * Staff's working views of targets and programmes, on the store's current data (not a release):
 * {@code /api/working/targets} (each target assessed at the latest computed month, or {@code ?period=}),
 * {@code /api/working/targets/{id}} (with its assessment at every month), {@code /api/working/programmes},
 * {@code /api/working/programmes/{id}} (participants' own KPI results, aggregates, evaluation), and the pages
 * {@code /working/targets} and {@code /working/programmes/{id}}. The public reads what releases published:
 * {@link PublishedRoutes}.
 */
public final class TargetRoutes {
    private final Database db;
    private final ReferenceData ref;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> boards = new java.util.concurrent.ConcurrentHashMap<>();

    public TargetRoutes(Database db, ReferenceData ref) {
        this.db = db;
        this.ref = ref;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/working/targets", this::targets);
        routes.get("/api/working/targets/{id}", this::target);
        routes.get("/api/working/programmes", this::programmes);
        routes.get("/api/working/programmes/{id}", this::programme);
        routes.get("/working/targets", ctx -> {
            String lang = lang(ctx);
            Integer p = period(ctx, new TargetService(db, ref));
            // the board fits a forecast per target and release: kept until the next import or compute (audit entry)
            String key = lang + "|" + p + "|" + org.momentum.store.TargetStore.dataVersion(db);
            if (boards.size() > 64) boards.clear();
            ctx.html(boards.computeIfAbsent(key, k -> new TargetPages(db, ref).board(lang, p)));
        });
        routes.get("/working/programmes/{id}", ctx -> {
            String page = new TargetPages(db, ref).programme(lang(ctx), ctx.pathParam("id"));
            if (page == null) ctx.status(404).html("<!DOCTYPE html><p>No such programme: " + Html.esc(ctx.pathParam("id")) + "</p>");
            else ctx.html(page);
        });
    }

    private static String lang(Context ctx) { return "zh".equals(ctx.queryParam("lang")) ? "zh" : "en"; }

    /** ?period= or the latest computed month; null when nothing is computed. */
    static Integer period(Context ctx, TargetService svc) {
        String v = ctx.queryParam("period");
        if (v == null || v.isBlank()) return svc.latestPeriod();
        int p = Period.parseOrNone(v.trim());
        if (p == Period.NONE) throw new Server.BadRequest("period: '" + v + "' is not a month YYYY-MM");
        return p;
    }

    private void targets(Context ctx) throws Exception {
        TargetService svc = new TargetService(db, ref);
        Integer p = period(ctx, svc);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", p == null ? null : Period.format(p));
        List<Object> list = new ArrayList<>();
        if (p != null) for (TargetAssessment a : svc.board(p)) list.add(assessment(svc, a, true));
        m.put("targets", list);
        send(ctx, 200, m);
    }

    private void target(Context ctx) throws Exception {
        TargetService svc = new TargetService(db, ref);
        Target t = svc.target(ctx.pathParam("id"));
        if (t == null) {
            send(ctx, 404, Map.of("error", "no target '" + ctx.pathParam("id") + "'"));
            return;
        }
        Integer p = period(ctx, svc);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", p == null ? null : Period.format(p));
        m.put("target", p == null ? describe(t) : assessment(svc, svc.tracker(t).assess(p), true));
        List<Object> history = new ArrayList<>();
        if (p != null) for (TargetAssessment a : svc.tracker(t).history(p)) history.add(assessment(svc, a, false));
        m.put("history", history);
        send(ctx, 200, m);
    }

    static Map<String, Object> describe(Target t) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", t.id());
        o.put("name", t.name());
        o.put("name_zh", t.nameZh());
        o.put("measure", t.measure());
        o.put("industry", t.industry());
        o.put("region", t.region());
        o.put("baseline_value", t.baselineValue());
        o.put("baseline_period", Period.format(t.baselinePeriod()));
        o.put("goal_kind", t.goalKind().code());
        o.put("goal_value", t.goalValue());
        o.put("deadline", Period.format(t.deadline()));
        o.put("direction", t.direction().code());
        o.put("tolerance", t.tolerance());
        return o;
    }

    private Map<String, Object> assessment(TargetService svc, TargetAssessment a, boolean full) {
        Map<String, Object> o = full ? describe(a.target()) : new LinkedHashMap<>();
        o.put("assessed_at", Period.format(a.period()));
        o.put("outcome_period", Period.format(Math.min(a.period(), a.target().deadline()))); // final once the deadline has passed
        o.put("outcome", num(a.outcome()));
        o.put("progress", num(a.progress()));
        o.put("status", a.status().code());
        o.put("probability", num(a.probability()));
        if (a.forecast() != null) o.put("forecast", TargetRoutes.forecast(a.forecast()));
        if (full) {
            CapacityCut c = svc.capacityCut(a.target(), a.period());
            if (c != null) o.put("capacity_cut", capacity(c));
        }
        return o;
    }

    static Map<String, Object> capacity(CapacityCut c) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("baseline", Period.format(c.baseline()));
        o.put("period", Period.format(c.period()));
        o.put("baseline_capacity", c.baselineCapacity());
        o.put("current_capacity", c.currentCapacity());
        o.put("cut", c.cut());
        o.put("cut_by_exits", c.cutByExits());
        o.put("cut_by_continuing", c.cutByContinuing());
        o.put("exits", c.exits());
        o.put("cohort", c.cohort());
        o.put("added_by_newcomers", c.added());
        o.put("net_change", c.netChange());
        return o;
    }

    private void programmes(Context ctx) throws Exception {
        List<Object> list = new ArrayList<>();
        for (Programme p : new ProgrammeService(db).programmes()) list.add(programme(p));
        send(ctx, 200, Map.of("programmes", list));
    }

    static Map<String, Object> programme(Programme p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", p.id());
        o.put("kind", p.kind().code());
        o.put("name", p.name());
        o.put("name_zh", p.nameZh());
        Map<String, Object> th = new LinkedHashMap<>();
        for (Kpi k : Kpi.values()) th.put(k.code(), num(p.threshold(k)));
        o.put("thresholds_pct", th);
        return o;
    }

    private void programme(Context ctx) throws Exception {
        ProgrammeService.View v = new ProgrammeService(db).view(ctx.pathParam("id"));
        if (v == null) {
            send(ctx, 404, Map.of("error", "no programme '" + ctx.pathParam("id") + "'"));
            return;
        }
        Map<String, Object> m = programme(v.programme());
        List<Object> zones = new ArrayList<>();
        for (DemonstrationZone z : v.zones()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", z.id());
            o.put("name", z.name());
            o.put("region", z.region());
            o.put("approved", Period.format(z.approved()));
            o.put("focus_industries", z.focusIndustries());
            zones.add(o);
        }
        m.put("zones", zones);
        List<Object> pilots = new ArrayList<>();
        for (PilotResult r : v.pilots()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("project_id", r.project().id());
            o.put("batch", r.project().batch());
            o.put("year", r.project().year());
            o.put("enterprise_id", r.project().enterpriseId());
            o.put("project_type", r.project().projectType());
            o.put("province", r.province());
            o.put("division", r.division());
            o.put("meets_all_thresholds", r.meetsAll());
            List<Object> kpis = new ArrayList<>();
            for (KpiImprovement k : r.improvements()) {
                Map<String, Object> ko = new LinkedHashMap<>();
                ko.put("kpi", k.kpi().code());
                ko.put("baseline", k.baseline());
                ko.put("current", k.current());
                ko.put("improvement_pct", num(k.improvementPct()));
                ko.put("threshold_pct", num(k.threshold()));
                ko.put("meets", k.meets());
                kpis.add(ko);
            }
            o.put("kpis", kpis);
            pilots.add(o);
        }
        m.put("participants", pilots);
        Map<String, Object> agg = new LinkedHashMap<>();
        for (Map.Entry<KpiSummary.By, List<KpiSummary>> e : v.summaries().entrySet()) {
            List<Object> rows = new ArrayList<>();
            for (KpiSummary s : e.getValue()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("group", s.group());
                o.put("kpi", s.kpi().code());
                o.put("projects", s.projects());
                o.put("mean_improvement_pct", num(s.meanPct()));
                o.put("median_improvement_pct", num(s.medianPct()));
                o.put("with_threshold", s.withThreshold());
                o.put("meeting_threshold", s.meeting());
                rows.add(o);
            }
            agg.put(e.getKey().code(), rows);
        }
        m.put("aggregates", agg);
        m.put("evaluation", evaluation(v.evaluation()));
        send(ctx, 200, m);
    }

    static Map<String, Object> evaluation(Evaluation e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("verdict", e.verdict().code());
        o.put("statement", e.plainly());
        o.put("estimate_log_points", num(e.estimate()));
        o.put("effect_pct", num(e.effectPct()));
        o.put("ci95_pct", java.util.Arrays.asList(num(e.lo95Pct()), num(e.hi95Pct())));
        o.put("se_log_points", num(e.se()));
        o.put("participants", e.participants());
        o.put("matched", e.matched());
        o.put("controls", e.controls());
        o.put("clusters", e.clusters());
        o.put("method", "difference in differences, E−1 to E+1, 3 nearest controls of the same division, province and size; cluster-robust 95% interval (cells)");
        if (e.placebo() != null) o.put("placebo", evaluation(e.placebo()));
        return o;
    }

    static Double num(double d) { return Double.isFinite(d) ? d : null; }

    private void send(Context ctx, int status, Object body) throws Exception {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    }

    /** The outcome's forecast distribution at the deadline, as the board's JSON gives it (working and published alike). */
    static Map<String, Object> forecast(OutcomeForecast f) {
        Map<String, Object> fo = new LinkedHashMap<>();
        fo.put("mean", f.mean());
        fo.put("sd", f.sd());
        fo.put("method", f.method());
        fo.put("basis", f.basis());
        return fo;
    }
}
