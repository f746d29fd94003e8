package org.momentum.app.web;

import static org.momentum.app.web.Html.esc;

import java.time.Instant;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.momentum.app.cli.Clocks;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;

/**
 * /releases: the release calendar in English or Chinese. Upcoming releases show their month and time only;
 * published ones link to their data, and corrections show their reason.
 */
final class ReleaseCalendarPage {
    /** "Industrial production, March 2018" / "2018年3月工业生产"; January is released with February. */
    static String title(int period, boolean zh) {
        int y = Period.year(period), m = Period.month(period);
        if (zh) return y + "年" + (m == 2 ? "1–2" : Integer.toString(m)) + "月工业生产";
        String month = m == 2 ? "January–February" : Period.toYearMonth(period).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return "Industrial production, " + month + " " + y;
    }

    String render(List<Release> releases, Instant now, boolean zh) {
        StringBuilder h = new StringBuilder(8_000);
        h.append("<!DOCTYPE html><html lang=\"").append(zh ? "zh-CN" : "en").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(t(zh, "Release calendar — Momentum", "发布日程 — Momentum"))).append("</title><style>").append(CSS).append("</style></head><body>")
                .append("<header><h1>").append(esc(t(zh, "Release calendar", "发布日程"))).append("</h1><nav><a href=\"?lang=en\"")
                .append(zh ? "" : " aria-current=\"page\"").append(">English</a> · <a href=\"?lang=zh\"").append(zh ? " aria-current=\"page\"" : "")
                .append(">中文</a></nav></header><main><p>").append(esc(t(zh,
                        "Times are China Standard Time. A release is public from the time shown and never changed afterwards; corrections are new versions with their reason.",
                        "时间为北京时间。数据自所示时间起公开，此后不再更改；更正以新版本发布并说明原因。"))).append("</p>");
        h.append("<table><thead><tr><th>").append(esc(t(zh, "Release", "发布"))).append("</th><th>").append(esc(t(zh, "Version", "版本")))
                .append("</th><th>").append(esc(t(zh, "Time", "时间"))).append("</th><th>").append(esc(t(zh, "Status", "状态")))
                .append("</th><th>").append(esc(t(zh, "Note", "说明"))).append("</th></tr></thead><tbody>");
        for (Release r : releases) {
            boolean published = r.isPublicAt(now);
            Instant when = published ? r.publishedAt() : r.embargoAt();
            h.append("<tr><td>");
            if (published) h.append("<a href=\"/api/releases/").append(r.id()).append("\">").append(esc(title(r.period(), zh))).append("</a> · <a class=\"press\" href=\"/releases/")
                    .append(r.id()).append("/press").append(zh ? "?lang=zh" : "").append("\">").append(esc(t(zh, "Press release", "新闻稿"))).append("</a>");
            else h.append(esc(title(r.period(), zh)));
            h.append("</td><td>").append(r.version()).append("</td><td>").append(esc(when == null ? "—" : when.atZone(Clocks.CHINA).toLocalDateTime().toString().replace('T', ' ')))
                    .append("</td><td>").append(esc(published ? t(zh, "published", "已发布") : t(zh, "scheduled", "待发布"))).append("</td><td>");
            if (published && r.isCorrection())
                h.append(esc(t(zh, "Correction of release " + r.correctionOf() + ": ", "更正第" + r.correctionOf() + "号发布：") + r.reason()));
            h.append("</td></tr>");
        }
        if (releases.isEmpty()) h.append("<tr><td colspan=\"5\">").append(esc(t(zh, "No releases yet.", "暂无发布。"))).append("</td></tr>");
        h.append("</tbody></table><p class=\"note\">JSON: <a href=\"/api/releases\">/api/releases</a> · API: <a href=\"/api/docs\">/api/docs</a></p></main></body></html>");
        return h.toString();
    }

    private static String t(boolean zh, String en, String zhText) { return zh ? zhText : en; }

    private static final String CSS = """
            body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
            header{display:flex;justify-content:space-between;align-items:center;padding:12px 24px;background:#0b3d62;color:#fff}
            header h1{margin:0;font-size:22px} header a{color:#fff} main{padding:16px 24px;max-width:1100px}
            table{border-collapse:collapse;background:#fff;width:100%} th,td{padding:4px 8px;border-bottom:1px solid #e3e6ea;text-align:left}
            .note{color:#4a5868;font-size:13px}
            """;
}
