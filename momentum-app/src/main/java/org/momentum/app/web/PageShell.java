package org.momentum.app.web;

import static org.momentum.app.web.Html.esc;

import io.javalin.http.Context;
import org.momentum.app.security.Sessions;
import org.momentum.classification.Period;
import org.momentum.security.Principal;
import org.momentum.security.Role;

/**
 * The frame of the signed-in pages (the enterprise portal and the staff pages): language switch that keeps the
 * page, a navigation bar for the caller's role, a log-out form with the session's CSRF token. Styles and scripts
 * are files under /assets (no inline script: the CSP has no 'unsafe-inline' for scripts).
 */
final class PageShell {
    private PageShell() {}

    /** The page's language and address, as the language switch needs them. */
    record Where(String path, String query, boolean zh) {
        static Where of(Context ctx) {
            return new Where(ctx.path(), ctx.queryString(), "zh".equals(ctx.queryParam("lang")));
        }

        /** A link to {@code target} in this page's language. */
        String link(String target) {
            if (!zh) return target;
            return target + (target.contains("?") ? "&" : "?") + "lang=zh";
        }

        String t(String en, String zhText) { return zh ? zhText : en; }
    }

    /** The session's CSRF token (empty for a Bearer-token caller, who needs none). */
    static String csrf(Context ctx) {
        Sessions.Session s = Security.session(ctx);
        return s == null ? "" : s.csrf();
    }

    static String csrfField(Context ctx) {
        return "<input type=\"hidden\" name=\"" + Security.CSRF_FIELD + "\" value=\"" + esc(csrf(ctx)) + "\">";
    }

    /** @param latestPeriod the latest month with reports (the quality queue's default month), or Period.NONE */
    static StringBuilder head(Context ctx, Where w, Principal who, String title, int latestPeriod) {
        StringBuilder h = new StringBuilder(16_000);
        h.append("<!DOCTYPE html><html lang=\"").append(w.zh() ? "zh-CN" : "en").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").append(esc(title)).append(" — Momentum</title>")
                .append("<link rel=\"stylesheet\" href=\"/assets/css/dashboard.css\"><link rel=\"stylesheet\" href=\"/assets/css/portal.css\">")
                .append("<script defer src=\"/assets/js/portal.js\"></script></head><body>")
                .append("<a class=\"skip\" href=\"#main\">").append(w.t("Skip to content", "跳到正文")).append("</a>")
                .append("<header><h1><a href=\"").append(esc(w.link("/"))).append("\">Momentum</a> <small>")
                .append(esc(who.role() == Role.REPORTER ? w.t("Enterprise reporting", "企业报送") : w.t("Staff", "工作人员"))).append("</small></h1>")
                .append("<nav aria-label=\"").append(w.t("Sections", "栏目")).append("\" id=\"nav\">");
        if (who.role() == Role.REPORTER) {
            link(h, w, "/portal", w.t("This month's report", "本月报表"));
            link(h, w, "/portal/history", w.t("My submissions", "报送记录"));
        } else {
            link(h, w, "/working", w.t("Working figures", "工作数据"));
            if (who.role() != Role.PUBLISHER && latestPeriod != Period.NONE) // the queue is for analysts
                link(h, w, "/quality?period=" + Period.format(latestPeriod), w.t("Quality review", "数据质量审核"));
            link(h, w, "/releases/manage", w.t("Release workflow", "发布流程"));
            link(h, w, "/targets", w.t("Targets", "目标"));
        }
        h.append("</nav><nav class=\"lang\" aria-label=\"").append(w.t("Language", "语言")).append("\"><a id=\"lang-en\" lang=\"en\" href=\"")
                .append(esc(DashboardPages.Page.withLang(w.path(), w.query(), false))).append("\"").append(w.zh() ? "" : " aria-current=\"true\"")
                .append(">English</a> · <a id=\"lang-zh\" lang=\"zh-CN\" href=\"").append(esc(DashboardPages.Page.withLang(w.path(), w.query(), true)))
                .append("\"").append(w.zh() ? " aria-current=\"true\"" : "").append(">中文</a></nav>");
        if (Security.session(ctx) != null)
            h.append("<form method=\"post\" action=\"/logout\" class=\"logout\">").append(csrfField(ctx)).append("<span>").append(esc(who.name()))
                    .append("</span> <button type=\"submit\">").append(w.t("Log out", "退出")).append("</button></form>");
        return h.append("</header><main id=\"main\">");
    }

    private static void link(StringBuilder h, Where w, String path, String label) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        h.append("<a href=\"").append(esc(w.link(path))).append("\"").append(w.path().equals(bare) ? " aria-current=\"page\"" : "").append(">")
                .append(esc(label)).append("</a> ");
    }

    static String foot(Where w) {
        return "</main><footer>" + w.t("Synthetic microdata for demonstration.", "演示用合成微观数据。") + "</footer></body></html>";
    }
}
