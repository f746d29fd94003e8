package org.momentum.app.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.momentum.app.intake.SubmissionService;
import org.momentum.app.intake.SubmissionService.FieldError;
import org.momentum.app.intake.SubmissionService.Rejected;
import org.momentum.classification.Period;
import org.momentum.reports.Report;
import org.momentum.security.Principal;
import org.momentum.security.Role;
import org.momentum.store.Database;
import org.momentum.store.SubmissionReceipt;
import org.momentum.store.Submissions;

/**
 * Enterprises' reports over HTTP (issue 9):
 * <ul>
 * <li>{@code POST /api/reports} with JSON {@code {enterprise_id, period, rows: [{indicator, value, prev_year_value}], explanation}}
 *     and an optional {@code Idempotency-Key} header: 201 with the receipt once committed; 400 for a body that is
 *     not such an object, 422 with {@code {"errors": [{field, reason}]}} for a report the import would refuse;</li>
 * <li>{@code GET /api/reports/{enterprise}/{period}} the current rows (own enterprise only);</li>
 * <li>{@code GET /api/receipts} the caller's receipts, newest first.</li>
 * </ul>
 */
public final class SubmissionRoutes {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private final Database db;
    private final SubmissionService service;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public SubmissionRoutes(Database db, SubmissionService service) {
        this.db = db;
        this.service = service;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/reports", this::submit);
        routes.get("/api/reports/{enterprise}/{period}", this::current);
        routes.get("/api/receipts", this::receipts);
    }

    private void submit(Context ctx) throws Exception {
        List<FieldError> shape = new ArrayList<>();
        SubmissionService.Submission s = parse(ctx.body(), shape);
        if (!shape.isEmpty()) {
            errors(ctx, 400, shape);
            return;
        }
        try {
            SubmissionService.Receipt r = service.submit(Security.principal(ctx), s, ctx.header(IDEMPOTENCY_KEY));
            if (r.replayed()) ctx.header("Idempotent-Replayed", "true");
            send(ctx, 201, receipt(r.receipt(), r.enterpriseId(), r.period(), r.acceptedAt(), r.rows(), r.revised(), r.unchanged()));
        } catch (Rejected e) {
            int status = switch (e.refusal()) {
                case FORBIDDEN -> 403;
                case KEY_IN_USE -> 409;
                case INVALID, KEY_REUSED -> 422;
            };
            errors(ctx, status, e.errors());
        }
    }

    /** The body as a submission; type errors go to {@code problems} (the rules are the service's). */
    SubmissionService.Submission parse(String body, List<FieldError> problems) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (Exception e) {
            problems.add(new FieldError("body", "not JSON: " + firstLine(e.getMessage())));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(new FieldError("body", "must be a JSON object"));
            return null;
        }
        for (var it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of("enterprise_id", "period", "rows", "explanation").contains(f)) problems.add(new FieldError(f, "unknown field"));
        }
        String id = text(root, "enterprise_id", "enterprise_id", problems);
        String period = text(root, "period", "period", problems);
        String explanation = text(root, "explanation", "explanation", problems);
        JsonNode rows = root.get("rows");
        List<SubmissionService.Row> out = new ArrayList<>();
        if (rows == null || !rows.isArray()) problems.add(new FieldError("rows", "must be an array of {indicator, value, prev_year_value}"));
        else {
            for (int i = 0; i < rows.size(); i++) {
                JsonNode r = rows.get(i);
                String at = "rows[" + i + "]";
                if (!r.isObject()) {
                    problems.add(new FieldError(at, "must be an object {indicator, value, prev_year_value}"));
                    continue;
                }
                for (var it = r.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!List.of("indicator", "value", "prev_year_value").contains(f)) problems.add(new FieldError(at + "." + f, "unknown field"));
                }
                out.add(new SubmissionService.Row(text(r, "indicator", at + ".indicator", problems),
                        number(r, "value", at + ".value", problems), number(r, "prev_year_value", at + ".prev_year_value", problems)));
            }
        }
        return problems.isEmpty() ? new SubmissionService.Submission(id, period, out, explanation) : null;
    }

    private static String text(JsonNode o, String name, String field, List<FieldError> problems) {
        JsonNode n = o.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) {
            problems.add(new FieldError(field, "must be a string"));
            return null;
        }
        return n.asText();
    }

    /** A JSON number as its decimal text (the import's parser then judges it as it judges a file's field). */
    private static String number(JsonNode o, String name, String field, List<FieldError> problems) {
        JsonNode n = o.get(name);
        if (n == null || n.isNull()) return null;
        if (n.isNumber()) return n.isIntegralNumber() ? n.bigIntegerValue().toString() : n.decimalValue().toString();
        if (n.isTextual()) return n.asText();
        problems.add(new FieldError(field, "must be a number"));
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private void current(Context ctx) throws Exception {
        String id = ctx.pathParam("enterprise");
        Principal who = Security.principal(ctx);
        if (who.role() != Role.ADMIN && !(who.role() == Role.REPORTER && who.enterprises().contains(id)))
            throw new Security.Denied(403, "this account may not see that enterprise");
        int period = Period.parseOrNone(ctx.pathParam("period"));
        if (period == Period.NONE) {
            errors(ctx, 400, List.of(new FieldError("period", "'" + ctx.pathParam("period") + "' is not a month YYYY-MM")));
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Report r : Submissions.current(db, id, period)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("indicator", r.indicator());
            m.put("value", r.value());
            m.put("prev_year_value", r.hasPrevYearValue() ? r.prevYearValue() : null);
            rows.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterprise_id", id);
        m.put("period", Period.format(period));
        m.put("rows", rows);
        send(ctx, 200, m);
    }

    private void receipts(Context ctx) throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SubmissionReceipt r : Submissions.receipts(db, Security.principal(ctx).name(), 1000))
            out.add(receipt(r.receipt(), r.enterpriseId(), r.period(), r.acceptedAt(), r.rows(), r.revised(), r.unchanged()));
        send(ctx, 200, Map.of("receipts", out));
    }

    private static Map<String, Object> receipt(String receipt, String enterprise, int period, java.time.Instant at, int rows, int revised, int unchanged) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("receipt", receipt);
        m.put("enterprise_id", enterprise);
        m.put("period", Period.format(period));
        m.put("accepted_at", at.toString());
        m.put("rows", rows);
        m.put("revised", revised);
        m.put("unchanged", unchanged);
        return m;
    }

    private void errors(Context ctx, int status, List<FieldError> errors) throws Exception {
        List<Map<String, String>> list = new ArrayList<>();
        for (FieldError e : errors) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("field", e.field());
            m.put("reason", e.reason());
            list.add(m);
        }
        send(ctx, status, Map.of("errors", list));
    }

    private void send(Context ctx, int status, Object body) throws Exception {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    }
}
