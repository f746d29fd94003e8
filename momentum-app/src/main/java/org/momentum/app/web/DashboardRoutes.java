package org.momentum.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.momentum.app.cli.Clocks;
import org.momentum.app.files.CsvOut;
import org.momentum.app.web.DashboardPages.Page;
import org.momentum.app.web.DashboardPages.Selection;
import org.momentum.app.web.PublishedFigures.Figure;
import org.momentum.classification.Period;
import org.momentum.dissemination.SeriesKey;
import org.momentum.dissemination.Units;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;

/**
 * The public dashboard: / (headline tiles, trend, industries, provinces), /products/{code}, /explorer and the CSV
 * downloads of every table under /downloads. Published releases only, as of the clock's now. Assets (ECharts, the
 * province boundaries, the dashboard's script and style) are served from the jar under /assets.
 */
public final class DashboardRoutes {
    private final Database db;
    private final Clock clock;
    private final SeriesNames names;
    private final DashboardPages pages;

    public DashboardRoutes(Database db, ReferenceData ref, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.names = new SeriesNames(ref);
        this.pages = new DashboardPages(names);
    }

    public void register(JavalinConfig cfg) {
        cfg.staticFiles.add(sf -> {
            sf.hostedPath = "/assets";
            sf.directory = "/public";
            sf.location = Location.CLASSPATH;
            // revalidated daily; the files change only with a new build of the app
            sf.headers = Map.of("Cache-Control", "public, max-age=86400");
        });
        cfg.routes.get("/", ctx -> ctx.html(rendered(ctx, f -> pages.dashboard(f, page(ctx)))));
        cfg.routes.get("/products/{code}", ctx -> {
            String code = product(ctx);
            ctx.html(rendered(ctx, f -> pages.product(f, code, page(ctx))));
        });
        cfg.routes.get("/explorer", ctx -> {
            PublishedFigures f = figures();
            ctx.html(pages.explorer(f, selection(ctx, f), page(ctx)));
        });
        cfg.routes.get("/downloads/headline.csv", this::headlineCsv);
        cfg.routes.get("/downloads/sectors.csv", this::sectorsCsv);
        cfg.routes.get("/downloads/provinces.csv", ctx -> provincesCsv(ctx, "output_value", "provinces.csv"));
        cfg.routes.get("/downloads/products/{file}", ctx -> {
            String file = ctx.pathParam("file");
            if (!file.endsWith(".csv")) throw new ReleaseRoutes.NotFound("no such download " + file);
            String code = file.substring(0, file.length() - 4);
            if (!DashboardPages.PRODUCTS.containsKey(code)) throw new ReleaseRoutes.NotFound("no product " + code);
            provincesCsv(ctx, DashboardPages.PRODUCTS.get(code), code + ".csv");
        });
        cfg.routes.get("/downloads/explorer.csv", this::explorerCsv);
        cfg.routes.get("/downloads/explorer.xlsx", this::explorerXlsx);
    }

    private record Cached(String releases, PublishedFigures figures, Map<String, String> pages) {}
    private static final int MAX_CACHED_PAGES = 64;
    private volatile Cached cached;

    /** The published figures, read again only when the set of public releases has changed (a cheap query). */
    private PublishedFigures figures() {
        java.time.Instant now = Clocks.now(clock);
        StringBuilder key = new StringBuilder();
        for (org.momentum.dissemination.Release r : Releases.all(db))
            if (r.isPublicAt(now)) key.append(r.id()).append('@').append(r.publishedAt()).append(';');
        Cached c = cached;
        if (c == null || !c.releases().contentEquals(key)) {
            c = new Cached(key.toString(), new PublishedFigures(db, now), new java.util.concurrent.ConcurrentHashMap<>());
            cached = c;
        }
        return c.figures();
    }

    /** A page as rendered for the current public releases; kept (a bounded number) until another release is public. */
    private String rendered(Context ctx, java.util.function.Function<PublishedFigures, String> render) {
        PublishedFigures f = figures();
        Cached c = cached;
        String key = ctx.path() + '?' + ctx.queryString();
        String html = c.pages().get(key);
        if (html != null && c.figures() == f) return html;
        html = render.apply(f);
        if (c.figures() == f && c.pages().size() < MAX_CACHED_PAGES) c.pages().put(key, html);
        return html;
    }

