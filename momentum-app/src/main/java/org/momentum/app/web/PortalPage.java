package org.momentum.app.web;

import static org.momentum.app.web.Html.esc;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.momentum.app.files.RowError;
import org.momentum.classification.Period;
import org.momentum.reports.IndicatorDefinition;
import org.momentum.reports.LargeChange;
import org.momentum.store.EnterpriseReports;
import org.momentum.store.ReferenceData;
import org.momentum.store.SubmissionReceipt;

/** The enterprise portal's pages, server-rendered; portal.js adds the instant checks and nothing else. */
final class PortalPage {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final ReferenceData ref;

    PortalPage(ReferenceData ref) { this.ref = ref; }

    /** The enterprise picker, shown when the account reports for several. */
    void picker(StringBuilder h, PageShell.Where w, Set<String> enterprises, String chosen, String action, int period) {
        if (enterprises.size() < 2) return;
        h.append("<form method=\"get\" action=\"").append(action).append("\" class=\"form\"><label for=\"enterprise\">")
                .append(w.t("Enterprise", "企业")).append("</label><select id=\"enterprise\" name=\"enterprise\">");
        for (String e : new java.util.TreeSet<>(enterprises))
            h.append("<option").append(e.equals(chosen) ? " selected" : "").append(" value=\"").append(esc(e)).append("\">").append(esc(e)).append("</option>");
        h.append("</select>");
        if (period != Period.NONE) h.append("<input type=\"hidden\" name=\"period\" value=\"").append(Period.format(period)).append("\">");
        if (w.zh()) h.append("<input type=\"hidden\" name=\"lang\" value=\"zh\">");
        h.append("<button type=\"submit\">").append(w.t("Show", "显示")).append("</button></form>");
    }

