package org.momentum.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.momentum.app.cli.Clocks;
import org.momentum.app.files.CsvOut;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.store.Database;
import org.momentum.store.PublishedOutlook;
import org.momentum.store.PublishedTargets;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;
import org.momentum.targets.OutcomeForecast;
import org.momentum.targets.TargetAssessment;

/**
 * The outlook and targets of published releases, for everyone: {@code /api/forecasts}, {@code /api/targets},
 * {@code /api/targets/{id}}, {@code /api/programmes}, {@code /api/programmes/{id}} (JSON, or CSV with
 * {@code ?format=csv}) and the pages {@code /targets} and {@code /programmes/{id}}. Each reads the frozen copy of
 * one release: {@code ?release=id} (a release public now), else the latest public at {@code ?as_of=} (default now).
 * Nothing of a draft, approved or embargoed release is served. Staff's working views (assessed on the store's
 * current data at any month) are {@link TargetRoutes}' under {@code /api/working/...} and {@code /working/...}.
 */
public final class PublishedRoutes {
    private final Database db;
    private final ReferenceData ref;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public PublishedRoutes(Database db, ReferenceData ref, Clock clock) {
        this.db = db;
        this.ref = ref;
        this.clock = clock;
    }

    /** The query parameters each route takes (a misspelt one is refused, as ReleaseRoutes does). */
    static final Set<String> PARAMS = Set.of("release", "as_of", "format");
    static final Set<String> PAGE_PARAMS = Set.of("release", "as_of", "lang");

    public void register(RoutesConfig routes) {
        routes.get("/api/forecasts", this::forecasts);
        routes.get("/api/targets", this::targets);
        routes.get("/api/targets/{id}", this::target);
        routes.get("/api/programmes", this::programmes);
        routes.get("/api/programmes/{id}", this::programme);
        routes.get("/targets", ctx -> {
            check(ctx, PAGE_PARAMS);
            Release r = chosen(ctx, t -> PublishedTargets.latestPublic(db, t));
            ctx.html(new PublishedTargetPages(db, ref).board(zh(ctx), r, r == null ? null : PublishedTargets.read(db, r.id())));
        });
        routes.get("/programmes/{id}", ctx -> {
            check(ctx, PAGE_PARAMS);
            Release r = chosen(ctx, t -> PublishedTargets.latestPublic(db, t));
            PublishedTargets.ProgrammeResult p = r == null ? null : PublishedTargets.read(db, r.id()).programme(ctx.pathParam("id"));
            if (p == null) ctx.status(404).html("<!DOCTYPE html><p>No published programme: " + Html.esc(ctx.pathParam("id")) + "</p>");
            else ctx.html(new PublishedTargetPages(db, ref).programme(zh(ctx), r, p));
        });
    }

    private static boolean zh(Context ctx) { return "zh".equals(ctx.queryParam("lang")); }

    // ---------- release choice ----------

    /** ?release= (public now, else 404), or the latest public release at ?as_of= (never later than now) with a copy; null when none. */
    private Release chosen(Context ctx, java.util.function.Function<Instant, Long> latest) {
        Instant now = Clocks.now(clock);
        String rel = ctx.queryParam("release");
        if (rel != null && !rel.isBlank()) {
            long id;
            try {
                id = Long.parseLong(rel.trim());
            } catch (NumberFormatException e) {
                throw new Server.BadRequest("release: '" + rel + "' is not a release id");
            }
            Release r = Releases.get(db, id);
            if (r == null || !r.isPublicAt(now)) throw new ReleaseRoutes.NotFound("no published release " + id);
            return r;
        }
        Instant asOf = now;
        String v = ctx.queryParam("as_of");
        if (v != null && !v.isBlank()) {
            try {
                asOf = Clocks.parseInstantOrDate(v.trim());
            } catch (IllegalArgumentException e) {
                throw new Server.BadRequest("as_of: " + e.getMessage());
            }
            if (asOf.isAfter(now)) asOf = now;
        }
        Long id = latest.apply(asOf);
        return id == null ? null : Releases.get(db, id);
    }

    private Release required(Context ctx, java.util.function.Function<Instant, Long> latest, String what) {
        Release r = chosen(ctx, latest);
        if (r == null) throw new ReleaseRoutes.NotFound("no release with " + what + " has been published yet");
        return r;
    }

