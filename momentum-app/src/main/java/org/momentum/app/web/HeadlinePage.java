package org.momentum.app.web;

import static org.momentum.app.web.Html.esc;

import java.util.List;
import org.momentum.classification.Industry;
import org.momentum.classification.Period;
import org.momentum.classification.Region;
import org.momentum.indicators.IndicatorRow;
import org.momentum.reports.IndicatorDefinition;
import org.momentum.store.Database;
import org.momentum.store.IndicatorValues;
import org.momentum.store.ReferenceData;

/**
 * The first public page: the headline figures of the latest month (output growth for the month and the year to
 * date, the press-release products), the industry table and the provinces, labelled in English and Chinese.
 * January and February are shown combined, as NBS publishes them.
 */
final class HeadlinePage {
    private static final String[][] PRODUCTS = {{"product.industrial_robot"}, {"product.nev"}, {"product.crude_steel"}, {"product.cement"}};

    private final Database db;
    private final ReferenceData ref;

    HeadlinePage(Database db, ReferenceData ref) {
        this.db = db;
        this.ref = ref;
    }

    String render(String lang) {
        boolean zh = lang.equals("zh");
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html><html lang=\"").append(zh ? "zh-CN" : "en").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(t(zh, "Momentum — industrial statistics", "Momentum — 工业统计")).append("</title>")
                .append("<style>").append(CSS).append("</style></head><body>");
        h.append("<header><h1>Momentum <small>").append(t(zh, "Industrial statistics", "工业统计")).append("</small></h1>")
                .append("<nav><a href=\"?lang=en\"").append(zh ? "" : " aria-current=\"page\"").append(">English</a> · ")
                .append("<a href=\"?lang=zh\"").append(zh ? " aria-current=\"page\"" : "").append(">中文</a></nav></header>");
        if (isSynthetic())
            h.append("<p class=\"banner\" role=\"note\">").append(t(zh,
                    "Synthetic demonstration microdata: generated enterprises calibrated to published national figures. Not official statistics.",
                    "合成演示微观数据：按已公布的全国数据校准生成的企业数据，并非官方统计。")).append("</p>");
        Integer latest = IndicatorValues.latestPeriod(db, "output_value");
        if (latest == null) {
            h.append("<main><p>").append(t(zh, "No indicators have been computed yet. Import reports and run “momentum compute”.",
                    "尚未计算指标。请导入报表并运行 “momentum compute”。")).append("</p></main></body></html>");
            return h.toString();
        }
        int p = latest;
        boolean janFeb = Period.month(p) <= 2;
        String periodLabel = janFeb ? (zh ? Period.year(p) + "年1–2月" : "January–February " + Period.year(p))
                : (zh ? Period.year(p) + "年" + Period.month(p) + "月" : Period.toYearMonth(p).getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + Period.year(p));
        h.append("<main><h2>").append(esc(periodLabel)).append("</h2><section class=\"tiles\">");
        IndicatorRow all = one("output_value", "ALL", "ALL", p);
        IndicatorRow real = one("output_value_real", "ALL", "ALL", p);
        if (real != null) // the headline: growth at comparable prices, as NBS states it
            tile(h, zh, t(zh, "Industrial output at constant prices", "工业总产值（不变价）"), janFeb ? Double.NaN : real.yoyPct(),
                    real.ytdYoyPct(), Double.NaN, "", "");
        tile(h, zh, t(zh, "Industrial output value", "工业总产值"), janFeb ? Double.NaN : all.yoyPct(), all.ytdYoyPct(), all.ytdValue(), "10k yuan", "万元");
        for (String[] pr : PRODUCTS) {
            IndicatorRow r = one(pr[0], "ALL", "ALL", p);
            if (r == null) continue;
            IndicatorDefinition d = ref.indicators().get(pr[0]);
            tile(h, zh, zh ? d.nameZh() : d.nameEn(), janFeb ? Double.NaN : r.yoyPct(), r.ytdYoyPct(), r.ytdValue(), d.unitEn(), d.unitZh());
        }
        h.append("</section>");
        industryTable(h, zh, p, janFeb);
        provinceTable(h, zh, p, janFeb);
        h.append("<p class=\"note\">").append(t(zh,
                "Growth at comparable prices and on a comparable basis (the same enterprises in both years), percent; contributions in percentage points of total growth. JSON: ",
                "增速按可比价格、可比口径计算（两年同一批企业），单位为%；拉动为百分点。JSON：")).append("<a href=\"/api/indicators?measure=output_value\">/api/indicators</a></p>");
        h.append("</main></body></html>");
        return h.toString();
    }

    private void tile(StringBuilder h, boolean zh, String name, double yoy, double ytdYoy, double ytdLevel, String unitEn, String unitZh) {
        h.append("<article class=\"tile\"><h3>").append(esc(name)).append("</h3>")
                .append("<p class=\"big\">").append(esc(Html.growth(Double.isNaN(yoy) ? ytdYoy : yoy))).append("</p><p>")
                .append(Double.isNaN(yoy) ? "" : esc(t(zh, "this month", "当月")) + " · ")
                .append(esc(t(zh, "year to date ", "累计 "))).append(esc(Html.growth(ytdYoy))).append("</p>")
                .append("<p class=\"level\">");
        if (!Double.isNaN(ytdLevel))
            h.append(esc(Html.level(ytdLevel))).append(' ').append(esc(zh ? unitZh : unitEn)).append(esc(t(zh, " year to date", " (累计)")));
        else
            h.append(esc(t(zh, "deflated by producer prices", "按工业生产者出厂价格指数缩减")));
        h.append("</p></article>");
    }

    private void industryTable(StringBuilder h, boolean zh, int p, boolean janFeb) {
        // growth and contributions at comparable prices (without a prices file, at current prices)
        String measure = one("output_value_real", "ALL", "ALL", p) != null ? "output_value_real" : "output_value";
        List<IndicatorRow> rows = new java.util.ArrayList<>(IndicatorValues.slice(db, measure, p, null, "ALL"));
        rows.sort((a, b) -> IndicatorRow.compareIndustries(a.industry(), b.industry()));
        h.append("<h2>").append(t(zh, "By industry", "分行业")).append("</h2><table><thead><tr><th>")
                .append(t(zh, "Code", "代码")).append("</th><th>").append(t(zh, "Industry", "行业")).append("</th><th>")
                .append(t(zh, "Month YoY", "当月同比")).append("</th><th>").append(t(zh, "YTD YoY", "累计同比")).append("</th><th>")
                .append(t(zh, "Contribution", "拉动")).append("</th><th>").append(t(zh, "Enterprises", "企业数")).append("</th></tr></thead><tbody>");
        for (IndicatorRow r : rows) {
            if (r.industry().length() == 4) continue; // ALL, sections and divisions; classes are on the series pages
            Industry ind = ref.industries().get(r.industry());
            String name = r.industry().equals("ALL") ? t(zh, "All industry", "全部工业") : ind == null ? r.industry() : ind.nameZh();
            h.append("<tr").append(r.industry().length() <= 1 || r.industry().equals("ALL") ? " class=\"agg\"" : "").append("><td>")
                    .append(esc(r.industry())).append("</td><td>").append(esc(name)).append("</td><td>")
                    .append(esc(janFeb ? "—" : Html.growth(r.yoyPct()))).append("</td><td>").append(esc(Html.growth(r.ytdYoyPct())))
                    .append("</td><td>").append(esc(Html.points(r.contributionPp()))).append("</td><td>")
                    .append(esc(Html.level(r.enterprises()))).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private void provinceTable(StringBuilder h, boolean zh, int p, boolean janFeb) {
        List<IndicatorRow> rows = IndicatorValues.slice(db, "output_value", p, "ALL", null);
        java.util.Map<String, IndicatorRow> real = new java.util.HashMap<>();
        for (IndicatorRow r : IndicatorValues.slice(db, "output_value_real", p, "ALL", null)) real.put(r.region(), r);
        h.append("<h2>").append(t(zh, "By province", "分地区")).append("</h2><table><thead><tr><th>")
                .append(t(zh, "Province", "省份")).append("</th><th>").append(t(zh, "Output value, 10k yuan", "工业总产值（万元）"))
                .append("</th><th>").append(t(zh, "Month YoY", "当月同比")).append("</th><th>").append(t(zh, "YTD YoY", "累计同比"))
                .append("</th></tr></thead><tbody>");
        for (IndicatorRow r : rows) {
            if (r.region().equals("ALL")) continue;
            Region reg = ref.regions().province(r.region());
            String name = reg == null ? r.region() : zh ? reg.nameZh() : reg.nameEn();
            IndicatorRow g = real.getOrDefault(r.region(), r); // growth at comparable prices when prices were given
            h.append("<tr><td>").append(esc(name)).append("</td><td>").append(esc(Html.level(r.value()))).append("</td><td>")
                    .append(esc(janFeb ? "—" : Html.growth(g.yoyPct()))).append("</td><td>").append(esc(Html.growth(g.ytdYoyPct())))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private IndicatorRow one(String measure, String industry, String region, int p) {
        List<IndicatorRow> s = IndicatorValues.series(db, measure, industry, region, p, p);
        return s.isEmpty() ? null : s.get(0);
    }

    private boolean isSynthetic() { return org.momentum.store.AuditLog.recorded(db, "demo.load"); }

    private static String t(boolean zh, String en, String zhText) { return zh ? zhText : en; }

    static final String CSS = """
            body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
            header{display:flex;justify-content:space-between;align-items:center;padding:12px 24px;background:#0b3d62;color:#fff}
            header h1{margin:0;font-size:22px} header small{font-weight:normal;opacity:.8;margin-left:8px}
            header a{color:#fff} main{padding:16px 24px;max-width:1200px}
            .banner{margin:0;padding:8px 24px;background:#fff3cd;border-bottom:1px solid #e6d28a}
            .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px}
            .tile{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px #0002}
            .tile h3{margin:0 0 4px;font-size:14px;color:#4a5868} .big{font-size:32px;margin:4px 0;font-weight:600}
            .level{color:#4a5868;font-size:13px} table{border-collapse:collapse;background:#fff;width:100%;margin-bottom:16px}
            th,td{padding:4px 8px;border-bottom:1px solid #e3e6ea;text-align:right} th:nth-child(-n+2),td:nth-child(-n+2){text-align:left}
            tr.agg{font-weight:600;background:#eef3f8} .note{color:#4a5868;font-size:13px}
            """;
}
