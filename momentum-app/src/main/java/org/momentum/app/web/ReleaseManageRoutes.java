package org.momentum.app.web;

import static org.momentum.app.web.Html.esc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.momentum.app.cli.Clocks;
import org.momentum.app.releases.ReleaseService;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.dissemination.ReleaseRuleException;
import org.momentum.dissemination.ReleaseStatus;
import org.momentum.security.Principal;
import org.momentum.security.Role;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;

/**
 * The release workflow for staff (issue 7): drafts, approved and published releases with their months, embargo
 * times and versions, and the steps of {@code momentum release} as buttons — create a draft (national analysts and
 * publishers), approve with an embargo time and publish now (publishers), discard (analysts their drafts,
 * publishers any unpublished release). The same {@link ReleaseService} and {@link Releases} calls as the CLI.
 * Creation can take minutes on a national panel, so it runs in the background and the page polls its status.
 */
public final class ReleaseManageRoutes {
    static final String PATH = "/releases/manage";
    private static final int MAX_JOBS = 100;

    /** A background creation: running, then done (with the release) or failed (with the reason). */
    record Job(String id, int period, String user, long startNanos, String state, String message, long releaseId, double seconds) {}

    private final Database db;
    private final ReferenceData ref;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong jobIds = new AtomicLong();
    // one creation at a time: each freezes the whole store and computes every indicator
    private final ExecutorService creator = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "release-create");
        t.setDaemon(true);
        return t;
    });

    public ReleaseManageRoutes(Database db, ReferenceData ref, Clock clock) {
        this.db = db;
        this.ref = ref;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> ctx.html(page(ctx, null)));
        routes.post(PATH + "/create", this::create);
        routes.get(PATH + "/jobs/{job}", this::job);
        routes.post(PATH + "/{id}/approve", ctx -> step(ctx, "approve"));
        routes.post(PATH + "/{id}/publish", ctx -> step(ctx, "publish"));
        routes.post(PATH + "/{id}/discard", ctx -> step(ctx, "discard"));
    }

    /** Stops the background creator (the server is stopping). */
    public void close() { creator.shutdownNow(); }

    private void create(Context ctx) {
        Principal who = Security.principal(ctx);
        if (!who.seesAllMicrodata() || who.role() == Role.ADMIN)
            throw new Security.Denied(403, "a release covers every enterprise: national analysts and publishers create them");
        int period = Period.parseOrNone(text(ctx, "period"));
        if (period == Period.NONE) throw new Server.BadRequest("period: '" + text(ctx, "period") + "' is not a month YYYY-MM");
        Instant embargo = instant(ctx, "embargo");
        String correction = text(ctx, "correction_of");
        long correctionOf;
        try {
            correctionOf = correction.isEmpty() ? 0 : Long.parseLong(correction);
        } catch (NumberFormatException e) {
            throw new Server.BadRequest("correction_of: '" + correction + "' is not a release id");
        }
        String reason = text(ctx, "reason");
        String id = Long.toString(jobIds.incrementAndGet());
        long t0 = System.nanoTime(), started = t0;
        jobs.put(id, new Job(id, period, who.name(), started, "running", null, 0, 0));
        // the page needs only recent creations: keep the last MAX_JOBS
        jobs.keySet().removeIf(k -> Long.parseLong(k) <= Long.parseLong(id) - MAX_JOBS);
        creator.submit(() -> {
            Job done;
            try {
                ReleaseService.Created c = new ReleaseService(db, ref, clock).create(period, null, embargo, correctionOf, reason.isEmpty() ? null : reason, who.name());
                done = new Job(id, period, who.name(), started, "done", "release " + c.release().id() + ": " + Period.format(period) + " version "
                        + c.release().version() + ", " + c.observations() + " observations from " + c.reports() + " reports", c.release().id(), (System.nanoTime() - t0) / 1e9);
            } catch (ReleaseRuleException e) {
                done = new Job(id, period, who.name(), started, "failed", e.getMessage(), 0, (System.nanoTime() - t0) / 1e9);
            } catch (RuntimeException e) {
                done = new Job(id, period, who.name(), started, "failed", "the release could not be created: " + e.getMessage(), 0, (System.nanoTime() - t0) / 1e9);
            }
            jobs.put(id, done);
        });
        boolean zh = "zh".equals(ctx.queryParam("lang"));
        ctx.redirect(PATH + "?job=" + id + (zh ? "&lang=zh" : ""), HttpStatus.SEE_OTHER);
    }

    private void job(Context ctx) throws Exception {
        Job j = jobs.get(ctx.pathParam("job"));
        if (j == null) throw new ReleaseRoutes.NotFound("no release creation " + ctx.pathParam("job"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.id());
        m.put("period", Period.format(j.period()));
        m.put("state", j.state());
        m.put("elapsed_seconds", j.state().equals("running") ? (System.nanoTime() - j.startNanos()) / 1e9 : j.seconds());
        m.put("message", j.message());
        if (j.releaseId() != 0) m.put("release_id", j.releaseId());
        ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(m));
    }

    private void step(Context ctx, String step) {
        Principal who = Security.principal(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new Server.BadRequest("'" + ctx.pathParam("id") + "' is not a release id");
        }
        Release r = Releases.get(db, id);
        if (r == null) throw new ReleaseRoutes.NotFound("no release " + id);
        if (step.equals("discard") && who.role() == Role.ANALYST && r.status() != ReleaseStatus.DRAFT)
            throw new Security.Denied(403, "an approved release is withdrawn by a publisher");
        Instant now = Clocks.now(clock);
        try {
            switch (step) {
                case "approve" -> Releases.approve(db, id, who.name(), instant(ctx, "embargo"), now);
                case "publish" -> Releases.publish(db, id, who.name(), now, true); // "publish now": recorded as forced, as the CLI does
                default -> Releases.discard(db, id, who.name());
            }
        } catch (ReleaseRuleException e) {
            ctx.status(409).html(page(ctx, e.getMessage()));
            return;
        }
        boolean zh = "zh".equals(ctx.queryParam("lang"));
        ctx.redirect(PATH + (zh ? "?lang=zh" : ""), HttpStatus.SEE_OTHER);
    }

    private static String text(Context ctx, String field) {
        String v = ctx.formParam(field);
        return v == null ? "" : v.trim();
    }

    /** A date-time field (the browser's datetime-local gives China time without an offset); null when empty. */
    private static Instant instant(Context ctx, String field) {
        String v = text(ctx, field);
        if (v.isEmpty()) return null;
        try {
            return Clocks.parseInstant(v);
        } catch (IllegalArgumentException e) {
            throw new Server.BadRequest(field + ": " + e.getMessage());
        }
    }

    // ---- the page ----

    private String page(Context ctx, String error) {
        Principal who = Security.principal(ctx);
        PageShell.Where w = PageShell.Where.of(ctx);
        StringBuilder h = PageShell.head(ctx, w, who, w.t("Release workflow", "发布流程"), PortalRoutes.latestPeriod(db));
        h.append("<h2>").append(w.t("Release workflow", "发布流程")).append("</h2><p class=\"note\">")
                .append(w.t("Draft → approved (with an embargo time) → published at the embargo time by the server, or now. Times are China time.",
                        "草稿 → 批准（设定解禁时间）→ 到解禁时间由服务器发布，或立即发布。时间为北京时间。")).append("</p>");
        if (error != null) h.append("<p role=\"alert\" class=\"error-summary\" id=\"step-error\">").append(esc(error)).append("</p>");
        String job = ctx.queryParam("job");
        if (job != null && jobs.containsKey(job)) {
            Job j = jobs.get(job);
            h.append("<div id=\"job\" class=\"progress\" role=\"status\" aria-live=\"polite\" data-job-url=\"").append(PATH).append("/jobs/").append(esc(j.id()))
                    .append("\" data-done-url=\"").append(esc(w.link(PATH))).append("\" data-msg-running=\"").append(esc(w.t("Creating the release of ", "正在生成报告期 ")))
                    .append(Period.format(j.period())).append(esc(w.t("… elapsed ", "……已用时 "))).append("\" data-msg-failed=\"")
                    .append(esc(w.t("Creation failed: ", "生成失败："))).append("\"><progress aria-label=\"").append(esc(w.t("Creating the release", "正在生成发布")))
                    .append("\"></progress> <span id=\"job-text\">").append(esc(j.state().equals("running") ? w.t("Creating the release of ", "正在生成报告期 ") + Period.format(j.period()) + "…"
                            : j.message())).append("</span></div>");
        }
        boolean creates = who.seesAllMicrodata() && who.role() != Role.ADMIN;
        boolean publishes = who.role() == Role.PUBLISHER;
        if (creates) {
            h.append("<form method=\"post\" action=\"").append(esc(w.link(PATH + "/create"))).append("\" class=\"form\" id=\"create-form\">")
                    .append(PageShell.csrfField(ctx)).append("<label>").append(w.t("Month", "报告期"))
                    .append(" <input type=\"month\" name=\"period\" id=\"create-period\" required></label><label>").append(w.t("Embargo (optional)", "解禁时间（可选）"))
                    .append(" <input type=\"datetime-local\" name=\"embargo\"></label><label>").append(w.t("Correction of release (id)", "更正的发布编号"))
                    .append(" <input name=\"correction_of\" inputmode=\"numeric\" size=\"6\"></label><label>").append(w.t("Reason of the correction", "更正原因"))
                    .append(" <input name=\"reason\" maxlength=\"500\"></label><button type=\"submit\" id=\"create\">").append(w.t("Create draft", "生成草稿"))
                    .append("</button></form>");
        }
        List<Release> all = Releases.all(db);
        section(h, ctx, w, all, ReleaseStatus.DRAFT, w.t("Drafts", "草稿"), creates, publishes);
        section(h, ctx, w, all, ReleaseStatus.APPROVED, w.t("Approved", "已批准"), creates, publishes);
        section(h, ctx, w, all, ReleaseStatus.PUBLISHED, w.t("Published", "已发布"), false, false);
        section(h, ctx, w, all, ReleaseStatus.DISCARDED, w.t("Discarded", "已撤销"), false, false);
        return h.append(PageShell.foot(w)).toString();
    }

    private void section(StringBuilder h, Context ctx, PageShell.Where w, List<Release> all, ReleaseStatus status, String title,
                         boolean analyst, boolean publisher) {
        List<Release> these = new ArrayList<>();
        for (Release r : all) if (r.status() == status) these.add(r);
        String sid = status.name().toLowerCase();
        h.append("<section><h3 id=\"").append(sid).append("-h\">").append(esc(title)).append(" (").append(these.size()).append(")</h3>");
        if (these.isEmpty()) {
            h.append("<p class=\"note\">").append(w.t("None.", "无。")).append("</p></section>");
            return;
        }
        h.append("<table class=\"plain\" id=\"").append(sid).append("\" aria-labelledby=\"").append(sid).append("-h\"><thead><tr>");
        for (String c : new String[] {w.t("Release", "编号"), w.t("Month", "报告期"), w.t("Version", "版本"), w.t("Cut-off", "数据截止"),
                w.t("Embargo", "解禁时间"), w.t("Created", "生成"), w.t("Approved", "批准"), w.t("Published", "发布"), w.t("Correction", "更正"),
                w.t("Actions", "操作")})
            h.append("<th scope=\"col\">").append(c).append("</th>");
        h.append("</tr></thead><tbody>");
        for (Release r : these) {
            h.append("<tr id=\"release-").append(r.id()).append("\"><td>").append(r.id()).append("</td><td>").append(Period.format(r.period())).append("</td><td>")
                    .append(r.version()).append("</td><td>").append(time(r.cutoff())).append("</td><td>").append(time(r.embargoAt())).append("</td><td>")
                    .append(time(r.createdAt())).append(" · ").append(esc(r.createdBy())).append("</td><td>")
                    .append(r.approvedAt() == null ? "" : time(r.approvedAt()) + " · " + esc(r.approvedBy())).append("</td><td>")
                    .append(r.publishedAt() == null ? "" : time(r.publishedAt()) + " · " + esc(r.publishedBy())).append("</td><td>")
                    .append(r.isCorrection() ? w.t("of ", "更正 ") + r.correctionOf() + ": " + esc(r.reason()) : "").append("</td><td class=\"actions\">");
            if (status == ReleaseStatus.DRAFT && publisher)
                h.append(action(ctx, w, r, "approve", w.t("Approve", "批准"),
                        "<label>" + w.t("Embargo", "解禁时间") + " <input type=\"datetime-local\" name=\"embargo\" id=\"embargo-" + r.id() + "\" value=\""
                                + (r.embargoAt() == null ? "" : LOCAL.format(r.embargoAt())) + "\"></label> "));
            if (status == ReleaseStatus.APPROVED && publisher) h.append(action(ctx, w, r, "publish", w.t("Publish now", "立即发布"), ""));
            if (status == ReleaseStatus.DRAFT && (analyst || publisher) || status == ReleaseStatus.APPROVED && publisher)
                h.append(action(ctx, w, r, "discard", w.t("Discard", "撤销"), ""));
            h.append("</td></tr>");
        }
        h.append("</tbody></table></section>");
    }

    private static final java.time.format.DateTimeFormatter LOCAL = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(Clocks.CHINA);

    private static String action(Context ctx, PageShell.Where w, Release r, String step, String label, String fields) {
        return "<form method=\"post\" action=\"" + esc(w.link(PATH + "/" + r.id() + "/" + step)) + "\" class=\"inline\">" + PageShell.csrfField(ctx) + fields
                + "<button type=\"submit\" id=\"" + step + "-" + r.id() + "\">" + esc(label) + "</button></form>";
    }

    private static String time(Instant t) { return t == null ? "" : PortalPage.TIME.format(t); }
}
