package org.momentum.app.web;

import static org.momentum.app.web.Html.esc;

import java.util.List;
import java.util.Locale;
import org.momentum.app.targets.ProgrammeService;
import org.momentum.app.targets.TargetService;
import org.momentum.classification.Period;
import org.momentum.reports.IndicatorDefinition;
import org.momentum.store.AuditLog;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.targets.CapacityCut;
import org.momentum.targets.Evaluation;
import org.momentum.targets.GoalKind;
import org.momentum.targets.KpiSummary;
import org.momentum.targets.PilotResult;
import org.momentum.targets.Programme;
import org.momentum.targets.Target;
import org.momentum.targets.TargetAssessment;
import org.momentum.targets.TargetTracker;

/** The targets board ({@code /targets}) and a programme's page ({@code /programmes/{id}}), in English and Chinese. */
final class TargetPages {
    static final String EXTRA_CSS = """
            .achieved{color:#11643a;font-weight:600} .on_track{color:#1f6fb2;font-weight:600}
            .at_risk{color:#9a6700;font-weight:600} .off_track{color:#b42318;font-weight:600}
            details{margin:4px 0 12px} td.l{text-align:left}
            """;

    private final Database db;
    private final ReferenceData ref;

    TargetPages(Database db, ReferenceData ref) {
        this.db = db;
        this.ref = ref;
    }

    String board(String lang, Integer period) {
        boolean zh = lang.equals("zh");
        StringBuilder h = new StringBuilder(32_000);
        head(h, zh, t(zh, "Targets and programmes (working data)", "目标与专项（工作数据）"), "/working/targets");
        if (period == null) {
            h.append("<main><p>").append(t(zh, "No indicators have been computed yet.", "尚未计算指标。")).append("</p></main></body></html>");
            return h.toString();
        }
        TargetService svc = new TargetService(db, ref);
        h.append("<main><h2>").append(esc(t(zh, "Targets at ", "目标进展 截至 "))).append(esc(Period.format(period))).append("</h2>");
        List<TargetAssessment> board = svc.board(period);
        if (board.isEmpty()) h.append("<p>").append(t(zh, "No targets have been set.", "尚未设定目标。")).append("</p>");
        else {
            h.append("<table><thead><tr><th>").append(t(zh, "Target", "目标")).append("</th><th>").append(t(zh, "Goal", "目标值"))
                    .append("</th><th>").append(t(zh, "Deadline", "期限")).append("</th><th>").append(t(zh, "Outcome", "实际"))
                    .append("</th><th>").append(t(zh, "Progress", "完成进度")).append("</th><th>").append(t(zh, "Status", "状态"))
                    .append("</th><th>").append(t(zh, "Probability of meeting", "完成概率")).append("</th></tr></thead><tbody>");
            for (TargetAssessment a : board) row(h, zh, a);
            h.append("</tbody></table>");
            for (TargetAssessment a : board) details(h, zh, svc, a.target(), period);
        }
        h.append("<p class=\"note\">").append(esc(t(zh,
                "Status: achieved once the goal is met (growth rates only at the deadline); before the deadline on track when the probability of meeting the goal is at least 66%, at risk from 33%, off track below. Probability: normal approximation of the "
                        + TargetService.METHOD + " forecast's prediction interval. Capacity cuts count enterprises that left statistical scope as cuts.",
                "状态：达到目标即为已完成（增速目标须到期限才确定）；期限前完成概率不低于66%为进展顺利，33%–66%为存在风险，低于33%为偏离目标。概率：按"
                        + TargetService.METHOD + "预测区间的正态近似计算。去产能按退出统计范围的企业计入压减。")))
                .append(" JSON: <a href=\"/api/working/targets\">/api/working/targets</a></p>");
        programmes(h, zh);
        h.append("</main></body></html>");
        return h.toString();
    }

    private void row(StringBuilder h, boolean zh, TargetAssessment a) {
        Target tg = a.target();
        h.append("<tr><td class=\"l\">").append(esc(zh ? tg.nameZh() : tg.name())).append("</td><td>").append(esc(goal(zh, tg)))
                .append("</td><td>").append(esc(Period.format(tg.deadline()))).append("</td><td>").append(esc(value(tg, a.outcome())))
                .append("</td><td>").append(esc(pct(a.progress() * 100))).append("</td><td class=\"").append(a.status().code()).append("\">")
                .append(esc(zh ? a.status().labelZh() : a.status().labelEn())).append("</td><td>").append(esc(pct(a.probability() * 100)))
                .append("</td></tr>");
    }

