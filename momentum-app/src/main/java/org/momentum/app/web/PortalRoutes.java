package org.momentum.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.momentum.app.cli.Clocks;
import org.momentum.app.files.InputReader;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.files.ReadOutcome;
import org.momentum.app.files.RowError;
import org.momentum.app.indicators.IndicatorState;
import org.momentum.app.intake.ImportService;
import org.momentum.app.intake.SubmissionService;
import io.javalin.http.HttpStatus;
import org.momentum.app.security.Secrets;
import org.momentum.classification.Period;
import org.momentum.reports.ReportRules;
import org.momentum.security.Principal;
import org.momentum.store.Database;
import org.momentum.store.EnterpriseReports;
import org.momentum.store.ReferenceData;
import org.momentum.store.Reports;
import org.momentum.store.SubmissionReceipt;
import org.momentum.store.Submissions;

/**
 * The enterprise portal (issue 7) for a signed-in reporter, who sees only the enterprises its account is bound to:
 * <ul>
 * <li>{@code GET /portal?enterprise=&period=} the month's form (default: the month after the latest reported);</li>
 * <li>{@code POST /portal} submits it (checked with the import's rules; an Idempotency-Key field makes a double
 *     click one submission);</li>
 * <li>{@code GET /portal/history?enterprise=} every revision of its reports;</li>
 * <li>{@code POST /portal/upload} a reports.csv of its own enterprises, read by the import's reader, all or nothing.</li>
 * </ul>
 */
public final class PortalRoutes {
    private final Database db;
    private final ReferenceData ref;
    private final Clock clock;
    private final IndicatorState indicators;
    private final SubmissionService submissions;
    private final PortalPage page;

    /** @param submissions the service behind POST /api/reports: the form's reports go the same way */
    public PortalRoutes(Database db, ReferenceData ref, Clock clock, IndicatorState indicators, SubmissionService submissions) {
        this.db = db;
        this.ref = ref;
        this.clock = clock;
        this.indicators = indicators;
        this.submissions = submissions;
        this.page = new PortalPage(ref);
    }

    public void register(RoutesConfig routes) {
        routes.get("/portal", this::form);
        routes.post("/portal", this::submit);
        routes.get("/portal/history", this::history);
        routes.post("/portal/upload", this::upload);
        routes.get("/portal/receipts/{receipt}", this::receipt);
    }

    /** The current statistical month by the server's clock (reports for later months are refused, as in import). */
    private int currentPeriod() {
        return Period.of(YearMonth.from(clock.instant().atZone(Clocks.CHINA)));
    }

    /**
     * The enterprise asked for, which must be one of the caller's; without one, the first of them. Null when the
     * account reports for none.
     */
    private static String enterprise(Context ctx, Principal who, String asked) {
        if (asked != null && !asked.isBlank()) {
            if (!who.enterprises().contains(asked.trim())) throw new Security.Denied(403, "this account does not report for that enterprise");
            return asked.trim();
        }
        return who.enterprises().isEmpty() ? null : new TreeSet<>(who.enterprises()).first();
    }

    private void form(Context ctx) {
        Principal who = Security.principal(ctx);
        PageShell.Where w = PageShell.Where.of(ctx);
        String id = enterprise(ctx, who, ctx.queryParam("enterprise"));
        StringBuilder h = PageShell.head(ctx, w, who, w.t("Monthly report", "月度报表"), Period.NONE);
        if (id == null) {
            ctx.html(h.append("<p class=\"empty\">").append(w.t("This account is not bound to any enterprise.", "此账户未绑定企业。")).append("</p>")
                    .append(PageShell.foot(w)).toString());
            return;
        }
        String asked = ctx.queryParam("period");
        int period = asked == null || asked.isBlank() ? defaultPeriod(id) : Period.parseOrNone(asked.trim());
        if (period == Period.NONE) throw new Server.BadRequest("period: '" + asked + "' is not a month YYYY-MM");
        page.form(h, w, PortalForm.blank(db, id, period), PageShell.csrfField(ctx), Secrets.random(), who.enterprises());
        page.uploadForm(h, w, PageShell.csrfField(ctx));
        ctx.html(h.append(PageShell.foot(w)).toString());
    }

