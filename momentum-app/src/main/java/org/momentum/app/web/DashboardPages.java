package org.momentum.app.web;

import static org.momentum.app.web.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.momentum.app.web.PublishedFigures.Figure;
import org.momentum.classification.Period;
import org.momentum.dissemination.Frequency;
import org.momentum.dissemination.RealTimeObservation;
import org.momentum.dissemination.SeriesKey;
import org.momentum.dissemination.Units;

/**
 * The public dashboard's pages, server-rendered over published releases only. Charts are drawn by
 * /assets/js/dashboard.js from data-* attributes and the public API; no inline script, so a CSP without
 * 'unsafe-inline' holds. Every table has a CSV download and every chart a table that says the same.
 */
final class DashboardPages {
    /** The press-release products: URL code → measure. */
    static final Map<String, String> PRODUCTS = new java.util.LinkedHashMap<>();
    static {
        PRODUCTS.put("industrial_robot", "product.industrial_robot");
        PRODUCTS.put("nev", "product.nev");
        PRODUCTS.put("crude_steel", "product.crude_steel");
        PRODUCTS.put("cement", "product.cement");
    }
    /** Explorer units: levels, growth on a year earlier, growth on the month before. */
    static final List<Units> EXPLORER_UNITS = List.of(Units.LIN, Units.PC1, Units.PCH);
    static final int MAX_COMPARED = 4;
    static final String WITHHELD_EN = "Withheld: too few enterprises or one dominates (disclosure control)";
    static final String WITHHELD_ZH = "不予公布：企业过少或单一企业占比过高（保密规则）";

    private final SeriesNames names;

    DashboardPages(SeriesNames names) { this.names = names; }

    // ---------- the dashboard ----------

    String dashboard(PublishedFigures f, Page pg) {
        boolean zh = pg.zh();
        StringBuilder h = head(pg, t(zh, "Industrial statistics", "工业统计"));
        SeriesKey all = SeriesKey.level("output_value", "ALL", "ALL");
        if (!noRelease(h, f, zh, all)) return h.append("</main>").append(foot()).toString();
        int p = f.latest(all);
        h.append("<h2>").append(esc(periodLabel(p, zh))).append("</h2>");
        long release = f.releaseOf(p);
        if (release > 0)
            h.append("<p class=\"dl\"><a id=\"press-release\" href=\"/releases/").append(release).append("/press").append(zh ? "?lang=zh" : "").append("\">")
                    .append(t(zh, "Press release", "新闻稿")).append("</a> · <a href=\"/releases/").append(release).append("/press.pdf?lang=").append(zh ? "zh" : "en")
                    .append("\">PDF</a></p>");
        h.append("<section class=\"tiles\" aria-label=\"").append(t(zh, "Headline figures", "主要指标")).append("\">");
        tile(h, f, "output_value_real", p, zh, null); // the headline: growth at comparable prices, as NBS states it
        tile(h, f, "output_value", p, zh, null);
        for (Map.Entry<String, String> e : PRODUCTS.entrySet()) tile(h, f, e.getValue(), p, zh, "/products/" + e.getKey());
        h.append("</section>");
        downloads(h, pg, "/downloads/headline", t(zh, "Download headline figures", "下载主要指标"));
        trend(h, "output_value", zh);
        sectorTable(h, f, p, pg);
        provinceSection(h, f, "output_value", p, pg, "/downloads/provinces");
        h.append("</main>");
        return h.append(foot()).toString();
    }

    /** False (after saying so) when nothing is published yet: the public never sees working data. */
    private boolean noRelease(StringBuilder h, PublishedFigures f, boolean zh, SeriesKey key) {
        if (f.any() && f.latest(key) >= 0) return true;
        h.append("<p class=\"empty\" id=\"no-release\">").append(t(zh, "No release has been published yet. Figures appear here when the first release is published; see the ",
                "尚未发布任何数据。首次发布后将在此显示；请参阅")).append("<a href=\"/releases\">").append(t(zh, "release calendar", "发布日程"))
                .append("</a>.</p>");
        return false;
    }