    /** The month's form: each field with last month's and the same month last year's figure beside it. */
    void form(StringBuilder h, PageShell.Where w, PortalForm.View v, String csrfField, String idempotencyKey, Set<String> enterprises) {
        h.append("<h2>").append(w.t("Monthly report", "月度报表")).append("</h2><p class=\"who\">").append(esc(v.enterprise()))
                .append(v.enterpriseName() == null ? "" : " · " + esc(v.enterpriseName())).append("</p>");
        picker(h, w, enterprises, v.enterprise(), "/portal", v.period());
        // choosing the month is a plain GET form: the page for that month, nothing submitted
        h.append("<form method=\"get\" action=\"/portal\" class=\"form\" id=\"month-form\"><label for=\"period-choice\">").append(w.t("Month", "报告期"))
                .append("</label><input type=\"month\" id=\"period-choice\" name=\"period\" value=\"")
                .append(v.period() == Period.NONE ? "" : Period.format(v.period())).append("\" required>")
                .append("<input type=\"hidden\" name=\"enterprise\" value=\"").append(esc(v.enterprise())).append("\">");
        if (w.zh()) h.append("<input type=\"hidden\" name=\"lang\" value=\"zh\">");
        h.append("<button type=\"submit\">").append(w.t("Open", "打开")).append("</button></form>");

        Map<String, String> err = v.errors();
        if (!err.isEmpty())
            h.append("<div role=\"alert\" class=\"error-summary\" id=\"error-summary\"><p>")
                    .append(w.t("The report was not submitted. Please correct the marked fields.", "报表未提交，请更正标出的项目。")).append("</p>")
                    .append(err.containsKey("form") ? "<p id=\"err-form\">" + esc(reason(err.get("form"), w)) + "</p>" : "").append("</div>");

        h.append("<form method=\"post\" action=\"").append(esc(w.link("/portal"))).append("\" id=\"report-form\" class=\"report\" novalidate")
                .append(" data-threshold=\"").append(LargeChange.THRESHOLD).append("\"")
                .append(" data-msg-number=\"").append(esc(w.t("is not a number (digits and an optional decimal point; no thousands separators)",
                        "不是有效数字（数字与可选的小数点，不用千位分隔符）"))).append("\"")
                .append(" data-msg-negative=\"").append(esc(w.t("is negative; values are ≥ 0", "为负数；数值须 ≥ 0"))).append("\"")
                .append(" data-msg-large=\"").append(esc(w.t("changes by more than 50% — please explain below", "变动超过 50%，请在下方说明"))).append("\"")
                .append(" data-msg-explain=\"").append(esc(w.t("An explanation is required for the changes of more than 50%.", "变动超过 50% 时须填写说明。"))).append("\">")
                .append(csrfField)
                .append("<input type=\"hidden\" name=\"idempotency_key\" value=\"").append(esc(idempotencyKey)).append("\">")
                .append("<input type=\"hidden\" name=\"enterprise\" value=\"").append(esc(v.enterprise())).append("\">")
                .append("<input type=\"hidden\" name=\"period\" value=\"").append(v.period() == Period.NONE ? "" : Period.format(v.period())).append("\">");
        if (err.containsKey("period")) h.append("<p class=\"error\" id=\"err-period\">").append(esc(reason(err.get("period"), w))).append("</p>");
        String month = v.period() == Period.NONE ? "" : Period.format(v.period());
        h.append("<table class=\"report-table\"><caption>").append(esc(w.t("Report for ", "报告期 "))).append(esc(month))
                .append("</caption><thead><tr><th scope=\"col\">").append(w.t("Indicator", "指标")).append("</th><th scope=\"col\">")
                .append(w.t("This month", "本月")).append("</th><th scope=\"col\">")
                .append(w.t("Last month", "上月")).append(v.period() == Period.NONE ? "" : " (" + Period.format(v.period() - 1) + ")").append("</th><th scope=\"col\">")
                .append(w.t("Same month last year", "上年同月")).append(v.period() == Period.NONE ? "" : " (" + Period.format(v.period() - 12) + ")")
                .append("</th></tr></thead><tbody>");
        for (PortalForm.Field f : v.fields()) field(h, w, f);
        h.append("</tbody></table>");
        String explainErr = err.get("explanation");
        h.append("<div class=\"explain\"><label for=\"explanation\">").append(w.t("Explanation of large changes", "大幅变动说明")).append("</label>")
                .append("<p class=\"note\" id=\"explanation-hint\">").append(w.t(
                        "Required when a value differs by more than 50% (up or down) from last month or from the same month last year; it is stored with your submission.",
                        "本月数值与上月或上年同月相比增减超过 50% 时必填；说明随报表一并保存。")).append("</p>")
                .append("<textarea id=\"explanation\" name=\"explanation\" rows=\"3\" maxlength=\"2000\" aria-describedby=\"explanation-hint err-explanation\"")
                .append(explainErr != null ? " aria-invalid=\"true\"" : "").append(">").append(esc(v.explanation())).append("</textarea>")
                .append("<p class=\"error\" id=\"err-explanation\" aria-live=\"polite\">").append(explainErr == null ? "" : esc(reason(explainErr, w))).append("</p></div>")
                .append("<p><button type=\"submit\" id=\"submit-report\">").append(w.t("Submit report", "提交报表")).append("</button></p></form>");
    }

