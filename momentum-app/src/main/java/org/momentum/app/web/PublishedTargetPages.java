package org.momentum.app.web;

import static org.momentum.app.web.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.momentum.app.targets.TargetService;
import org.momentum.app.targets.TargetsComponent;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.store.Database;
import org.momentum.store.PublishedTargets;
import org.momentum.store.ReferenceData;
import org.momentum.targets.Evaluation;
import org.momentum.targets.KpiSummary;
import org.momentum.targets.Target;
import org.momentum.targets.TargetAssessment;

/**
 * The public targets board ({@code /targets}) and programme pages ({@code /programmes/{id}}), in English and
 * Chinese, from one published release's frozen copy: status, a progress bar and the probability of meeting each
 * target; a programme's aggregates (withheld groups marked ×) and evaluation. Shares {@link TargetPages}' wording.
 */
final class PublishedTargetPages {
    private static final String CSS = """
            progress{width:8em;height:1em;vertical-align:middle} td.withheld{color:#667085}
            """;
    private final TargetPages words;

    PublishedTargetPages(Database db, ReferenceData ref) { this.words = new TargetPages(db, ref); }

    /** The board of release {@code r} (null: none published yet). */
    String board(boolean zh, Release r, PublishedTargets.Copy copy) {
        StringBuilder h = new StringBuilder(16_000);
        words.head(h, zh, TargetPages.t(zh, "Targets and programmes", "目标与专项"), "/targets");
        h.insert(h.indexOf("</style>"), CSS);
        h.append("<main>");
        if (r == null) {
            h.append("<p id=\"no-release\">").append(TargetPages.t(zh, "No release with targets has been published yet; see the ",
                    "尚未发布含目标进展的数据；请参阅")).append("<a href=\"/releases\">").append(TargetPages.t(zh, "release calendar", "发布日程"))
                    .append("</a>.</p></main></body></html>");
            return h.toString();
        }
        h.append("<h2>").append(esc(TargetPages.t(zh, "Targets at ", "目标进展 截至 "))).append(esc(Period.format(r.period()))).append("</h2>");
        releaseLine(h, zh, r);
        List<TargetAssessment> board = copy.board();
        if (board.isEmpty()) h.append("<p>").append(TargetPages.t(zh, "The release assessed no targets.", "该次发布未评估目标。")).append("</p>");
        else {
            h.append("<table id=\"targets\"><thead><tr><th>").append(TargetPages.t(zh, "Target", "目标")).append("</th><th>")
                    .append(TargetPages.t(zh, "Goal", "目标值")).append("</th><th>").append(TargetPages.t(zh, "Deadline", "期限")).append("</th><th>")
                    .append(TargetPages.t(zh, "Outcome", "实际")).append("</th><th>").append(TargetPages.t(zh, "Progress", "完成进度"))
                    .append("</th><th>").append(TargetPages.t(zh, "Status", "状态")).append("</th><th>")
                    .append(TargetPages.t(zh, "Probability of meeting", "完成概率")).append("</th></tr></thead><tbody>");
            for (TargetAssessment a : board) row(h, zh, a);
            h.append("</tbody></table>");
        }
        h.append("<p class=\"note\">").append(esc(TargetPages.t(zh,
                "Status: achieved once the goal is met (growth rates only at the deadline); before the deadline on track when the probability of meeting the goal is at least 66%, at risk from 33%, off track below. Probability: normal approximation of the "
                        + TargetService.METHOD + " forecast's prediction interval. Growth targets read growth at comparable prices. — not shown where disclosure control withholds the cell.",
                "状态：达到目标即为已完成（增速目标须到期限才确定）；期限前完成概率不低于66%为进展顺利，33%–66%为存在风险，低于33%为偏离目标。概率：按"
                        + TargetService.METHOD + "预测区间的正态近似计算。增速目标按可比价计算。— 表示该单元按保密规则不予公布。")))
                .append(" JSON: <a href=\"/api/targets\">/api/targets</a> · CSV: <a href=\"/api/targets?format=csv\">targets.csv</a></p>");
        h.append("<h2>").append(TargetPages.t(zh, "Programmes", "专项")).append("</h2>");
        if (copy.programmes().isEmpty()) h.append("<p>").append(TargetPages.t(zh, "The release published no programmes.", "该次发布未包含专项。")).append("</p>");
        else {
            h.append("<ul id=\"programmes\">");
            for (PublishedTargets.ProgrammeResult p : copy.programmes())
                h.append("<li><a href=\"/programmes/").append(esc(p.programme().id())).append(zh ? "?lang=zh" : "").append("\">")
                        .append(esc(zh ? p.programme().nameZh() : p.programme().name())).append("</a> — ").append(esc(verdict(zh, p.evaluation())))
                        .append("</li>");
            h.append("</ul>");
        }
        h.append("</main></body></html>");
        return h.toString();
    }

    private void row(StringBuilder h, boolean zh, TargetAssessment a) {
        Target tg = a.target();
        double progress = a.progress();
        h.append("<tr data-target=\"").append(esc(tg.id())).append("\"><td class=\"l\">").append(esc(zh ? tg.nameZh() : tg.name()))
                .append("</td><td>").append(esc(words.goal(zh, tg))).append("</td><td>").append(esc(Period.format(tg.deadline())))
                .append("</td><td>").append(esc(words.value(tg, a.outcome()))).append("</td><td>");
        if (Double.isFinite(progress))
            // the bar stops at 100%; the number says how far past the goal
            h.append("<progress max=\"100\" value=\"").append(String.format(Locale.ROOT, "%.1f", Math.max(0, Math.min(100, progress * 100))))
                    .append("\"></progress> ");
        h.append(esc(TargetPages.pct(progress * 100))).append("</td><td class=\"").append(a.status().code()).append("\">")
                .append(esc(zh ? a.status().labelZh() : a.status().labelEn())).append("</td><td>").append(esc(TargetPages.pct(a.probability() * 100)))
                .append("</td></tr>");
    }

