package org.momentum.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.momentum.app.quality.QualityReviewService;
import org.momentum.classification.Period;
import org.momentum.security.Principal;
import org.momentum.store.Accounts;
import org.momentum.store.Database;
import org.momentum.store.QualityReview;
import org.momentum.store.ReferenceData;

/**
 * The quality review queue (issue 10) over HTTP:
 * <ul>
 * <li>{@code POST /api/quality/run?period=YYYY-MM} scores the month's stored reports and keeps the flags;</li>
 * <li>{@code GET /api/quality/flags?period=YYYY-MM} the ranked reports with their evidence, status and actions;</li>
 * <li>{@code POST /api/quality/actions} with JSON {@code {enterprise_id, period, action: accept|query|correct, reason,
 *     indicator?, value?}}: every action is audited under the authenticated caller's name;</li>
 * <li>{@code GET /api/quality/queries?enterprise_id=} the enterprise's open queries (what its portal shows);</li>
 * <li>{@code GET /api/quality/sensitivity?period=} output value as reported and as reviewed (queried reports left
 *     out, corrections applied);</li>
 * <li>{@code GET /quality?period=} the queue as a page.</li>
 * </ul>
 */
public final class QualityRoutes {
    private final Database db;
    private final QualityReviewService review;
    private final ReferenceData ref;
    private final ObjectMapper json = new ObjectMapper();

    public QualityRoutes(Database db, ReferenceData ref) {
        this.db = db;
        this.review = new QualityReviewService(db, ref);
        this.ref = ref;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/quality/run", this::run);
        routes.get("/api/quality/flags", ctx -> send(ctx, 200, queue(month(ctx), Security.principal(ctx))));
        routes.post("/api/quality/actions", this::act);
        routes.get("/api/quality/queries", this::queries);
        routes.get("/api/quality/sensitivity", this::sensitivity);
        routes.get("/quality", ctx -> ctx.html(page(month(ctx), Security.principal(ctx))));
    }

    private void run(Context ctx) throws Exception {
        if (!Security.principal(ctx).seesAllMicrodata()) throw new Security.Denied(403, "scoring a month is for national analysts");
        QualityReviewService.RunSummary s = review.run(month(ctx), actor(ctx));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", Period.format(s.period()));
        m.put("reports", s.reports());
        m.put("flagged_reports", s.flaggedReports());
        m.put("flags", s.flags());
        send(ctx, 200, m);
    }