    private void field(StringBuilder h, PageShell.Where w, PortalForm.Field f) {
        String id = "f-" + f.indicator().replace('.', '-');
        IndicatorDefinition d = ref.indicators().get(f.indicator());
        String label = d == null ? f.indicator() : (w.zh() ? d.nameZh() : d.nameEn()) + " (" + (w.zh() ? d.unitZh() : d.unitEn()) + ")";
        h.append("<tr><th scope=\"row\"><label for=\"").append(id).append("\">").append(esc(label)).append("</label><br><code>")
                .append(esc(f.indicator())).append("</code></th><td><input id=\"").append(id).append("\" name=\"v.").append(esc(f.indicator()))
                .append("\" inputmode=\"decimal\" autocomplete=\"off\" value=\"").append(esc(f.entered())).append("\"")
                .append(" data-last-month=\"").append(Double.isNaN(f.lastMonth()) ? "" : PortalForm.plain(f.lastMonth())).append("\"")
                .append(" data-last-year=\"").append(Double.isNaN(f.lastYear()) ? "" : PortalForm.plain(f.lastYear())).append("\"")
                .append(" aria-describedby=\"err-").append(id).append(" cmp-").append(id).append("\"")
                .append(f.error() != null ? " aria-invalid=\"true\"" : "").append(">")
                .append("<span class=\"error\" id=\"err-").append(id).append("\" aria-live=\"polite\">")
                .append(f.error() == null ? "" : esc(reason(f.error(), w))).append("</span>")
                .append("<span class=\"warn\" id=\"warn-").append(id).append("\">")
                .append(f.large() ? esc(w.t("changes by more than 50% — please explain below", "变动超过 50%，请在下方说明")) : "").append("</span>");
        if (!Double.isNaN(f.current()))
            h.append("<span class=\"note\">").append(w.t("Now on file: ", "已报送：")).append(esc(PortalForm.plain(f.current()))).append("</span>");
        h.append("</td><td id=\"cmp-").append(id).append("\">").append(figure(f.lastMonth(), w, "last month", "上月")).append("</td><td>")
                .append(figure(f.lastYear(), w, "same month last year", "上年同月")).append("</td></tr>");
    }

    private static String figure(double v, PageShell.Where w, String en, String zh) {
        String label = "<span class=\"sr\">" + w.t(en, zh) + ": </span>"; // visible on a phone, where the column heads are not
        if (Double.isNaN(v)) return label + "<span class=\"note\">" + w.t("not reported", "未报送") + "</span>";
        return label + esc(PortalForm.plain(v));
    }

    /** The CSV upload form: reports.csv for this account's enterprises, all or nothing. */
    void uploadForm(StringBuilder h, PageShell.Where w, String csrfField) {
        h.append("<section class=\"upload\"><h2 id=\"upload-h\">").append(w.t("Upload a reports file (CSV)", "上传报表文件（CSV）")).append("</h2>")
                .append("<p class=\"note\" id=\"upload-hint\">").append(w.t(
                        "Columns enterprise_id, period, indicator, value and optionally prev_year_value, as in formats.md; UTF-8 or GB18030. "
                                + "Only your own enterprises; the whole file is applied or nothing (errors are listed by line and column). At most 1 MB.",
                        "列为 enterprise_id、period、indicator、value，可选 prev_year_value；UTF-8 或 GB18030 编码。仅限本企业数据；整份文件全部导入或全部不导入（错误按行和列列出）。文件不超过 1 MB。"))
                .append("</p><form method=\"post\" action=\"").append(esc(w.link("/portal/upload"))).append("\" enctype=\"multipart/form-data\" class=\"form\">")
                .append(csrfField).append("<label for=\"reports-file\">").append(w.t("File", "文件")).append("</label>")
                .append("<input type=\"file\" id=\"reports-file\" name=\"reports\" accept=\".csv,text/csv\" required aria-describedby=\"upload-hint\">")
                .append("<button type=\"submit\">").append(w.t("Upload", "上传")).append("</button></form></section>");
    }

