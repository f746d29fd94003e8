package org.momentum.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.momentum.app.indicators.IndicatorState;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorRow;
import org.momentum.reports.IndicatorDefinition;
import org.momentum.store.Database;
import org.momentum.store.IndicatorValues;
import org.momentum.store.ReferenceData;

/** The HTTP server: JSON API under /api and the public pages. Routes are all declared here. */
public final class Server {
    private final Database db;
    private final ReferenceData ref;
    private final ObjectMapper json = new ObjectMapper();
    private final java.time.Clock clock;
    private final long schedulerTickMillis;

    private final IndicatorState indicators;

    public Server(Database db, ReferenceData ref) {
        this(db, ref, org.momentum.app.cli.Clocks.clock(), 1000, new IndicatorState(ref));
    }

    /** With the clock that decides what is public and when the scheduler publishes (controllable in tests). */
    public Server(Database db, ReferenceData ref, java.time.Clock clock, long schedulerTickMillis) {
        this(db, ref, clock, schedulerTickMillis, new IndicatorState(ref));
    }

    /** @param indicators the process's warm indicators (already computed by the caller, or cold) */
    public Server(Database db, ReferenceData ref, IndicatorState indicators) {
        this(db, ref, org.momentum.app.cli.Clocks.clock(), 1000, indicators);
    }

    public Server(Database db, ReferenceData ref, java.time.Clock clock, long schedulerTickMillis, IndicatorState indicators) {
        this.db = db;
        this.ref = ref;
        this.clock = clock;
        this.schedulerTickMillis = schedulerTickMillis;
        this.indicators = indicators;
    }

    /** The indicators this process keeps warm: routes that import build their ImportService with it. */
    public IndicatorState indicators() { return indicators; }

