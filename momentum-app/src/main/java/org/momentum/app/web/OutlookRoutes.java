package org.momentum.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.momentum.app.forecast.OutlookService;
import org.momentum.classification.Period;
import org.momentum.forecast.AnnualOutlook;
import org.momentum.store.Database;
import org.momentum.store.ForecastVintages;
import org.momentum.store.ReferenceData;

/**
 * Forecast vintages in the API: {@code GET /api/outlook} (a series' latest outlook of the year's growth and the history
 * of its vintages) and {@code GET /api/forecasts/accuracy} (its accuracy record per method). Parameters measure
 * (default output_value_real), industry and region (default ALL); a series without vintages answers with an empty
 * history, {@code latest} null.
 */
public final class OutlookRoutes {
    private final Database db;
    private final ReferenceData ref;
    private final ObjectMapper json = new ObjectMapper();

    public OutlookRoutes(Database db, ReferenceData ref) {
        this.db = db;
        this.ref = ref;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/outlook", this::outlook);
        routes.get("/api/forecasts/accuracy", this::accuracy);
    }

    private void outlook(Context ctx) throws Exception {
        ForecastVintages.SeriesKey key = key(ctx);
        List<Map<String, Object>> history = new ArrayList<>();
        for (ForecastVintages.Vintage v : ForecastVintages.vintages(db, key)) history.add(vintage(v));
        Map<String, Object> m = head(key);
        m.put("latest", history.isEmpty() ? null : history.get(history.size() - 1));
        m.put("vintages", history);
        send(ctx, m);
    }

    private void accuracy(Context ctx) throws Exception {
        ForecastVintages.SeriesKey key = key(ctx);
        List<Map<String, Object>> methods = new ArrayList<>();
        for (ForecastVintages.AccuracyRow r : ForecastVintages.accuracy(db, key)) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("method", r.method());
            a.put("points", r.points());
            a.put("vintages", r.vintages());
            a.put("smape", num(r.smape()));
            a.put("mase", num(r.mase()));
            a.put("coverage80", num(r.coverage80()));
            a.put("coverage95", num(r.coverage95()));
            a.put("outlooks", r.outlooks());
            a.put("growth_mae_pp", num(r.growthMaePp()));
            a.put("scored_at", r.scoredAt().toString());
            methods.add(a);
        }
        Map<String, Object> m = head(key);
        m.put("methods", methods);
        send(ctx, m);
    }

    private static Map<String, Object> vintage(ForecastVintages.Vintage v) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", v.id());
        o.put("method", v.method());
        o.put("origin", Period.format(v.origin()));
        o.put("made_at", v.madeAt().toString());
        ForecastVintages.OutlookRow r = v.outlook();
        if (r != null) {
            o.put("year", r.year());
            o.put("growth_pct", r.growthPct());
            o.put("lo80", num(r.lo80()));
            o.put("hi80", num(r.hi80()));
            o.put("lo95", num(r.lo95()));
            o.put("hi95", num(r.hi95()));
            o.put("statement", AnnualOutlook.statement(r.growthPct(), r.lo80(), r.hi80(), r.lo95(), r.hi95()));
            o.put("interval_method", r.intervalMethod());
            o.put("observed", r.observed());
            o.put("previous_total", r.previousTotal());
        }
        List<Map<String, Object>> months = new ArrayList<>();
        for (ForecastVintages.Point p : v.points()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("period", Period.format(p.period()));
            x.put("h", p.h());
            x.put("mean", p.mean());
            x.put("lo80", num(p.lo80()));
            x.put("hi80", num(p.hi80()));
            x.put("lo95", num(p.lo95()));
            x.put("hi95", num(p.hi95()));
            months.add(x);
        }
        o.put("months", months);
        return o;
    }

    private ForecastVintages.SeriesKey key(Context ctx) {
        String measure = param(ctx, "measure", OutlookService.MEASURE);
        String industry = param(ctx, "industry", "ALL");
        String region = param(ctx, "region", "ALL");
        if (!measure.equals(OutlookService.MEASURE) && ref.indicators().get(measure) == null)
            throw new Server.BadRequest("measure: " + ref.indicators().problem(measure));
        if (!industry.equals("ALL") && !ref.industries().contains(industry))
            throw new Server.BadRequest("industry: '" + industry + "' is not ALL, a section, a division or a class of GB/T 4754-2017");
        if (!region.equals("ALL") && ref.regions().province(region) == null)
            throw new Server.BadRequest("region: '" + region + "' is not ALL or a province code NN0000");
        return new ForecastVintages.SeriesKey(measure, industry, region);
    }

    private static Map<String, Object> head(ForecastVintages.SeriesKey key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", key.measure());
        m.put("industry", key.industry());
        m.put("region", key.region());
        return m;
    }

    private static String param(Context ctx, String name, String dflt) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    private static Double num(double d) { return Double.isNaN(d) ? null : d; }

    private void send(Context ctx, Object body) throws Exception {
        ctx.status(200).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    }
}