    private static void check(Context ctx, Set<String> known) {
        for (String name : ctx.queryParamMap().keySet())
            if (!known.contains(name))
                throw new Server.BadRequest("unknown parameter '" + name + "'; this route takes " + String.join(", ", new java.util.TreeSet<>(known)));
    }

    private static boolean csv(Context ctx) {
        check(ctx, PARAMS);
        String f = ctx.queryParam("format");
        if (f == null || f.isBlank() || f.equals("json")) return false;
        if (f.equals("csv")) return true;
        throw new Server.BadRequest("format: '" + f + "' is not json or csv");
    }

    static Map<String, Object> release(Release r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", r.id());
        o.put("period", Period.format(r.period()));
        o.put("version", r.version());
        o.put("published_at", ReleaseRoutes.time(r.publishedAt()));
        return o;
    }

    // ---------- /api/forecasts ----------

    private void forecasts(Context ctx) throws Exception {
        boolean csv = csv(ctx);
        Release r = required(ctx, t -> PublishedOutlook.latestPublic(db, t), "an outlook");
        List<PublishedOutlook.Series> outlook = PublishedOutlook.read(db, r.id());
        if (csv) {
            StringBuilder b = new StringBuilder("release_id,series,measure,industry,region,method,origin,h,period,mean,lo80,hi80,lo95,hi95,"
                    + "year,growth_pct,growth_lo80,growth_hi80,growth_lo95,growth_hi95\n");
            for (PublishedOutlook.Series s : outlook)
                for (PublishedOutlook.Point p : s.points())
                    b.append(r.id()).append(',').append(CsvOut.text(s.id())).append(',').append(CsvOut.text(s.measure())).append(',')
                            .append(CsvOut.text(s.industry())).append(',').append(CsvOut.text(s.region())).append(',').append(CsvOut.text(s.method()))
                            .append(',').append(Period.format(s.origin())).append(',').append(p.h()).append(',').append(Period.format(p.period()))
                            .append(',').append(numbers(p.mean(), p.lo80(), p.hi80(), p.lo95(), p.hi95())).append(',').append(s.year()).append(',')
                            .append(numbers(s.growthPct(), s.lo80(), s.hi80(), s.lo95(), s.hi95())).append('\n');
            sendCsv(ctx, "forecasts.csv", b);
            return;
        }
        List<Object> list = new ArrayList<>();
        for (PublishedOutlook.Series s : outlook) list.add(series(s));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("release", release(r));
        m.put("series", list);
        send(ctx, 200, m);
    }

    static Map<String, Object> series(PublishedOutlook.Series s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", s.id());
        o.put("measure", s.measure());
        o.put("industry", s.industry());
        o.put("region", s.region());
        o.put("method", s.method());
        o.put("origin", Period.format(s.origin()));
        o.put("year", s.year());
        o.put("growth_pct", num(s.growthPct()));
        o.put("growth_80", java.util.Arrays.asList(num(s.lo80()), num(s.hi80())));
        o.put("growth_95", java.util.Arrays.asList(num(s.lo95()), num(s.hi95())));
        o.put("statement", s.statement());
        o.put("observed", s.observed());
        o.put("previous_total", s.previousTotal());
        o.put("interval_method", s.intervalMethod());
        o.put("units", "chain-linked volumes at comparable prices (output_value_real)");
        List<Object> points = new ArrayList<>();
        for (PublishedOutlook.Point p : s.points()) {
            Map<String, Object> po = new LinkedHashMap<>();
            po.put("h", p.h());
            po.put("period", Period.format(p.period()));
            po.put("mean", p.mean());
            po.put("lo80", num(p.lo80()));
            po.put("hi80", num(p.hi80()));
            po.put("lo95", num(p.lo95()));
            po.put("hi95", num(p.hi95()));
            points.add(po);
        }
        o.put("forecasts", points);
        return o;
    }

    // ---------- /api/targets ----------

    private void targets(Context ctx) throws Exception {
        boolean csv = csv(ctx);
        Release r = required(ctx, t -> PublishedTargets.latestPublic(db, t), "targets");
        List<TargetAssessment> board = PublishedTargets.read(db, r.id()).board();
        if (csv) {
            StringBuilder b = new StringBuilder(TARGET_CSV_HEADER);
            for (TargetAssessment a : board) targetCsv(b, r, a);
            sendCsv(ctx, "targets.csv", b);
            return;
        }
        List<Object> list = new ArrayList<>();
        for (TargetAssessment a : board) list.add(assessment(a, true));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("release", release(r));
        m.put("targets", list);
        send(ctx, 200, m);
    }