    /** The outcome of an upload: the errors by line and column, or what was applied. */
    void uploadResult(StringBuilder h, PageShell.Where w, String file, List<RowError> errors, long errorCount, long applied, long revisions, long batch) {
        h.append("<h2>").append(w.t("Upload of ", "上传文件 ")).append(esc(file)).append("</h2>");
        if (errors != null) {
            h.append("<div role=\"alert\" class=\"error-summary\" id=\"upload-errors\"><p>").append(w.t("Nothing was applied: the file has ", "未导入任何数据：文件有 "))
                    .append(errorCount).append(w.t(" error(s).", " 处错误。")).append("</p><table><thead><tr><th scope=\"col\">")
                    .append(w.t("Line", "行")).append("</th><th scope=\"col\">").append(w.t("Column", "列")).append("</th><th scope=\"col\">")
                    .append(w.t("Reason", "原因")).append("</th></tr></thead><tbody>");
            for (RowError e : errors)
                h.append("<tr><td>").append(e.line()).append("</td><td>").append(esc(e.column())).append("</td><td>").append(esc(e.reason())).append("</td></tr>");
            h.append("</tbody></table></div>");
        } else {
            h.append("<div class=\"receipt\" id=\"upload-receipt\" role=\"status\"><p>").append(w.t("Applied: ", "已导入：")).append(applied)
                    .append(w.t(" value(s), of which ", " 个数值，其中修订 ")).append(revisions).append(w.t(" revision(s). Batch ", " 个。批次 "))
                    .append(batch).append(".</p></div>");
        }
        h.append("<p><a href=\"").append(esc(w.link("/portal/history"))).append("\">").append(w.t("My submissions", "报送记录")).append("</a></p>");
    }