    /** The month after the latest the enterprise reported, but never after the current month. */
    private int defaultPeriod(String enterprise) {
        int latest = EnterpriseReports.latestPeriod(db, enterprise);
        int now = currentPeriod();
        return latest == Period.NONE ? now : Math.min(latest + 1, now);
    }

    private void submit(Context ctx) {
        Principal who = Security.principal(ctx);
        PageShell.Where w = PageShell.Where.of(ctx);
        String id = enterprise(ctx, who, ctx.formParam("enterprise"));
        if (id == null) throw new Security.Denied(403, "this account does not report for any enterprise");
        Map<String, String> entered = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : ctx.formParamMap().entrySet())
            if (e.getKey().startsWith("v.") && !e.getValue().isEmpty()) entered.put(e.getKey().substring(2), e.getValue().get(0));
        String periodText = ctx.formParam("period") == null ? "" : ctx.formParam("period").trim();
        ReportRules rules = new ReportRules(ref.indicators(), submissions::isRegistered, currentPeriod());
        PortalForm.Checked checked = PortalForm.check(db, rules, id, periodText, entered, ctx.formParam("explanation"));
        String key = ctx.formParam("idempotency_key");
        if (key == null || key.isBlank()) key = null;
        PortalForm.View shown = checked.view();
        if (shown.ok()) {
            List<SubmissionService.Row> rows = new ArrayList<>();
            for (PortalForm.Field f : shown.fields()) if (!f.entered().isEmpty()) rows.add(new SubmissionService.Row(f.indicator(), f.entered(), null));
            try {
                SubmissionService.Receipt r = submissions.submit(who, new SubmissionService.Submission(id, periodText, rows,
                        shown.explanation().isEmpty() ? null : shown.explanation()), key);
                ctx.redirect(w.link("/portal/receipts/" + r.receipt()), HttpStatus.SEE_OTHER);
                return;
            } catch (SubmissionService.Rejected e) {
                if (e.refusal() == SubmissionService.Refusal.FORBIDDEN) throw new Security.Denied(403, "this account does not report for that enterprise");
                shown = PortalForm.withErrors(shown, rows, e.errors());
            }
        }
        StringBuilder h = PageShell.head(ctx, w, who, w.t("Monthly report", "月度报表"), Period.NONE);
        page.form(h, w, shown, PageShell.csrfField(ctx), key == null ? Secrets.random() : key, who.enterprises());
        ctx.status(422).html(h.append(PageShell.foot(w)).toString());
    }

    /** A receipt of this account (another account's receipt is not found, whoever asks). */
    private void receipt(Context ctx) {
        Principal who = Security.principal(ctx);
        PageShell.Where w = PageShell.Where.of(ctx);
        String id = ctx.pathParam("receipt");
        SubmissionReceipt found = null;
        for (SubmissionReceipt r : Submissions.receipts(db, who.name(), MAX_RECEIPTS)) if (r.receipt().equals(id)) found = r;
        if (found == null || !who.enterprises().contains(found.enterpriseId())) throw new ReleaseRoutes.NotFound("no receipt " + id + " of this account");
        StringBuilder h = PageShell.head(ctx, w, who, w.t("Receipt", "回执"), Period.NONE);
        page.receipt(h, w, found, EnterpriseReports.explanation(db, found.receipt()), EnterpriseReports.month(db, found.enterpriseId(), found.period()));
        ctx.html(h.append(PageShell.foot(w)).toString());
    }

    /** The receipts a history page lists and a receipt page looks among. */
    static final int MAX_RECEIPTS = 1000;

    private void history(Context ctx) {
        Principal who = Security.principal(ctx);
        PageShell.Where w = PageShell.Where.of(ctx);
        String id = enterprise(ctx, who, ctx.queryParam("enterprise"));
        StringBuilder h = PageShell.head(ctx, w, who, w.t("My submissions", "报送记录"), Period.NONE);
        if (id == null) h.append("<p class=\"empty\">").append(w.t("This account is not bound to any enterprise.", "此账户未绑定企业。")).append("</p>");
        else {
            List<SubmissionReceipt> receipts = new ArrayList<>();
            for (SubmissionReceipt r : Submissions.receipts(db, who.name(), MAX_RECEIPTS)) if (r.enterpriseId().equals(id)) receipts.add(r);
            page.history(h, w, id, EnterpriseReports.name(db, id), receipts, EnterpriseReports.revisions(db, id), who.enterprises());
        }
        ctx.html(h.append(PageShell.foot(w)).toString());
    }

    /**
     * A reports.csv read by the import's own reader and rules; a row of an enterprise the account does not report
     * for is an error of its enterprise_id. Any error and nothing is applied; else the import applies it in one
     * transaction, as {@code momentum import} does.
     */
    private void upload(Context ctx) throws IOException {
        Principal who = Security.principal(ctx);
        PageShell.Where w = PageShell.Where.of(ctx);
        if (!ctx.isMultipartFormData()) throw new Server.BadRequest("send the reports file as multipart/form-data (field 'reports')");
        UploadedFile file = ctx.uploadedFile("reports");
        if (file == null) throw new Server.BadRequest("choose a reports file (CSV) to upload");
        String name = safeName(file.filename());
        Path dir = Files.createTempDirectory("momentum-upload");
        Path csv = dir.resolve(name);
        try {
            try (InputStream in = file.content()) {
                Files.copy(in, csv);
            }
            int now = currentPeriod();
            List<RowError> foreign = new ArrayList<>();
            ReportRules rules = new ReportRules(ref.indicators(), submissions::isRegistered, now);
            ReadOutcome read = InputReader.readReports(csv, ReadOptions.strict(), rules, (line, r) -> {
                if (!who.enterprises().contains(r.enterpriseId()) && foreign.size() < InputReader.MAX_LISTED_ERRORS)
                    foreign.add(new RowError(name, line, "enterprise_id", "this account does not report for enterprise " + r.enterpriseId()));
            }, Progress.NONE);
            StringBuilder h = PageShell.head(ctx, w, who, w.t("Upload", "上传"), Period.NONE);
            List<RowError> errors = new ArrayList<>(read.errors());
            errors.addAll(foreign);
            errors.sort(java.util.Comparator.comparingLong(RowError::line));
            if (read.fatal() || !errors.isEmpty()) {
                page.uploadResult(h, w, name, errors, read.errorCount() + foreign.size(), 0, 0, 0);
                ctx.status(422);
            } else {
                ImportService.Result r = new ImportService(db, ref, now, who.name(), indicators).importReports(csv, ReadOptions.strict(), Progress.NONE);
                if (r.refused()) page.uploadResult(h, w, name, r.read().errors(), r.read().errorCount(), 0, 0, 0);
                else page.uploadResult(h, w, name, null, 0, r.applied().applied(), r.applied().revisions(), r.applied().batchId());
                if (r.refused()) ctx.status(422);
            }
            ctx.html(h.append(PageShell.foot(w)).toString());
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(dir);
        }
    }

    /** The upload's own name when it is a plain file name (it is shown and kept as the batch's file name), else reports.csv. */
    static String safeName(String given) {
        if (given == null) return "reports.csv";
        String base = given.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.matches("[A-Za-z0-9._-]{1,100}") && !base.startsWith(".") ? base : "reports.csv";
    }

    /** The latest month with any report: the staff pages' default month. */
    static int latestPeriod(Database db) {
        int[] range = Reports.periodRange(db);
        return range == null ? Period.NONE : range[1];
    }
}