    private static final String TARGET_CSV_HEADER = "release_id,target_id,name,name_zh,measure,industry,region,goal_kind,goal_value,deadline,direction,"
            + "tolerance,assessed_at,outcome,progress,status,probability,forecast_mean,forecast_sd\n";

    private static void targetCsv(StringBuilder b, Release r, TargetAssessment a) {
        var t = a.target();
        OutcomeForecast f = a.forecast();
        b.append(r.id()).append(',').append(CsvOut.text(t.id())).append(',').append(CsvOut.text(t.name())).append(',').append(CsvOut.text(t.nameZh()))
                .append(',').append(CsvOut.text(t.measure())).append(',').append(CsvOut.text(t.industry())).append(',').append(CsvOut.text(t.region()))
                .append(',').append(t.goalKind().code()).append(',').append(CsvOut.number(t.goalValue())).append(',').append(Period.format(t.deadline()))
                .append(',').append(t.direction().code()).append(',').append(CsvOut.number(t.tolerance())).append(',').append(Period.format(a.period()))
                .append(',').append(numbers(a.outcome(), a.progress())).append(',').append(a.status().code()).append(',')
                .append(numbers(a.probability(), f == null ? Double.NaN : f.mean(), f == null ? Double.NaN : f.sd())).append('\n');
    }

    /** /api/targets/{id}: the target in the chosen release, and its path through every release public by then. */
    private void target(Context ctx) throws Exception {
        boolean csv = csv(ctx);
        Release r = required(ctx, t -> PublishedTargets.latestPublic(db, t), "targets");
        String id = ctx.pathParam("id");
        TargetAssessment now = PublishedTargets.read(db, r.id()).target(id);
        if (now == null) throw new ReleaseRoutes.NotFound("release " + r.id() + " published no target '" + id + "'");
        List<Release> path = new ArrayList<>();
        List<TargetAssessment> history = new ArrayList<>();
        for (Release x : Releases.all(db)) {
            if (!x.isPublicAt(r.publishedAt()) || x.period() > r.period()) continue;
            TargetAssessment a = PublishedTargets.read(db, x.id()).target(id);
            if (a != null) {
                path.add(x);
                history.add(a);
            }
        }
        if (csv) {
            StringBuilder b = new StringBuilder(TARGET_CSV_HEADER);
            for (int i = 0; i < history.size(); i++) targetCsv(b, path.get(i), history.get(i));
            sendCsv(ctx, "target-" + fileName(id) + ".csv", b);
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("release", release(r));
        m.put("target", assessment(now, true));
        List<Object> h = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Map<String, Object> o = assessment(history.get(i), false);
            o.put("release", release(path.get(i)));
            h.add(o);
        }
        m.put("history", h);
        send(ctx, 200, m);
    }

    static Map<String, Object> assessment(TargetAssessment a, boolean full) {
        Map<String, Object> o = full ? TargetRoutes.describe(a.target()) : new LinkedHashMap<>();
        o.put("assessed_at", Period.format(a.period()));
        o.put("outcome_period", Period.format(Math.min(a.period(), a.target().deadline())));
        o.put("outcome", num(a.outcome()));
        o.put("progress", num(a.progress()));
        o.put("status", a.status().code());
        o.put("status_label", a.status().labelEn());
        o.put("status_label_zh", a.status().labelZh());
        o.put("probability", num(a.probability()));
        if (a.forecast() != null) o.put("forecast", TargetRoutes.forecast(a.forecast()));
        return o;
    }

    // ---------- /api/programmes ----------