    private static Page page(Context ctx) {
        return new Page(ctx.path(), ctx.queryString(), "zh".equals(ctx.queryParam("lang")));
    }

    private static String product(Context ctx) {
        String code = ctx.pathParam("code");
        if (!DashboardPages.PRODUCTS.containsKey(code))
            throw new ReleaseRoutes.NotFound("no product page '" + code + "'; products: " + String.join(", ", DashboardPages.PRODUCTS.keySet()));
        return code;
    }

    /**
     * The explorer's series: measure × industry × region from the form (default: total output), then the series
     * kept for comparison (compare=id, only when add=1 or they were already compared), at most four.
     */
    static Selection selection(Context ctx, PublishedFigures f) {
        String measure = param(ctx, "measure", "output_value"), industry = param(ctx, "industry", "ALL"), region = param(ctx, "region", "ALL");
        Units units = Units.LIN;
        String u = ctx.queryParam("units");
        if (u != null && !u.isBlank()) {
            units = DashboardPages.EXPLORER_UNITS.stream().filter(x -> x.code().equals(u.trim())).findFirst()
                    .orElseThrow(() -> new Server.BadRequest("units: '" + u + "' is not one of lin (level), pc1 (growth on a year earlier), pch (growth on the month before)"));
        }
        List<SeriesKey> series = new ArrayList<>();
        try {
            series.add(SeriesKey.level(measure, industry, region));
        } catch (IllegalArgumentException e) { // e.g. a '.' in a code: not a series id (was a 500)
            throw new Server.BadRequest("measure, industry, region: " + e.getMessage());
        }
        for (String id : ctx.queryParams("compare")) {
            SeriesKey k;
            try {
                k = SeriesKey.parse(id, Set.of(SeriesKey.LEVEL));
            } catch (IllegalArgumentException e) {
                throw new Server.BadRequest("compare: " + e.getMessage());
            }
            if (!series.contains(k)) series.add(k);
        }
        if ("1".equals(ctx.queryParam("add")) && series.size() > 1) {
            // the form's choice is the new series: it goes last, the compared ones keep their order
            series.add(series.remove(0));
        }
        if (series.size() > DashboardPages.MAX_COMPARED) throw new Server.BadRequest("at most " + DashboardPages.MAX_COMPARED + " series can be compared");
        for (SeriesKey k : series) if (!f.has(k)) throw new ReleaseRoutes.NotFound("series " + k.id() + " was not published");
        List<SeriesKey> shown = new ArrayList<>(series);
        if (units == Units.PCH) {                     // month on month: of the adjusted series where the release has it
            List<SeriesKey> sa = series.stream().map(k -> new SeriesKey(k.measure(), k.industry(), k.region(), "sa")).toList();
            if (sa.stream().allMatch(f::has)) shown = sa;
        }
        return new Selection(series, units, List.copyOf(shown));
    }

    private static String param(Context ctx, String name, String dflt) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    // ---------- downloads (CsvOut neutralises formula-like text) ----------

    private int latestOrNotFound(PublishedFigures f, SeriesKey k) {
        int p = f.latest(k);
        if (p < 0) throw new ReleaseRoutes.NotFound("nothing published yet");
        return p;
    }

    private void headlineCsv(Context ctx) {
        PublishedFigures f = figures();
        boolean zh = "zh".equals(ctx.queryParam("lang"));
        int p = latestOrNotFound(f, SeriesKey.level("output_value", "ALL", "ALL"));
        StringBuilder b = new StringBuilder("period,measure,name,yoy_pct,ytd_yoy_pct,status\n");
        List<String> measures = new ArrayList<>(List.of("output_value", "output_value_real"));
        measures.addAll(DashboardPages.PRODUCTS.values());
        for (String m : measures) {
            SeriesKey level = SeriesKey.level(m, "ALL", "ALL");
            if (!f.has(level)) continue;
            Figure yoy = f.at(DashboardPages.key(level, "yoy_pct"), p), ytd = f.at(DashboardPages.key(level, "ytd_yoy_pct"), p);
            b.append(Period.format(p)).append(',').append(m).append(',').append(CsvOut.text(names.measureName(m, zh))).append(',')
                    .append(number(yoy)).append(',').append(number(ytd)).append(',').append(status(yoy, ytd)).append('\n');
        }
        send(ctx, "headline.csv", b);
    }