    private void tile(StringBuilder h, PublishedFigures f, String measure, int p, boolean zh, String href) {
        SeriesKey level = SeriesKey.level(measure, "ALL", "ALL");
        if (!f.has(level)) return; // a product not in the release is absent, not zero
        boolean janFeb = Period.month(p) <= 2; // NBS publishes January and February together
        Figure yoy = f.at(key(level, "yoy_pct"), p), ytd = f.at(key(level, "ytd_yoy_pct"), p);
        String name = names.measureName(measure, zh);
        h.append("<article class=\"tile\"><h3>").append(href == null ? esc(name) : "<a href=\"" + esc(href) + (zh ? "?lang=zh" : "") + "\">" + esc(name) + "</a>")
                .append("</h3><p class=\"big\">").append(cell(janFeb ? ytd : yoy, zh, false)).append("</p><p>")
                .append(janFeb ? "" : esc(t(zh, "this month", "当月")) + " · ").append(esc(t(zh, "year to date ", "累计 ")))
                .append(cell(ytd, zh, false)).append("</p>");
        // the sparkline: growth on a year earlier over the last 13 months
        List<Double> spark = new ArrayList<>();
        for (RealTimeObservation o : f.series(key(level, "yoy_pct")))
            if (o.period() > p - 13 && o.period() <= p) spark.add(o.defined() ? o.value() : null);
        h.append("<div class=\"spark\" role=\"img\" aria-label=\"").append(esc(t(zh, "Growth on a year earlier, last 13 months", "近13个月同比增速")))
                .append("\" data-spark=\"").append(esc(jsonNumbers(spark))).append("\"></div></article>");
    }

    private void trend(StringBuilder h, String measure, boolean zh) {
        h.append("<section><h2>").append(t(zh, "National trend", "全国走势")).append("</h2>")
                .append("<div id=\"trend\" class=\"chart\" role=\"img\" data-measure=\"").append(esc(measure))
                .append("\" data-lang=\"").append(zh ? "zh" : "en").append("\" aria-label=\"")
                .append(esc(t(zh, "Chart: level and growth on a year earlier; seasonally adjusted, trend and forecast fan (80%, 95%) where published",
                        "图：水平值与同比增速；如已发布，另含季节调整、趋势与预测区间（80%、95%）"))).append("\"></div>")
                .append("<p class=\"note\" id=\"trend-notes\" aria-live=\"polite\"></p></section>");
    }