    private static void releaseLine(StringBuilder h, boolean zh, Release r) {
        h.append("<p class=\"note\">").append(esc(String.format(Locale.ROOT, zh ? "%s 发布（第 %d 版，%s）。" : "Release of %s (version %d), published %s.",
                Period.format(r.period()), r.version(), ReleaseRoutes.time(r.publishedAt())))).append("</p>");
    }

    private static String verdict(boolean zh, Evaluation e) { return zh ? e.verdict().sentenceZh() : e.verdict().sentenceEn(); }

    /** A programme's page from release {@code r}. */
    String programme(boolean zh, Release r, PublishedTargets.ProgrammeResult p) {
        var pr = p.programme();
        StringBuilder h = new StringBuilder(32_000);
        words.head(h, zh, zh ? pr.nameZh() : pr.name(), "/programmes/" + pr.id());
        h.insert(h.indexOf("</style>"), CSS);
        h.append("<main><h2>").append(esc(zh ? pr.nameZh() : pr.name())).append("</h2>");
        releaseLine(h, zh, r);
        h.append("<p>").append(esc(String.format(Locale.ROOT, zh ? "%d 个试点示范项目，%d 家企业。" : "%d pilot projects at %d enterprises.",
                p.projects(), p.enterprises()))).append("</p>");
        Evaluation e = p.evaluation();
        h.append("<h3>").append(TargetPages.t(zh, "Did the programme make a difference?", "专项是否产生了效果？")).append("</h3><p id=\"evaluation\" class=\"")
                .append(e.verdict() == Evaluation.Verdict.POSITIVE ? "achieved" : e.verdict() == Evaluation.Verdict.NEGATIVE ? "off_track" : "at_risk")
                .append("\">").append(esc(zh ? TargetPages.evaluationZh(e) : e.plainly())).append("</p>");
        h.append("<h3>").append(TargetPages.t(zh, "KPI results", "关键指标成效")).append("</h3>");
        Map<String, List<PublishedTargets.Aggregate>> by = new LinkedHashMap<>();
        for (PublishedTargets.Aggregate a : p.aggregates()) by.computeIfAbsent(a.groupedBy(), k -> new ArrayList<>()).add(a);
        boolean withheld = false;
        for (KpiSummary.By g : KpiSummary.By.values()) {
            List<PublishedTargets.Aggregate> rows = by.get(g.code());
            if (rows == null) continue;
            String title = switch (g) {
                case ALL -> TargetPages.t(zh, "All pilots", "全部试点");
                case BATCH -> TargetPages.t(zh, "By batch", "按批次");
                case REGION -> TargetPages.t(zh, "By province", "按省份");
                case INDUSTRY -> TargetPages.t(zh, "By industry division", "按行业大类");
            };
            h.append("<details").append(g == KpiSummary.By.ALL ? " open" : "").append("><summary>").append(title).append("</summary><table><thead><tr><th>")
                    .append(TargetPages.t(zh, "Group", "分组")).append("</th><th>").append(TargetPages.t(zh, "KPI", "指标")).append("</th><th>")
                    .append(TargetPages.t(zh, "Projects", "项目数")).append("</th><th>").append(TargetPages.t(zh, "Mean improvement", "平均改善"))
                    .append("</th><th>").append(TargetPages.t(zh, "Threshold", "要求")).append("</th><th>").append(TargetPages.t(zh, "Meeting it", "达标"))
                    .append("</th></tr></thead><tbody>");
            for (PublishedTargets.Aggregate a : rows) {
                h.append("<tr><td class=\"l\">").append(esc(words.group(zh, g, a.group()))).append("</td><td class=\"l\">")
                        .append(esc(zh ? a.kpi().nameZh() : a.kpi().nameEn())).append("</td><td>").append(a.projects()).append("</td>");
                if (a.withheld()) {
                    withheld = true;
                    h.append("<td class=\"withheld\">×</td><td>").append(esc(TargetPages.pct(pr.threshold(a.kpi())))).append("</td><td class=\"withheld\">×</td>");
                } else {
                    h.append("<td>").append(esc(TargetPages.pct(a.meanPct()))).append("</td><td>").append(esc(TargetPages.pct(pr.threshold(a.kpi()))))
                            .append("</td><td>").append(a.meeting()).append(" / ").append(a.withThreshold()).append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table></details>");
        }
        if (withheld)
            h.append("<p class=\"note\">× ").append(esc(String.format(Locale.ROOT, zh ? "少于 %d 家企业，不予公布（保密规则）。"
                    : "fewer than %d enterprises: withheld (disclosure control).", TargetsComponent.MIN_ENTERPRISES))).append("</p>");
        h.append("<p class=\"note\">JSON: <a href=\"/api/programmes/").append(esc(pr.id())).append("\">/api/programmes/").append(esc(pr.id()))
                .append("</a> · <a href=\"/targets").append(zh ? "?lang=zh" : "").append("\">").append(TargetPages.t(zh, "Targets board", "目标看板"))
                .append("</a></p></main></body></html>");
        return h.toString();
    }
}