    /** Each target's path release by release and, for a capacity cut, where the cut came from. */
    private void details(StringBuilder h, boolean zh, TargetService svc, Target tg, int period) {
        h.append("<h3>").append(esc(zh ? tg.nameZh() : tg.name())).append("</h3>");
        CapacityCut c = svc.capacityCut(tg, period);
        if (c != null) {
            h.append("<p>").append(esc(String.format(Locale.ROOT, zh
                    ? "%s 至 %s：压减产能 %s（退出统计范围的 %d 家企业 %s，持续在产企业 %s，基期共 %d 家企业；新进入企业新增产能 %s 已抵减）。"
                    : "%s to %s: capacity cut %s (%d enterprises leaving scope %s, continuing makers %s, of %d makers at the baseline; newcomers' %s added capacity offset).",
                    Period.format(c.baseline()), Period.format(c.period()), Html.level(c.cut()), c.exits(), Html.level(c.cutByExits()),
                    Html.level(c.cutByContinuing()), c.cohort(), Html.level(c.added())))).append(' ').append(esc(unit(zh, tg))).append("</p>");
        }
        TargetTracker tracker = svc.tracker(tg);
        List<TargetAssessment> history = tracker.history(period);
        if (history.isEmpty()) return;
        h.append("<details><summary>").append(t(zh, "Release by release", "逐月进展")).append("</summary><table><thead><tr><th>")
                .append(t(zh, "Release", "月份")).append("</th><th>").append(t(zh, "Outcome", "实际")).append("</th><th>")
                .append(t(zh, "Progress", "完成进度")).append("</th><th>").append(t(zh, "Expected at deadline", "期限预计"))
                .append("</th><th>").append(t(zh, "Probability", "完成概率")).append("</th><th>").append(t(zh, "Status", "状态"))
                .append("</th></tr></thead><tbody>");
        for (TargetAssessment a : history) {
            h.append("<tr><td>").append(esc(Period.format(a.period()))).append("</td><td>").append(esc(value(tg, a.outcome())))
                    .append("</td><td>").append(esc(pct(a.progress() * 100))).append("</td><td>")
                    .append(esc(a.forecast() == null ? "—" : value(tg, a.forecast().mean()))).append("</td><td>")
                    .append(esc(pct(a.probability() * 100))).append("</td><td class=\"").append(a.status().code()).append("\">")
                    .append(esc(zh ? a.status().labelZh() : a.status().labelEn())).append("</td></tr>");
        }
        h.append("</tbody></table></details>");
    }

    private void programmes(StringBuilder h, boolean zh) {
        ProgrammeService svc = new ProgrammeService(db);
        List<Programme> list = svc.programmes();
        h.append("<h2>").append(t(zh, "Programmes", "专项")).append("</h2>");
        if (list.isEmpty()) {
            h.append("<p>").append(t(zh, "No programmes have been loaded.", "尚未导入专项。")).append("</p>");
            return;
        }
        h.append("<ul>");
        for (Programme p : list)
            h.append("<li><a href=\"/working/programmes/").append(esc(p.id())).append(zh ? "?lang=zh" : "").append("\">")
                    .append(esc(zh ? p.nameZh() : p.name())).append("</a></li>");
        h.append("</ul>");
    }