    private void sectorTable(StringBuilder h, PublishedFigures f, int p, Page pg) {
        boolean zh = pg.zh();
        h.append("<section><h2 id=\"sectors-h\">").append(t(zh, "By industry", "分行业")).append("</h2>")
                .append("<table class=\"sortable\" id=\"sectors\" aria-labelledby=\"sectors-h\"><thead><tr>");
        String[] heads = {t(zh, "Code", "代码"), t(zh, "Industry", "行业"), t(zh, "Growth, % YoY", "同比增速（%）"),
                t(zh, "Contribution, pp", "拉动（百分点）"), t(zh, "Share of output, %", "占比（%）")};
        for (int i = 0; i < heads.length; i++)
            h.append("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-col=\"").append(i).append("\"")
                    .append(i >= 2 ? " data-numeric=\"1\"" : "").append(">").append(heads[i]).append("</button></th>");
        h.append("</tr></thead><tbody>");
        boolean withheld = false;
        for (SectorRow r : sectors(f, p)) {
            h.append("<tr").append(r.code().equals("ALL") ? " class=\"agg\"" : "").append("><td>").append(esc(r.code())).append("</td><td>")
                    .append(esc(names.industryName(r.code(), zh))).append("</td>");
            for (Figure x : new Figure[] {r.growth(), r.contribution(), r.share()}) {
                h.append("<td data-v=\"").append(x.shown() ? x.value() : "").append("\"").append(x.withheld() ? " class=\"withheld\"" : "").append(">")
                        .append(x == r.share() ? shareCell(x, zh) : cell(x, zh, true)).append("</td>");
                withheld |= x.withheld();
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        if (withheld) h.append("<p class=\"note\">× ").append(esc(zh ? WITHHELD_ZH : WITHHELD_EN)).append("</p>");
        downloads(h, pg, "/downloads/sectors", t(zh, "Download the industry table", "下载分行业表"));
        h.append("</section>");
    }

    /** A row of the industry table: growth, contribution and share of the total's level, as published. */
    record SectorRow(String code, Figure growth, Figure contribution, Figure share) {}

    List<SectorRow> sectors(PublishedFigures f, int p) {
        Figure total = f.at(SeriesKey.level("output_value", "ALL", "ALL"), p);
        List<SectorRow> rows = new ArrayList<>();
        for (SeriesKey k : f.levels("output_value")) {
            if (!k.region().equals("ALL") || !k.industry().equals("ALL") && k.industry().length() > 2) continue; // sections and divisions; classes are in the explorer
            Figure level = f.at(k, p);
            Figure share = level.shown() && total.shown() && total.value() != 0 ? new Figure(100 * level.value() / total.value(), level.status()) : level;
            rows.add(new SectorRow(k.industry(), f.at(comparable(f, k, "yoy_pct"), p), f.at(comparable(f, k, "contribution_pp"), p), share));
        }
        rows.sort((a, b) -> org.momentum.indicators.IndicatorRow.compareIndustries(a.code(), b.code()));
        return rows;
    }

    private void provinceSection(StringBuilder h, PublishedFigures f, String measure, int p, Page pg, String download) {
        boolean zh = pg.zh();
        List<ProvinceRow> rows = provinces(f, measure, p);
        if (rows.isEmpty()) return;
        StringBuilder map = new StringBuilder("[");
        for (ProvinceRow r : rows) {
            if (map.length() > 1) map.append(',');
            map.append("{\"code\":\"").append(r.code()).append("\",\"value\":").append(r.growth().shown() ? String.valueOf(r.growth().value()) : "null")
                    .append(",\"label\":\"").append(jsonText(names.regionName(r.code(), zh))).append("\"}");
        }
        map.append(']');
        h.append("<section><h2 id=\"prov-h\">").append(t(zh, "By province", "分地区")).append("</h2>")
                .append("<div id=\"map\" class=\"chart map\" role=\"img\" data-geo=\"/assets/geo/china.json\" data-lang=\"").append(zh ? "zh" : "en")
                .append("\" aria-label=\"").append(esc(t(zh, "Map of growth on a year earlier by province; the table below gives the same figures",
                        "各省同比增速地图；下表列出相同数据"))).append("\" data-map=\"").append(esc(map.toString())).append("\"></div>");
        h.append("<table class=\"sortable\" id=\"provinces\" aria-labelledby=\"prov-h\"><thead><tr>");
        String[] heads = {t(zh, "Code", "代码"), t(zh, "Province", "省份"), t(zh, "Level", "水平值") + " (" + names.units(SeriesKey.level(measure, "ALL", "ALL"), zh) + ")",
                t(zh, "Growth, % YoY", "同比增速（%）")};
        for (int i = 0; i < heads.length; i++)
            h.append("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-col=\"").append(i).append("\"")
                    .append(i >= 2 ? " data-numeric=\"1\"" : "").append(">").append(esc(heads[i])).append("</button></th>");
        h.append("</tr></thead><tbody>");
        boolean withheld = false;
        for (ProvinceRow r : rows) {
            h.append("<tr><td>").append(r.code()).append("</td><td>").append(esc(names.regionName(r.code(), zh))).append("</td>");
            for (Figure x : new Figure[] {r.level(), r.growth()}) {
                h.append("<td data-v=\"").append(x.shown() ? x.value() : "").append("\"").append(x.withheld() ? " class=\"withheld\"" : "").append(">")
                        .append(x == r.level() ? levelCell(x, zh) : cell(x, zh, true)).append("</td>");
                withheld |= x.withheld();
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        if (withheld) h.append("<p class=\"note\">× ").append(esc(zh ? WITHHELD_ZH : WITHHELD_EN)).append("</p>");
        downloads(h, pg, download, t(zh, "Download the province table", "下载分地区表"));
        h.append("</section>");
    }

    /** A table's download links: the same rows as CSV and as an Excel workbook. */
    private static void downloads(StringBuilder h, Page pg, String path, String label) {
        h.append("<p class=\"dl\"><a href=\"").append(pg.link(path + ".csv")).append("\">").append(label).append(" (CSV)</a> · <a href=\"")
                .append(pg.link(path + ".xlsx")).append("\">").append(label).append(" (XLSX)</a></p>");
    }

    record ProvinceRow(String code, Figure level, Figure growth) {}

    List<ProvinceRow> provinces(PublishedFigures f, String measure, int p) {
        List<ProvinceRow> rows = new ArrayList<>();
        for (SeriesKey k : f.levels(measure))
            if (k.industry().equals("ALL") && !k.region().equals("ALL")) rows.add(new ProvinceRow(k.region(), f.at(k, p), f.at(comparable(f, k, "yoy_pct"), p)));
        return rows;
    }

    // ---------- product pages ----------

    String product(PublishedFigures f, String code, Page pg) {
        boolean zh = pg.zh();
        String measure = PRODUCTS.get(code);
        String name = names.measureName(measure, zh);
        StringBuilder h = head(pg, name);
        SeriesKey level = SeriesKey.level(measure, "ALL", "ALL");
        if (!noRelease(h, f, zh, level)) return h.append("</main>").append(foot()).toString();
        int p = f.latest(level);
        h.append("<h2>").append(esc(name)).append(" — ").append(esc(periodLabel(p, zh))).append("</h2><section class=\"tiles\">");
        tile(h, f, measure, p, zh, null);
        Figure lv = f.at(level, p), ytd = f.at(key(level, "ytd_value"), p);
        h.append("<article class=\"tile\"><h3>").append(t(zh, "Output this month", "当月产量")).append("</h3><p class=\"big\">")
                .append(levelCell(lv, zh)).append("</p><p>").append(t(zh, "year to date ", "累计 ")).append(levelCell(ytd, zh)).append(' ')
                .append(esc(names.units(level, zh))).append("</p></article></section>");
        trend(h, measure, zh);
        provinceSection(h, f, measure, p, pg, "/downloads/products/" + code);
        h.append("</main>");
        return h.append(foot()).toString();
    }

    // ---------- the series explorer ----------

    /** The explorer's state, all in the URL so it can be shared. */
    /** The series chosen (levels, for the form) and those shown: the published seasonally adjusted series for month-on-month growth. */
    record Selection(List<SeriesKey> series, Units units, List<SeriesKey> shown) {
        boolean adjusted() { return !shown.equals(series); }
    }

    String explorer(PublishedFigures f, Selection sel, Page pg) {
        boolean zh = pg.zh();
        StringBuilder h = head(pg, t(zh, "Series explorer", "数据查询"));
        if (!f.any()) { noRelease(h, f, zh, SeriesKey.level("output_value", "ALL", "ALL")); return h.append("</main>").append(foot()).toString(); }
        List<SeriesKey> levels = f.allLevels();
        java.util.TreeSet<String> measures = new java.util.TreeSet<>(), industries = new java.util.TreeSet<>((a, b) -> org.momentum.indicators.IndicatorRow.compareIndustries(a, b)),
                regions = new java.util.TreeSet<>();
        for (SeriesKey k : levels) { measures.add(k.measure()); industries.add(k.industry()); regions.add(k.region()); }
        SeriesKey first = sel.series().get(0);
        h.append("<h2>").append(t(zh, "Series explorer", "数据查询")).append("</h2><form method=\"get\" action=\"/explorer\" id=\"explorer-form\" class=\"form\">");
        select(h, "measure", t(zh, "Measure", "指标"), measures, first.measure(), c -> names.measureName(c, zh));
        select(h, "industry", t(zh, "Industry", "行业"), industries, first.industry(), c -> (c.equals("ALL") ? "" : c + " ") + names.industryName(c, zh));
        select(h, "region", t(zh, "Region", "地区"), regions, first.region(), c -> names.regionName(c, zh));
        h.append("<label>").append(t(zh, "Units", "单位")).append(" <select name=\"units\" id=\"units\">");
        for (Units u : EXPLORER_UNITS)
            h.append("<option value=\"").append(u.code()).append("\"").append(u == sel.units() ? " selected" : "").append(">").append(esc(unitsLabel(u, zh))).append("</option>");
        h.append("</select></label>");
        for (SeriesKey k : sel.series().subList(1, sel.series().size()))
            h.append("<label class=\"cmp\"><input type=\"checkbox\" name=\"compare\" value=\"").append(esc(k.id())).append("\" checked> ")
                    .append(esc(names.title(k, zh))).append("</label>");
        if (sel.series().size() < MAX_COMPARED)
            h.append("<label><input type=\"checkbox\" name=\"add\" value=\"1\"> ").append(t(zh, "keep the chosen series and add this one to compare (up to 4)",
                    "保留已选序列并加入比较（最多4个）")).append("</label>");
        if (zh) h.append("<input type=\"hidden\" name=\"lang\" value=\"zh\">");
        h.append("<button type=\"submit\">").append(t(zh, "Show", "显示")).append("</button></form>");
        if (sel.units() == Units.PCH && sel.adjusted())
            h.append("<p class=\"note\" id=\"mom-note\">").append(t(zh, "Month-on-month growth of the seasonally and calendar adjusted series (X-13, China's Spring Festival and working days), as published in the release.",
                    "环比按发布的季节和日历调整序列计算（X-13，春节与工作日调整）。")).append("</p>");
        else if (sel.units() == Units.PCH)
            h.append("<p class=\"note\" id=\"mom-note\">").append(t(zh, "Month-on-month growth of the series as published (not seasonally adjusted): seasonally adjusted series are not published yet.",
                    "环比按已发布的原始序列计算（未经季节调整）：季节调整序列尚未发布。")).append("</p>");
        List<String> ids = new ArrayList<>();
        for (SeriesKey k : sel.shown()) ids.add("\"" + jsonText(k.id()) + "\"");
        h.append("<div id=\"explorer\" class=\"chart\" role=\"img\" aria-label=\"").append(t(zh, "Chart of the chosen series; the table below gives the same figures", "所选序列图；下表列出相同数据"))
                .append("\" data-series=\"").append(esc("[" + String.join(",", ids) + "]")).append("\" data-units=\"").append(sel.units().code())
                .append("\" data-lang=\"").append(zh ? "zh" : "en").append("\"></div>");
        h.append("<p class=\"dl\"><a href=\"").append(pg.link("/downloads/explorer.csv")).append("\">").append(t(zh, "Download (CSV)", "下载（CSV）"))
                .append("</a> · <a href=\"").append(pg.link("/downloads/explorer.xlsx")).append("\">").append(t(zh, "Download (XLSX)", "下载（XLSX）"))
                .append("</a> · <a href=\"#\" id=\"png\" download=\"momentum-series.png\">").append(t(zh, "Download the chart (PNG)", "下载图表（PNG）")).append("</a></p>");
        ExplorerTable table = explorerTable(f, sel);
        h.append("<table id=\"explorer-table\"><caption>").append(esc(unitsLabel(sel.units(), zh))).append("</caption><thead><tr><th scope=\"col\">")
                .append(t(zh, "Period", "时期")).append("</th>");
        for (SeriesKey k : sel.shown()) h.append("<th scope=\"col\">").append(esc(names.title(k, zh))).append("</th>");
        h.append("</tr></thead><tbody>");
        for (int r = table.periods().size() - 1; r >= 0; r--) {
            h.append("<tr><td>").append(Period.format(table.periods().get(r))).append("</td>");
            for (Figure x : table.cells().get(r))
                h.append("<td").append(x.withheld() ? " class=\"withheld\"" : "").append(">").append(sel.units() == Units.LIN ? levelCell(x, zh) : cell(x, zh, true)).append("</td>");
            h.append("</tr>");
        }
        h.append("</tbody></table></main>");
        return h.append(foot()).toString();
    }

    /** The explorer's numbers: periods (oldest first) × series, transformed as the public API does. */
    record ExplorerTable(List<Integer> periods, List<List<Figure>> cells) {}

    ExplorerTable explorerTable(PublishedFigures f, Selection sel) {
        java.util.TreeMap<Integer, Figure[]> byPeriod = new java.util.TreeMap<>();
        int n = sel.series().size();
        for (int i = 0; i < n; i++) {
            for (RealTimeObservation o : sel.units().apply(f.series(sel.shown().get(i)), Frequency.MONTHLY)) {
                Figure[] row = byPeriod.computeIfAbsent(o.period(), x -> { Figure[] a = new Figure[n]; java.util.Arrays.fill(a, Figure.ABSENT); return a; });
                row[i] = new Figure(o.defined() ? o.value() : Double.NaN, o.status());
            }
        }
        List<List<Figure>> cells = new ArrayList<>();
        for (Figure[] row : byPeriod.values()) cells.add(List.of(row));
        return new ExplorerTable(new ArrayList<>(byPeriod.keySet()), cells);
    }

    static String unitsLabel(Units u, boolean zh) {
        return switch (u) {
            case LIN -> zh ? "水平值" : "Level";
            case PC1 -> zh ? "同比增速（%）" : "Growth on a year earlier, %";
            case PCH -> zh ? "环比增速（%）" : "Growth on the month before, %";
            default -> u.label();
        };
    }

    private void select(StringBuilder h, String name, String label, java.util.Collection<String> codes, String chosen, java.util.function.Function<String, String> text) {
        h.append("<label>").append(esc(label)).append(" <select name=\"").append(name).append("\" id=\"").append(name).append("\">");
        for (String c : codes)
            h.append("<option value=\"").append(esc(c)).append("\"").append(c.equals(chosen) ? " selected" : "").append(">").append(esc(text.apply(c))).append("</option>");
        h.append("</select></label>");
    }

    // ---------- pieces ----------

    /** The request as a page sees it: its path and query, so the language switch keeps both. */
    record Page(String path, String query, boolean zh) {
        /** This page in the other language. */
        String switchTo(boolean toZh) { return esc(withLang(path, query, toZh)); }
        /** A download link with this page's query (the same selection and language). */
        String link(String target) { return esc(query == null || query.isEmpty() ? target : target + "?" + query); }

        static String withLang(String path, String query, boolean zh) {
            List<String> kept = new ArrayList<>();
            if (query != null && !query.isEmpty())
                for (String part : query.split("&")) if (!part.isEmpty() && !part.startsWith("lang=")) kept.add(part);
            kept.add("lang=" + (zh ? "zh" : "en"));
            return path + "?" + String.join("&", kept);
        }
    }

    private StringBuilder head(Page pg, String title) {
        boolean zh = pg.zh();
        StringBuilder h = new StringBuilder(32_000);
        String q = zh ? "?lang=zh" : "";
        h.append("<!DOCTYPE html><html lang=\"").append(zh ? "zh-CN" : "en").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").append(esc(title)).append(" — Momentum</title>")
                .append("<link rel=\"stylesheet\" href=\"/assets/css/dashboard.css\">")
                .append("<script defer src=\"/assets/vendor/echarts/echarts.min.js\"></script><script defer src=\"/assets/js/dashboard.js\"></script></head><body>")
                .append("<a class=\"skip\" href=\"#main\">").append(t(zh, "Skip to content", "跳到正文")).append("</a>")
                .append("<header><h1><a href=\"/").append(q).append("\">Momentum</a> <small>").append(t(zh, "Industrial statistics", "工业统计")).append("</small></h1>")
                .append("<nav aria-label=\"").append(t(zh, "Sections", "栏目")).append("\"><a href=\"/").append(q).append("\">").append(t(zh, "Dashboard", "概览")).append("</a> ")
                .append("<a href=\"/explorer").append(q).append("\">").append(t(zh, "Explorer", "数据查询")).append("</a> ");
        for (String code : PRODUCTS.keySet())
            h.append("<a href=\"/products/").append(code).append(q).append("\">").append(esc(names.measureName(PRODUCTS.get(code), zh))).append("</a> ");
        h.append("<a href=\"/targets").append(q).append("\">").append(t(zh, "Targets", "目标进展")).append("</a> ");
        h.append("<a href=\"/releases").append(q).append("\">").append(t(zh, "Releases", "发布日程")).append("</a></nav>")
                .append("<nav class=\"lang\" aria-label=\"").append(t(zh, "Language", "语言")).append("\"><a id=\"lang-en\" lang=\"en\" href=\"").append(pg.switchTo(false)).append("\"")
                .append(zh ? "" : " aria-current=\"true\"").append(">English</a> · <a id=\"lang-zh\" lang=\"zh-CN\" href=\"").append(pg.switchTo(true)).append("\"")
                .append(zh ? " aria-current=\"true\"" : "").append(">中文</a></nav></header><main id=\"main\">");
        return h;
    }

    private static String foot() {
        return "<footer><p>Apache ECharts (Apache-2.0): <a href=\"/assets/vendor/echarts/LICENSE\">LICENSE</a></p></footer></body></html>";
    }

    /** A growth or points cell: the number, or × with the reason when withheld, or — when not published. */
    static String cell(Figure x, boolean zh, boolean bare) {
        if (x.withheld()) return "<abbr class=\"withheld\" title=\"" + esc(zh ? WITHHELD_ZH : WITHHELD_EN) + "\">×</abbr>";
        if (!x.shown()) return "—";
        return esc(bare ? Html.oneDecimal(x.value()) : Html.growth(x.value()));
    }

    /** A share in percent, one decimal, unsigned. */
    static String shareCell(Figure x, boolean zh) {
        if (!x.shown()) return cell(x, zh, true);
        return esc(java.math.BigDecimal.valueOf(x.value()).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    static String levelCell(Figure x, boolean zh) {
        if (x.withheld()) return cell(x, zh, true);
        return esc(x.shown() ? Html.level(x.value()) : "—");
    }

    static String periodLabel(int p, boolean zh) {
        if (Period.month(p) <= 2) return zh ? Period.year(p) + "年1–2月" : "January–February " + Period.year(p);
        return zh ? Period.year(p) + "年" + Period.month(p) + "月"
                : Period.toYearMonth(p).getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + Period.year(p);
    }

    static SeriesKey key(SeriesKey level, String variable) { return new SeriesKey(level.measure(), level.industry(), level.region(), variable); }

    /**
     * Growth of output value is stated at comparable prices (output_value_real) where the release has it (it needs
     * a prices file), its level at current prices.
     */
    static SeriesKey comparable(PublishedFigures f, SeriesKey level, String variable) {
        SeriesKey real = new SeriesKey("output_value_real", level.industry(), level.region(), variable);
        return level.measure().equals("output_value") && f.has(real) ? real : key(level, variable);
    }

    private static String jsonNumbers(List<Double> xs) {
        StringBuilder b = new StringBuilder("[");
        for (Double x : xs) { if (b.length() > 1) b.append(','); b.append(x == null ? "null" : String.valueOf(x)); }
        return b.append(']').toString();
    }

    /** Escapes a string for a JSON literal (it is then HTML-escaped as an attribute). */
    static String jsonText(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    private static String t(boolean zh, String en, String zhText) { return zh ? zhText : en; }
}
