package org.momentum.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.Period;
import org.momentum.store.AdjustedSeries;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/**
 * GET /api/adjusted?measure=&industry=&region=&from=&to= — one published series' seasonal adjustment as stored by
 * the last computation: the model and diagnostics, and month by month value, sa, trend, seasonal, calendar,
 * irregular, sa_mom_pct and estimated. Parameters and errors as /api/indicators.
 */
public final class AdjustedRoutes {
    private final Database db;
    private final ReferenceData ref;
    private final ObjectMapper json = new ObjectMapper();

    public AdjustedRoutes(Database db, ReferenceData ref) {
        this.db = db;
        this.ref = ref;
    }

    public void register(JavalinConfig cfg) {
        cfg.routes.get("/api/adjusted", this::adjusted);
        cfg.routes.get("/adjusted", this::page);
    }

    /** The dashboard's series view of one adjusted series; same parameters as the API. */
    private void page(Context ctx) throws Exception {
        AdjustedSeries.Key key = key(ctx);
        AdjustedSeries.Header h = AdjustedSeries.header(db, key);
        if (h == null) {
            ctx.status(404).html("<!DOCTYPE html><html><body><p>No adjusted series for " + Html.esc(key.measure() + " " + key.industry()
                    + " " + key.region()) + ".</p></body></html>");
            return;
        }
        ctx.html(AdjustedPage.render(h, AdjustedSeries.observations(db, key, period(ctx, "from", Period.of(1900, 1)), period(ctx, "to", Period.of(2999, 12)))));
    }

    /** The series asked for, checked as /api/indicators checks it. */
    private AdjustedSeries.Key key(Context ctx) {
        String measure = param(ctx, "measure", "output_value");
        String industry = param(ctx, "industry", "ALL");
        String region = param(ctx, "region", "ALL");
        if (ref.indicators().get(measure) == null) throw new Server.BadRequest("measure: " + ref.indicators().problem(measure));
        if (!industry.equals("ALL") && !ref.industries().contains(industry))
            throw new Server.BadRequest("industry: '" + industry + "' is not ALL, a section, a division or a class of GB/T 4754-2017");
        if (!region.equals("ALL") && ref.regions().province(region) == null)
            throw new Server.BadRequest("region: '" + region + "' is not ALL or a province code NN0000");
        return new AdjustedSeries.Key(measure, industry, region);
    }

    private void adjusted(Context ctx) throws Exception {
        AdjustedSeries.Key key = key(ctx);
        String measure = key.measure(), industry = key.industry(), region = key.region();
        int from = period(ctx, "from", Period.of(1900, 1));
        int to = period(ctx, "to", Period.of(2999, 12));
        if (from > to) throw new Server.BadRequest("from is after to");
        AdjustedSeries.Header h = AdjustedSeries.header(db, key);
        if (h == null) {
            send(ctx, 404, Map.of("error", "no adjusted series for " + measure + " " + industry + " " + region
                    + ": not a published level series of the last computation (stocks are not adjusted)"));
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", measure);
        m.put("industry", industry);
        m.put("region", region);
        m.put("status", h.status());
        m.put("reason", h.reason());
        m.put("method", h.method());
        m.put("spec", h.spec());
        m.put("policy", h.policy());
        m.put("computed_at", h.computedAt().toString());
        m.put("mode", h.mode());
        m.put("arima", h.arima());
        m.put("log", h.log());
        m.put("seasonal", h.seasonal());
        m.put("outliers", split(h.outliers()));
        m.put("regressors", split(h.regressors()));
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("sa_qs_pvalue", num(h.saQsPValue()));
        q.put("sa_f_pvalue", num(h.saFPValue()));
        q.put("irr_qs_pvalue", num(h.irrQsPValue()));
        q.put("q", num(h.q()));
        q.put("m7", num(h.m7()));
        m.put("diagnostics", q);
        m.put("notes", split(h.notes()));
        List<Map<String, Object>> obs = new ArrayList<>();
        for (AdjustedSeries.Observation o : AdjustedSeries.observations(db, key, from, to)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("period", Period.format(o.period()));
            r.put("value", num(o.value()));
            r.put("sa", num(o.sa()));
            r.put("trend", num(o.trend()));
            r.put("seasonal", num(o.seasonal()));
            r.put("calendar", num(o.calendar()));
            r.put("irregular", num(o.irregular()));
            r.put("sa_mom_pct", num(o.saMomPct()));
            r.put("estimated", o.estimated());
            obs.add(r);
        }
        m.put("observations", obs);
        send(ctx, 200, m);
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("; "));
    }

    private static Double num(double d) { return Double.isNaN(d) ? null : d; }

    private static String param(Context ctx, String name, String dflt) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    private static int period(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        int p = Period.parseOrNone(v.trim());
        if (p == Period.NONE) throw new Server.BadRequest(name + ": '" + v + "' is not a month YYYY-MM");
        return p;
    }

    private void send(Context ctx, int status, Object body) throws Exception {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    }
}