    /** Null when there is no such programme. */
    String programme(String lang, String id) {
        boolean zh = lang.equals("zh");
        ProgrammeService.View v = new ProgrammeService(db).view(id);
        if (v == null) return null;
        Programme p = v.programme();
        StringBuilder h = new StringBuilder(64_000);
        head(h, zh, zh ? p.nameZh() : p.name(), "/working/programmes/" + p.id());
        h.append("<main><h2>").append(esc(zh ? p.nameZh() : p.name())).append("</h2><p>")
                .append(esc(String.format(Locale.ROOT, zh ? "%d 个试点示范项目，%d 个示范区；%d 个项目各项指标均达到要求。" : "%d pilot projects, %d demonstration zones; %d projects meet every KPI threshold.",
                        v.pilots().size(), v.zones().size(), v.pilots().stream().filter(PilotResult::meetsAll).count()))).append("</p>");
        Evaluation e = v.evaluation();
        h.append("<h3>").append(t(zh, "Did the programme make a difference?", "专项是否产生了效果？")).append("</h3><p class=\"")
                .append(e.verdict() == Evaluation.Verdict.POSITIVE ? "achieved" : e.verdict() == Evaluation.Verdict.NEGATIVE ? "off_track" : "at_risk")
                .append("\">").append(esc(zh ? evaluationZh(e) : e.plainly())).append("</p><p class=\"note\">").append(esc(t(zh,
                        "Output growth of participants against their 3 most similar non-participants of the same industry division, province and size, from the year before entry to the year after (difference in differences), with a 95% confidence interval clustered by those cells.",
                        "参与企业与同行业大类、同省份、同规模中最相近的3家未参与企业比较，从进入前一年到进入后一年的产值增速之差（双重差分），95%置信区间按上述分组聚类。")))
                .append("</p>");
        h.append("<h3>").append(t(zh, "KPI results", "关键指标成效")).append("</h3>");
        for (KpiSummary.By by : new KpiSummary.By[] {KpiSummary.By.ALL, KpiSummary.By.BATCH, KpiSummary.By.REGION, KpiSummary.By.INDUSTRY})
            summary(h, zh, p, by, v.summaries().get(by));
        if (!v.zones().isEmpty()) {
            h.append("<h3>").append(t(zh, "Demonstration zones", "示范区")).append("</h3><table><thead><tr><th>").append(t(zh, "Zone", "示范区"))
                    .append("</th><th>").append(t(zh, "Region", "地区")).append("</th><th>").append(t(zh, "Approved", "批复"))
                    .append("</th><th>").append(t(zh, "Focus industries", "重点产业")).append("</th></tr></thead><tbody>");
            v.zones().forEach(z -> h.append("<tr><td class=\"l\">").append(esc(z.name())).append("</td><td class=\"l\">").append(esc(z.region()))
                    .append("</td><td>").append(esc(Period.format(z.approved()))).append("</td><td>").append(esc(String.join(", ", z.focusIndustries())))
                    .append("</td></tr>"));
            h.append("</tbody></table>");
        }
        h.append("<p class=\"note\">JSON: <a href=\"/api/working/programmes/").append(esc(p.id())).append("\">/api/working/programmes/").append(esc(p.id()))
                .append("</a> · <a href=\"/working/targets").append(zh ? "?lang=zh" : "").append("\">").append(t(zh, "Targets board", "目标看板")).append("</a></p>");
        h.append("</main></body></html>");
        return h.toString();
    }

    private void summary(StringBuilder h, boolean zh, Programme p, KpiSummary.By by, List<KpiSummary> rows) {
        if (rows.isEmpty()) return;
        String title = switch (by) {
            case ALL -> t(zh, "All pilots", "全部试点");
            case BATCH -> t(zh, "By batch", "按批次");
            case REGION -> t(zh, "By province", "按省份");
            case INDUSTRY -> t(zh, "By industry division", "按行业大类");
        };
        boolean open = by == KpiSummary.By.ALL;
        h.append("<details").append(open ? " open" : "").append("><summary>").append(title).append("</summary><table><thead><tr><th>")
                .append(t(zh, "Group", "分组")).append("</th><th>").append(t(zh, "KPI", "指标")).append("</th><th>").append(t(zh, "Projects", "项目数"))
                .append("</th><th>").append(t(zh, "Mean improvement", "平均改善")).append("</th><th>").append(t(zh, "Median", "中位数"))
                .append("</th><th>").append(t(zh, "Threshold", "要求")).append("</th><th>").append(t(zh, "Meeting it", "达标"))
                .append("</th></tr></thead><tbody>");
        for (KpiSummary s : rows) {
            h.append("<tr><td class=\"l\">").append(esc(group(zh, by, s.group()))).append("</td><td class=\"l\">")
                    .append(esc(zh ? s.kpi().nameZh() : s.kpi().nameEn())).append("</td><td>").append(s.projects()).append("</td><td>")
                    .append(esc(pct(s.meanPct()))).append("</td><td>").append(esc(pct(s.medianPct()))).append("</td><td>")
                    .append(esc(pct(p.threshold(s.kpi())))).append("</td><td>").append(s.meeting()).append(" / ").append(s.withThreshold())
                    .append("</td></tr>");
        }
        h.append("</tbody></table></details>");
    }