    /**
     * The month's reports in rank order, each with its flags, status (latest action; "open" without one) and actions;
     * only the enterprises of the caller's provinces for a provincial analyst.
     */
    private List<Map<String, Object>> queue(int period, Principal who) {
        Map<String, String> regions = who.seesAllMicrodata() ? Map.of() : Accounts.enterpriseRegions(db);
        Map<String, QualityReview.Action> status = review.status(period);
        Map<String, List<QualityReview.Action>> actions = new LinkedHashMap<>();
        for (QualityReview.Action a : QualityReview.actions(db, period)) actions.computeIfAbsent(a.enterpriseId(), k -> new ArrayList<>()).add(a);
        Map<String, Map<String, Object>> reports = new LinkedHashMap<>();
        for (QualityReview.StoredFlag f : QualityReview.flags(db, period)) {
            if (!who.seesAllMicrodata() && !who.mayReadEnterprise(f.enterpriseId(), regions.get(f.enterpriseId()))) continue;
            Map<String, Object> r = reports.computeIfAbsent(f.enterpriseId(), id -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("enterprise_id", id);
                m.put("period", Period.format(period));
                m.put("score", f.reportScore());
                QualityReview.Action last = status.get(id);
                m.put("status", last == null ? "open" : last.action());
                m.put("flags", new ArrayList<Map<String, Object>>());
                List<Map<String, Object>> acts = new ArrayList<>();
                for (QualityReview.Action a : actions.getOrDefault(id, List.of())) acts.add(action(a));
                m.put("actions", acts);
                return m;
            });
            Map<String, Object> fl = new LinkedHashMap<>();
            fl.put("indicator", f.indicator());
            fl.put("score", f.score());
            fl.put("rule", f.rule());
            fl.put("detail", f.detail());
            @SuppressWarnings("unchecked") List<Map<String, Object>> list = (List<Map<String, Object>>) r.get("flags");
            list.add(fl);
        }
        return new ArrayList<>(reports.values());
    }

    private static Map<String, Object> action(QualityReview.Action a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("enterprise_id", a.enterpriseId());
        m.put("period", Period.format(a.period()));
        m.put("action", a.action());
        m.put("reason", a.reason());
        if (a.indicator() != null) {
            m.put("indicator", a.indicator());
            m.put("value", a.correctedValue());
        }
        m.put("actor", a.actor());
        m.put("at", a.at().toString());
        return m;
    }

    private void act(Context ctx) throws Exception {
        JsonNode body = JsonBodies.object(ctx.body());
        String id = text(body, "enterprise_id", true);
        Principal who = Security.principal(ctx);
        if (!who.mayReadEnterprise(id, Accounts.enterpriseRegion(db, id)))
            throw new Security.Denied(403, "this account may not act on that enterprise");
        int period = Period.parseOrNone(text(body, "period", true));
        if (period == Period.NONE) throw new Server.BadRequest("period: '" + body.get("period").asText() + "' is not a month YYYY-MM");
        String action = text(body, "action", true);
        String reason = text(body, "reason", true);
        String indicator = text(body, "indicator", false);
        double value = body.hasNonNull("value") && body.get("value").isNumber() ? body.get("value").asDouble() : Double.NaN;
        if (body.hasNonNull("value") && !body.get("value").isNumber()) throw new Server.BadRequest("value must be a JSON number");
        if (action.equals("correct") && indicator != null && ref.indicators().get(indicator) == null)
            throw new Server.BadRequest("indicator: " + ref.indicators().problem(indicator));
        if (QualityReview.flags(db, period).stream().noneMatch(f -> f.enterpriseId().equals(id)))
            throw new Server.BadRequest("no flagged report of " + id + " for " + Period.format(period) + " to act on");
        long actionId;
        try {
            actionId = QualityReview.act(db, id, period, action, reason, indicator, value, who.name());
        } catch (IllegalArgumentException e) {
            throw new Server.BadRequest(e.getMessage());
        }
        send(ctx, 201, Map.of("id", actionId, "status", action));
    }

    private void queries(Context ctx) throws Exception {
        String id = ctx.queryParam("enterprise_id");
        if (id == null || id.isBlank()) throw new Server.BadRequest("enterprise_id is required");
        if (!Security.principal(ctx).mayReadEnterprise(id.trim(), Accounts.enterpriseRegion(db, id.trim())))
            throw new Security.Denied(403, "this account may not see that enterprise");
        Map<String, QualityReview.Action> latest = new LinkedHashMap<>();
        for (QualityReview.Action a : QualityReview.actionsOf(db, id.trim())) latest.put(Period.format(a.period()), a);
        List<Map<String, Object>> open = new ArrayList<>();
        for (QualityReview.Action a : latest.values()) if (a.action().equals("query")) open.add(action(a));
        send(ctx, 200, Map.of("enterprise_id", id.trim(), "open_queries", open));
    }

    private void sensitivity(Context ctx) throws Exception {
        int period = month(ctx);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (QualityReviewService.Sensitivity s : review.sensitivity(period)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("measure", "output_value");
            m.put("industry", s.industry());
            m.put("region", "ALL");
            m.put("value_reported", num(s.valueReported()));
            m.put("yoy_pct_reported", num(s.yoyReported()));
            m.put("value_reviewed", num(s.valueReviewed()));
            m.put("yoy_pct_reviewed", num(s.yoyReviewed()));
            m.put("yoy_pp_difference", num(s.yoyReviewed() - s.yoyReported()));
            rows.add(m);
        }
        send(ctx, 200, Map.of("period", Period.format(period), "rows", rows));
    }

    private String page(int period, Principal who) {
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Quality review ")
                .append(Html.esc(Period.format(period))).append("</title></head><body><h1>Quality review, ")
                .append(Html.esc(Period.format(period))).append("</h1><p>Synthetic microdata. Reports ranked by their highest score; ")
                .append("act through POST /api/quality/actions.</p><table border=\"1\"><tr><th>enterprise</th><th>score</th><th>status</th><th>evidence</th></tr>");
        for (Map<String, Object> r : queue(period, who)) {
            sb.append("<tr><td>").append(Html.esc((String) r.get("enterprise_id"))).append("</td><td>")
                    .append(String.format(java.util.Locale.ROOT, "%.2f", (Double) r.get("score"))).append("</td><td>")
                    .append(Html.esc((String) r.get("status"))).append("</td><td><ul>");
            @SuppressWarnings("unchecked") List<Map<String, Object>> flags = (List<Map<String, Object>>) r.get("flags");
            for (Map<String, Object> f : flags)
                sb.append("<li><b>").append(Html.esc((String) f.get("rule"))).append("</b> ")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", (Double) f.get("score"))).append(": ")
                        .append(Html.esc((String) f.get("detail"))).append("</li>");
            sb.append("</ul></td></tr>");
        }
        return sb.append("</table></body></html>").toString();
    }

    private static int month(Context ctx) {
        String v = ctx.queryParam("period");
        if (v == null || v.isBlank()) throw new Server.BadRequest("period is required (YYYY-MM)");
        int p = Period.parseOrNone(v.trim());
        if (p == Period.NONE) throw new Server.BadRequest("period: '" + v + "' is not a month YYYY-MM");
        return p;
    }

    /** The authenticated caller recorded in the audit log (no longer a header the client could set). */
    private static String actor(Context ctx) {
        return Security.principal(ctx).name();
    }

    /** Ids and codes are short; a reason is a sentence or a paragraph, not a document. */
    private static String text(JsonNode body, String field, boolean required) {
        return JsonBodies.text(body, field, required, field.equals("reason") ? MAX_REASON : 64);
    }

    static final int MAX_REASON = 2000;

    private static Double num(double d) { return Double.isNaN(d) ? null : d; }

    private void send(Context ctx, int status, Object body) throws Exception {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    }
}