    public Javalin start(String host, int port) {
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            var accounts = new org.momentum.app.security.AccountService(db, clock);
            var sessions = new org.momentum.app.security.Sessions(clock);
            var security = new Security(accounts, sessions, AccessPolicy.table(), "true".equals(System.getenv("MOMENTUM_SECURE_COOKIES")));
            security.register(cfg);
            new AuthRoutes(accounts, sessions, security, clock).register(cfg.routes);
            new AdminRoutes(db, accounts, sessions).register(cfg.routes);
            new TokenRoutes(db, accounts, clock).register(cfg.routes); // /account and /admin/tokens
            cfg.routes.get("/api/health", this::health);
            cfg.routes.get("/api/indicators", this::indicators);
            new OutlookRoutes(db, ref).register(cfg.routes);
            new AdjustedRoutes(db, ref).register(cfg);
            // the public dashboard over published releases (/, /products, /explorer, /downloads, /assets)
            new DashboardRoutes(db, ref, clock).register(cfg);
            cfg.routes.get("/working", ctx -> ctx.html(new HeadlinePage(db, ref).render(lang(ctx))));
            new ReleaseRoutes(db, ref, clock).register(cfg.routes);
            new PressReleaseRoutes(db, ref, clock).register(cfg.routes); // /releases/{id}/press and .pdf
            var scheduler = new org.momentum.app.releases.ReleaseScheduler(db, clock, schedulerTickMillis);
            cfg.events.serverStopping(scheduler::close);
            cfg.routes.exception(ReleaseRoutes.NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
            new TargetRoutes(db, ref).register(cfg.routes);
            new PublishedRoutes(db, ref, clock).register(cfg.routes);
            new QualityRoutes(db, ref).register(cfg.routes);
            var manage = new ReleaseManageRoutes(db, ref, clock); // the staff's release workflow (issue 7)
            manage.register(cfg.routes);
            cfg.events.serverStopping(manage::close);
            new SdmxRoutes(db, ref, clock).register(cfg.routes);
            new OpsRoutes().register(cfg);
            new BackupRoutes(db, clock).register(cfg.routes);
            // enterprises' reports over HTTP (issue 9): answered once committed, many per transaction
            var submissions = new org.momentum.app.intake.SubmissionService(db, ref, org.momentum.app.cli.Clocks::currentPeriod);
            cfg.events.serverStopped(submissions::close);
            new SubmissionRoutes(db, submissions).register(cfg.routes);
            new PortalRoutes(db, ref, clock, indicators, submissions).register(cfg.routes); // the enterprise portal (issue 7)
            cfg.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                // a body Jetty cannot parse (a broken multipart form) is the client's error, found when a route reads a field
                org.eclipse.jetty.http.BadMessageException bad = badMessage(e);
                if (bad != null && bad.getCode() >= 400 && bad.getCode() < 500) error(ctx, bad.getCode(), "the request body cannot be read: " + bad.getReason());
                else error(ctx, 500, "internal error");
            });
        });
        return app.start(host, port);
    }

    private static org.eclipse.jetty.http.BadMessageException badMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof org.eclipse.jetty.http.BadMessageException b) return b;
        return null;
    }

    private static String lang(Context ctx) {
        String l = ctx.queryParam("lang");
        return "zh".equals(l) ? "zh" : "en";
    }

    private void health(Context ctx) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        var readiness = org.momentum.app.ops.Readiness.check(db); // 503 until the database answers and is migrated
        m.put("status", readiness.ready() ? "ok" : "unavailable");
        m.put("database", db.isDuckDb() ? "duckdb" : "postgresql");
        m.put("readiness", readiness.toMap());
        if (!readiness.ready()) { send(ctx, 503, m); return; }
        if (Security.principal(ctx).seesAllMicrodata()) { // the latest computed month is working data
            Integer latest = IndicatorValues.latestPeriod(db, "output_value");
            m.put("latest_period", latest == null ? null : Period.format(latest));
        }
        send(ctx, 200, m);
    }

    /** GET /api/indicators?measure=&industry=&region=&from=&to= — one cell's series, in indicators.csv's columns. */
    private void indicators(Context ctx) throws Exception {
        String measure = param(ctx, "measure", "output_value");
        String industry = param(ctx, "industry", "ALL");
        String region = param(ctx, "region", "ALL");
        if (!measure.equals("output_value_real") && ref.indicators().get(measure) == null)
            throw new BadRequest("measure: " + ref.indicators().problem(measure));
        if (!industry.equals("ALL") && !ref.industries().contains(industry))
            throw new BadRequest("industry: '" + industry + "' is not ALL, a section, a division or a class of GB/T 4754-2017");
        if (!region.equals("ALL") && ref.regions().province(region) == null)
            throw new BadRequest("region: '" + region + "' is not ALL or a province code NN0000");
        if (!Security.principal(ctx).mayReadProvince(region.equals("ALL") ? null : region))
            throw new Security.Denied(403, "this account sees only its provinces' data");
        int from = period(ctx, "from", Period.of(1900, 1));
        int to = period(ctx, "to", Period.of(2999, 12));
        if (from > to) throw new BadRequest("from is after to");
        List<IndicatorRow> rows = IndicatorValues.series(db, measure, industry, region, from, to);
        List<Map<String, Object>> obs = new ArrayList<>();
        for (IndicatorRow r : rows) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("period", Period.format(r.period()));
            o.put("value", num(r.value()));
            o.put("enterprises", r.enterprises());
            o.put("yoy_pct", num(r.yoyPct()));
            o.put("ytd_value", num(r.ytdValue()));
            o.put("ytd_yoy_pct", num(r.ytdYoyPct()));
            o.put("contribution_pp", num(r.contributionPp()));
            obs.add(o);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", measure);
        m.put("industry", industry);
        m.put("region", region);
        IndicatorDefinition def = ref.indicators().get(measure.equals("output_value_real") ? "output_value" : measure);
        m.put("unit", def.unitEn());
        m.put("unit_zh", def.unitZh());
        m.put("name", measure.equals("output_value_real") ? "Gross industrial output value at constant prices" : def.nameEn());
        m.put("name_zh", measure.equals("output_value_real") ? "工业总产值（不变价）" : def.nameZh());
        m.put("observations", obs);
        send(ctx, 200, m);
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
        if (p == Period.NONE) throw new BadRequest(name + ": '" + v + "' is not a month YYYY-MM");
        return p;
    }

    private void send(Context ctx, int status, Object body) throws Exception {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    }

    private void error(Context ctx, int status, String message) {
        try {
            send(ctx, status, Map.of("error", message));
        } catch (Exception e) {
            ctx.status(status).result(message);
        }
    }

    /** A client error whose message is safe to show. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) { super(message); }
    }
}