    private void programmes(Context ctx) throws Exception {
        boolean csv = csv(ctx);
        Release r = required(ctx, t -> PublishedTargets.latestPublic(db, t), "programmes");
        List<PublishedTargets.ProgrammeResult> list = PublishedTargets.read(db, r.id()).programmes();
        if (csv) {
            StringBuilder b = new StringBuilder("release_id,programme_id,kind,name,name_zh,projects,enterprises,verdict,effect_pct,ci95_lo_pct,ci95_hi_pct,matched,controls,clusters\n");
            for (PublishedTargets.ProgrammeResult p : list) {
                var e = p.evaluation();
                b.append(r.id()).append(',').append(CsvOut.text(p.programme().id())).append(',').append(p.programme().kind().code()).append(',')
                        .append(CsvOut.text(p.programme().name())).append(',').append(CsvOut.text(p.programme().nameZh())).append(',')
                        .append(p.projects()).append(',').append(p.enterprises()).append(',').append(e.verdict().code()).append(',')
                        .append(numbers(e.effectPct(), e.lo95Pct(), e.hi95Pct())).append(',').append(e.matched()).append(',').append(e.controls())
                        .append(',').append(e.clusters()).append('\n');
            }
            sendCsv(ctx, "programmes.csv", b);
            return;
        }
        List<Object> out = new ArrayList<>();
        for (PublishedTargets.ProgrammeResult p : list) {
            Map<String, Object> o = TargetRoutes.programme(p.programme());
            o.put("projects", p.projects());
            o.put("enterprises", p.enterprises());
            o.put("verdict", p.evaluation().verdict().code());
            out.add(o);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("release", release(r));
        m.put("programmes", out);
        send(ctx, 200, m);
    }

    /** A programme's aggregates and evaluation; no participant's own KPI values (they are not in the release). */
    private void programme(Context ctx) throws Exception {
        boolean csv = csv(ctx);
        Release r = required(ctx, t -> PublishedTargets.latestPublic(db, t), "programmes");
        PublishedTargets.ProgrammeResult p = PublishedTargets.read(db, r.id()).programme(ctx.pathParam("id"));
        if (p == null) throw new ReleaseRoutes.NotFound("release " + r.id() + " published no programme '" + ctx.pathParam("id") + "'");
        if (csv) {
            StringBuilder b = new StringBuilder("release_id,programme_id,grouped_by,group,kpi,projects,enterprises,mean_improvement_pct,threshold_pct,"
                    + "with_threshold,meeting_threshold,status\n");
            for (PublishedTargets.Aggregate a : p.aggregates())
                b.append(r.id()).append(',').append(CsvOut.text(p.programme().id())).append(',').append(a.groupedBy()).append(',')
                        .append(CsvOut.text(a.group())).append(',').append(a.kpi().code()).append(',').append(a.projects()).append(',')
                        .append(a.enterprises()).append(',').append(numbers(a.meanPct(), p.programme().threshold(a.kpi()))).append(',')
                        .append(a.withheld() ? "" : Integer.toString(a.withThreshold())).append(',').append(a.withheld() ? "" : Integer.toString(a.meeting()))
                        .append(',').append(a.withheld() ? "C" : "A").append('\n');
            sendCsv(ctx, "programme-" + fileName(p.programme().id()) + ".csv", b);
            return;
        }
        Map<String, Object> m = TargetRoutes.programme(p.programme());
        m.put("release", release(r));
        m.put("projects", p.projects());
        m.put("enterprises", p.enterprises());
        Map<String, Object> agg = new LinkedHashMap<>();
        for (PublishedTargets.Aggregate a : p.aggregates()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("group", a.group());
            o.put("kpi", a.kpi().code());
            o.put("projects", a.projects());
            o.put("enterprises", a.enterprises());
            o.put("mean_improvement_pct", num(a.meanPct()));
            o.put("threshold_pct", num(p.programme().threshold(a.kpi())));
            o.put("with_threshold", a.withheld() ? null : a.withThreshold());
            o.put("meeting_threshold", a.withheld() ? null : a.meeting());
            o.put("status", a.withheld() ? "C" : "A");
            @SuppressWarnings("unchecked")
            List<Object> rows = (List<Object>) agg.computeIfAbsent(a.groupedBy(), k -> new ArrayList<>());
            rows.add(o);
        }
        m.put("aggregates", agg);
        m.put("evaluation", TargetRoutes.evaluation(p.evaluation()));
        m.put("note", "Aggregates of fewer than " + org.momentum.app.targets.TargetsComponent.MIN_ENTERPRISES
                + " enterprises are withheld (status C); participants' own KPI values are not published.");
        send(ctx, 200, m);
    }

    // ---------- output ----------

    private static String numbers(double... v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) b.append(i == 0 ? "" : ",").append(Double.isFinite(v[i]) ? CsvOut.number(v[i]) : "");
        return b.toString();
    }

    static Double num(double d) { return Double.isFinite(d) ? d : null; }

    private void send(Context ctx, int status, Object body) throws Exception {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    }

    private static void sendCsv(Context ctx, String file, CharSequence body) {
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + file + "\"").result(body.toString());
    }

    /** A file name from an id: letters, digits, dot, dash and underscore kept, anything else '_' (the header stays one quoted token). */
    private static String fileName(String id) { return id.replaceAll("[^A-Za-z0-9._-]", "_"); }
}
