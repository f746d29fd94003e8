package org.momentum.app.releases.press;

import static org.momentum.app.web.Html.esc;

import java.time.Instant;
import java.util.List;
import org.momentum.app.cli.Clocks;
import org.momentum.dissemination.Release;
import org.momentum.dissemination.press.PressRelease;

/**
 * The press release as one page: well-formed XHTML (so the PDF renderer reads the very same page), every text
 * escaped, a print style sheet (A4, no navigation), and the font stack naming the CJK font the PDF embeds.
 */
public final class PressReleaseHtml {
    /** The family name under which the PDF renderer registers the CJK font it embeds. */
    public static final String PDF_FONT = "Momentum CJK";

    private PressReleaseHtml() {}

    /**
     * @param preview a draft or approved release shown to staff before publication (said on the page)
     * @param links   whether to show the language and PDF links (not in the PDF itself)
     */
    public static String render(PressRelease pr, Release r, boolean preview, boolean links) {
        boolean zh = pr.zh();
        StringBuilder h = new StringBuilder(16_000);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(zh ? "zh-CN" : "en").append("\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>").append(esc(pr.title())).append("</title>")
                .append("<style>").append(CSS).append("</style></head><body>");
        if (links) {
            String base = "/releases/" + r.id() + "/press";
            h.append("<nav class=\"screen\"><a href=\"").append(base).append("?lang=en\"").append(zh ? "" : " aria-current=\"page\"").append(">English</a> · <a href=\"")
                    .append(base).append("?lang=zh\"").append(zh ? " aria-current=\"page\"" : "").append(">中文</a> · <a href=\"").append(base).append(".pdf?lang=")
                    .append(pr.lang()).append("\">PDF</a> · <a href=\"/releases").append(zh ? "?lang=zh" : "").append("\">")
                    .append(esc(zh ? "发布日程" : "Release calendar")).append("</a></nav>");
        }
        if (preview)
            h.append("<p class=\"preview\">").append(esc(zh ? "内部预览：本次发布尚未公开（状态：" + r.status().name() + "）。"
                    : "Staff preview: this release is not public (status " + r.status().name() + ").")).append("</p>");
        h.append("<header><p class=\"office\">").append(esc(zh ? "新闻稿" : "Press release")).append("</p><h1>").append(esc(pr.title())).append("</h1>")
                .append("<p class=\"dateline\">").append(esc(dateline(r, zh))).append("</p></header><main>");
        for (String p : pr.lead()) h.append("<p class=\"lead\">").append(esc(p)).append("</p>");
        for (PressRelease.Section s : pr.sections()) {
            h.append("<section id=\"").append(esc(s.id())).append("\"><h2>").append(esc(s.heading())).append("</h2>");
            for (String p : s.paragraphs()) h.append("<p>").append(esc(p)).append("</p>");
            if (s.table() != null) table(h, s.table());
            h.append("</section>");
        }
        h.append("</main><footer>");
        for (String n : pr.notes()) h.append("<p class=\"note\">").append(esc(n)).append("</p>");
        h.append("</footer></body></html>");
        return h.toString();
    }

    private static void table(StringBuilder h, PressRelease.Table t) {
        h.append("<table><thead><tr>");
        for (int i = 0; i < t.header().size(); i++)
            h.append("<th scope=\"col\"").append(i >= t.firstNumericColumn() ? " class=\"num\"" : "").append(">").append(esc(t.header().get(i))).append("</th>");
        h.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++)
                h.append("<td").append(i >= t.firstNumericColumn() ? " class=\"num\"" : "").append(">").append(esc(row.get(i))).append("</td>");
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    /** When it was (or is to be) public, China time; a draft has no time yet. */
    private static String dateline(Release r, boolean zh) {
        Instant at = r.publishedAt() != null ? r.publishedAt() : r.embargoAt();
        String v = zh ? "第" + r.id() + "号发布，第" + r.version() + "版" : "Release " + r.id() + ", version " + r.version();
        if (at == null) return v;
        String t = at.atZone(Clocks.CHINA).toLocalDateTime().withNano(0).toString().replace('T', ' ');
        return v + (zh ? "，北京时间 " + t : ", " + t + " China Standard Time");
    }

    static final String CSS = """
            body{font-family:"Momentum CJK","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1d2733;margin:0 auto;max-width:820px;padding:16px 24px;line-height:1.55}
            nav.screen{font-size:14px;margin-bottom:8px} .preview{background:#fff3cd;border:1px solid #e6d28a;padding:6px 10px}
            header{border-bottom:2px solid #0b3d62;margin-bottom:12px} .office{margin:0;color:#0b3d62;font-weight:bold;letter-spacing:.05em}
            h1{font-size:24px;margin:4px 0} .dateline{color:#4a5868;font-size:13px;margin:0 0 8px} h2{font-size:18px;margin:18px 0 6px;color:#0b3d62}
            .lead{font-size:16px} table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}
            th,td{border-bottom:1px solid #d5dae0;padding:3px 6px;text-align:left} .num{text-align:right}
            footer{margin-top:16px;border-top:1px solid #d5dae0} .note{color:#4a5868;font-size:12px}
            @page{size:A4;margin:18mm 16mm}
            @media print{nav.screen{display:none} body{max-width:none;padding:0}}
            """;
}