    /** Every revision of the enterprise's reports, newest month first. */
    void history(StringBuilder h, PageShell.Where w, String enterprise, String name, List<SubmissionReceipt> receipts,
                 List<EnterpriseReports.Revision> revisions, Set<String> enterprises) {
        h.append("<h2>").append(w.t("My submissions and revisions", "报送与修订记录")).append("</h2><p class=\"who\">").append(esc(enterprise))
                .append(name == null ? "" : " · " + esc(name)).append("</p>");
        picker(h, w, enterprises, enterprise, "/portal/history", Period.NONE);
        h.append("<h3 id=\"receipts-h\">").append(w.t("Receipts of this account", "本账户的回执")).append("</h3>");
        if (receipts.isEmpty()) h.append("<p class=\"note\">").append(w.t("No form submissions yet.", "尚无表单报送。")).append("</p>");
        else {
            h.append("<table class=\"plain\" id=\"receipts\" aria-labelledby=\"receipts-h\"><thead><tr>");
            for (String c : new String[] {w.t("Receipt", "回执号"), w.t("Month", "报告期"), w.t("Accepted", "接收时间"), w.t("Values", "数值个数"),
                    w.t("Revised", "修订"), w.t("Unchanged", "未变")})
                h.append("<th scope=\"col\">").append(c).append("</th>");
            h.append("</tr></thead><tbody>");
            for (SubmissionReceipt r : receipts)
                h.append("<tr><td><a href=\"").append(esc(w.link("/portal/receipts/" + r.receipt()))).append("\">").append(esc(r.receipt())).append("</a></td><td>")
                        .append(Period.format(r.period())).append("</td><td>").append(TIME.format(r.acceptedAt())).append("</td><td>").append(r.rows())
                        .append("</td><td>").append(r.revised()).append("</td><td>").append(r.unchanged()).append("</td></tr>");
            h.append("</tbody></table>");
        }
        h.append("<h3>").append(w.t("Every value and its revisions", "全部数值及修订")).append("</h3>");
        if (revisions.isEmpty()) {
            h.append("<p class=\"empty\">").append(w.t("Nothing reported yet.", "尚无报送。")).append("</p>");
            return;
        }
        h.append("<table class=\"plain\" id=\"history\"><thead><tr>");
        for (String c : new String[] {w.t("Month", "报告期"), w.t("Indicator", "指标"), w.t("Value", "数值"), w.t("Revision", "修订次数"),
                w.t("Status", "状态"), w.t("Received", "接收时间"), w.t("From", "来源"), w.t("By", "报送人")})
            h.append("<th scope=\"col\">").append(c).append("</th>");
        h.append("</tr></thead><tbody>");
        for (EnterpriseReports.Revision r : revisions) {
            String source = r.source() == null ? "" : java.nio.file.Path.of(r.source()).getFileName().toString();
            h.append("<tr").append(r.current() ? "" : " class=\"superseded\"").append("><td>").append(Period.format(r.period())).append("</td><td>")
                    .append(esc(r.indicator())).append("</td><td>").append(esc(PortalForm.plain(r.value()))).append("</td><td>").append(r.revision())
                    .append("</td><td>").append(r.current() ? w.t("current", "现行") : w.t("superseded", "已被修订")).append("</td><td>")
                    .append(r.at() == null ? "" : TIME.format(r.at())).append("</td><td>").append(esc(source)).append("</td><td>")
                    .append(esc(r.actor())).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    /** The receipt of an accepted form, with the values that stand for the month now. */
    void receipt(StringBuilder h, PageShell.Where w, SubmissionReceipt r, String explanation, Map<String, Double> now) {
        h.append("<h2>").append(w.t("Receipt", "回执")).append("</h2><div class=\"receipt\" id=\"receipt\" role=\"status\"><p>")
                .append(w.t("Your report was received and stored.", "报表已接收并保存。")).append("</p><dl><dt>").append(w.t("Receipt number", "回执号"))
                .append("</dt><dd id=\"receipt-id\">").append(esc(r.receipt())).append("</dd><dt>").append(w.t("Enterprise", "企业")).append("</dt><dd>")
                .append(esc(r.enterpriseId())).append("</dd><dt>").append(w.t("Month", "报告期")).append("</dt><dd>").append(Period.format(r.period()))
                .append("</dd><dt>").append(w.t("Accepted at (China time)", "接收时间（北京时间）")).append("</dt><dd>").append(TIME.format(r.acceptedAt()))
                .append("</dd><dt>").append(w.t("Values", "数值个数")).append("</dt><dd>").append(r.rows()).append(w.t(" (revised: ", "（修订："))
                .append(r.revised()).append(w.t(", unchanged: ", "，未变：")).append(r.unchanged()).append(w.t(")", "）")).append("</dd>");
        if (explanation != null)
            h.append("<dt>").append(w.t("Explanation", "说明")).append("</dt><dd id=\"receipt-explanation\">").append(esc(explanation)).append("</dd>");
        h.append("</dl></div>");
        h.append("<table class=\"plain\" id=\"receipt-values\"><caption>").append(w.t("Values on file for the month now", "该月现有数值")).append("</caption><thead><tr><th scope=\"col\">")
                .append(w.t("Indicator", "指标")).append("</th><th scope=\"col\">").append(w.t("Value", "数值")).append("</th></tr></thead><tbody>");
        for (Map.Entry<String, Double> e : now.entrySet())
            h.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(esc(PortalForm.plain(e.getValue()))).append("</td></tr>");
        h.append("</tbody></table><p><a href=\"").append(esc(w.link("/portal/history?enterprise=" + r.enterpriseId()))).append("\">")
                .append(w.t("My submissions", "报送记录")).append("</a> · <a href=\"").append(esc(w.link("/portal?enterprise=" + r.enterpriseId())))
                .append("\">").append(w.t("Monthly report", "月度报表")).append("</a></p>");
    }

    /** The import's reasons in Chinese where the page is Chinese (the common ones; others stay as written). */
    static String reason(String r, PageShell.Where w) {
        if (!w.zh() || r == null) return r;
        if (r.startsWith("empty")) return "为空，须填写数字";
        if (r.contains("is not a number")) return r.replace("is not a number", "不是有效数字").replace("(no thousands separators allowed)", "（不用千位分隔符）");
        if (r.contains("is negative")) return r.substring(0, r.indexOf(" is negative")) + " 为负数；数值须 ≥ 0";
        if (r.contains("is after the current month")) return r.replace("is after the current month", "晚于当前月份");
        if (r.equals("enter at least one value")) return "请至少填写一个数值";
        if (r.startsWith("explain the change of more than 50% in ")) return "以下指标变动超过 50%，请说明：" + r.substring(39);
        return r;
    }
}