    String group(boolean zh, KpiSummary.By by, String g) {
        if (by == KpiSummary.By.ALL) return t(zh, "All", "全部");
        if (by == KpiSummary.By.REGION) {
            var r = ref.regions().province(g);
            return r == null ? g : zh ? r.nameZh() : r.nameEn();
        }
        if (by == KpiSummary.By.INDUSTRY) {
            var i = ref.industries().get(g);
            return i == null ? g : g + " " + i.nameZh();
        }
        return g;
    }

    static String evaluationZh(Evaluation e) {
        if (e.verdict() == Evaluation.Verdict.TOO_FEW_DATA)
            return String.format(Locale.ROOT, "数据无法判断：%d 个参与企业中仅 %d 个找到可比企业（%d 个分组）。", e.participants(), e.matched(), e.clusters());
        return String.format(Locale.ROOT, "对参与企业增速的效应 %+.1f%%（95%%置信区间 %+.1f%% 至 %+.1f%%；%d 个参与企业与 %d 个对照企业，%d 个分组）：%s。",
                e.effectPct(), e.lo95Pct(), e.hi95Pct(), e.matched(), e.controls(), e.clusters(), e.verdict().sentenceZh());
    }

    void head(StringBuilder h, boolean zh, String title, String path) {
        h.append("<!DOCTYPE html><html lang=\"").append(zh ? "zh-CN" : "en").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").append(esc(title))
                .append(" — Momentum</title><style>").append(HeadlinePage.CSS).append(EXTRA_CSS).append("</style></head><body>")
                .append("<header><h1><a href=\"/").append(zh ? "?lang=zh" : "").append("\" style=\"text-decoration:none\">Momentum</a> <small>")
                .append(esc(title)).append("</small></h1><nav><a href=\"").append(esc(path)).append("?lang=en\"")
                .append(zh ? "" : " aria-current=\"page\"").append(">English</a> · <a href=\"").append(esc(path)).append("?lang=zh\"")
                .append(zh ? " aria-current=\"page\"" : "").append(">中文</a></nav></header>");
        if (AuditLog.recorded(db, "demo.load"))
            h.append("<p class=\"banner\" role=\"note\">").append(t(zh,
                    "Synthetic demonstration microdata: generated enterprises calibrated to published national figures. Not official statistics.",
                    "合成演示微观数据：按已公布的全国数据校准生成的企业数据，并非官方统计。")).append("</p>");
    }

    String goal(boolean zh, Target tg) {
        String g = switch (tg.goalKind()) {
            case GROWTH -> (zh ? "增长 " : "growth ") + Html.oneDecimal(tg.goalValue()) + "%";
            case CHANGE -> (zh ? "变动 " : "change ") + signedLevel(tg.goalValue()) + " " + unit(zh, tg);
            case LEVEL -> (zh ? "达到 " : "level ") + Html.level(tg.goalValue()) + " " + unit(zh, tg);
        };
        String dir = tg.direction() == org.momentum.targets.Direction.UP ? (zh ? "（不低于" : " (at least") : (zh ? "（不高于" : " (at most");
        return g + dir + (tg.tolerance() > 0 ? (zh ? "，容差 " : ", tolerance ") + plain(tg.tolerance()) : "") + (zh ? "）" : ")");
    }

    String value(Target tg, double v) {
        if (Double.isNaN(v)) return "—";
        return tg.goalKind() == GoalKind.GROWTH ? Html.growth(v) : tg.goalKind() == GoalKind.CHANGE ? signedLevel(v) : Html.level(v);
    }

    String unit(boolean zh, Target tg) {
        IndicatorDefinition d = ref.indicators().get(tg.measure().equals("output_value_real") ? "output_value" : tg.measure());
        return d == null ? "" : zh ? d.unitZh() : d.unitEn();
    }

    private static String signedLevel(double v) { return (v < 0 ? "−" : "+") + Html.level(Math.abs(v)); }

    private static String plain(double v) { return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(); }

    static String pct(double v) { return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f%%", v); }

    static String t(boolean zh, String en, String zhText) { return zh ? zhText : en; }
}