    private void sectorsCsv(Context ctx) {
        PublishedFigures f = figures();
        boolean zh = "zh".equals(ctx.queryParam("lang"));
        int p = latestOrNotFound(f, SeriesKey.level("output_value", "ALL", "ALL"));
        StringBuilder b = new StringBuilder("period,industry,name,yoy_pct,contribution_pp,share_pct,status\n");
        for (DashboardPages.SectorRow r : pages.sectors(f, p))
            b.append(Period.format(p)).append(',').append(r.code()).append(',').append(CsvOut.text(names.industryName(r.code(), zh))).append(',')
                    .append(number(r.growth())).append(',').append(number(r.contribution())).append(',').append(number(r.share())).append(',')
                    .append(status(r.growth(), r.contribution(), r.share())).append('\n');
        send(ctx, "sectors.csv", b);
    }

    private void provincesCsv(Context ctx, String measure, String file) {
        PublishedFigures f = figures();
        boolean zh = "zh".equals(ctx.queryParam("lang"));
        int p = latestOrNotFound(f, SeriesKey.level(measure, "ALL", "ALL"));
        StringBuilder b = new StringBuilder("period,measure,region,name,value,yoy_pct,status\n");
        for (DashboardPages.ProvinceRow r : pages.provinces(f, measure, p))
            b.append(Period.format(p)).append(',').append(measure).append(',').append(r.code()).append(',').append(CsvOut.text(names.regionName(r.code(), zh)))
                    .append(',').append(number(r.level())).append(',').append(number(r.growth())).append(',').append(status(r.level(), r.growth())).append('\n');
        send(ctx, file, b);
    }

    private void explorerCsv(Context ctx) {
        PublishedFigures f = figures();
        Selection sel = selection(ctx, f);
        DashboardPages.ExplorerTable t = pages.explorerTable(f, sel);
        StringBuilder b = new StringBuilder("period");
        for (SeriesKey k : sel.shown()) b.append(',').append(CsvOut.text(k.id() + (sel.units() == Units.LIN ? "" : "." + sel.units().code())));
        b.append('\n');
        for (int r = 0; r < t.periods().size(); r++) {
            b.append(Period.format(t.periods().get(r)));
            for (Figure x : t.cells().get(r)) b.append(',').append(number(x));
            b.append('\n');
        }
        send(ctx, "series.csv", b);
    }

    private void explorerXlsx(Context ctx) {
        PublishedFigures f = figures();
        Selection sel = selection(ctx, f);
        boolean zh = "zh".equals(ctx.queryParam("lang"));
        DashboardPages.ExplorerTable t = pages.explorerTable(f, sel);
        List<List<Object>> rows = new ArrayList<>();
        List<Object> head = new ArrayList<>(List.of(zh ? "时期" : "Period"));
        for (SeriesKey k : sel.shown()) head.add(names.title(k, zh) + " — " + DashboardPages.unitsLabel(sel.units(), zh));
        rows.add(head);
        for (int r = 0; r < t.periods().size(); r++) {
            List<Object> row = new ArrayList<>(List.of(Period.format(t.periods().get(r))));
            for (Figure x : t.cells().get(r)) row.add(x.shown() ? (Object) x.value() : x.withheld() ? "×" : null);
            rows.add(row);
        }
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"series.xlsx\"").result(org.momentum.app.files.XlsxOut.workbook("series", rows));
    }

    /** A withheld cell is empty in the CSV, and its row's status column says C (as the API's status codes). */
    private static String number(Figure x) { return x.shown() ? CsvOut.number(x.value()) : ""; }

    private static String status(Figure... xs) {
        for (Figure x : xs) if (x.withheld()) return "C";
        return "A";
    }

    private static void send(Context ctx, String file, CharSequence body) {
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + file + "\"").result(body.toString());
    }

    /** For tests and the bench: the latest release's published series count (a cheap "is anything public" check). */
    static int publishedSeries(Database db, java.time.Instant now) { return Releases.series(db, now).size(); }
}
