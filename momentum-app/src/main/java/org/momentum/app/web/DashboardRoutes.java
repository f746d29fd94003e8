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
import org.momentum.app.files.Table;
import org.momentum.app.web.DashboardPages.Page;
import org.momentum.app.web.DashboardPages.Selection;
import org.momentum.app.web.PublishedFigures.Figure;
import org.momentum.app.web.TableResponse.Format;
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
        // every table as .csv and .xlsx: the same rows (TableResponse)
        for (Format format : List.of(Format.CSV, Format.XLSX)) {
            String ext = "." + format.extension();
            cfg.routes.get("/downloads/headline" + ext, ctx -> download(ctx, format, "headline", headline(ctx)));
            cfg.routes.get("/downloads/sectors" + ext, ctx -> download(ctx, format, "sectors", sectors(ctx)));
            cfg.routes.get("/downloads/provinces" + ext, ctx -> download(ctx, format, "provinces", provinces(ctx, "output_value")));
            cfg.routes.get("/downloads/explorer" + ext, ctx -> download(ctx, format, "series", explorer(ctx, format == Format.XLSX)));
        }
        cfg.routes.get("/downloads/products/{file}", ctx -> {
            String file = ctx.pathParam("file");
            int dot = file.lastIndexOf('.');
            Format format = dot < 0 ? null : switch (file.substring(dot + 1)) {
                case "csv" -> Format.CSV;
                case "xlsx" -> Format.XLSX;
                default -> null;
            };
            if (format == null) throw new ReleaseRoutes.NotFound("no such download " + file);
            String code = file.substring(0, dot);
            if (!DashboardPages.PRODUCTS.containsKey(code)) throw new ReleaseRoutes.NotFound("no product " + code);
            download(ctx, format, code, provinces(ctx, DashboardPages.PRODUCTS.get(code)));
        });
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

    // ---------- downloads: every table as CSV and XLSX (Table neutralises formula-like text) ----------

    private int latestOrNotFound(PublishedFigures f, SeriesKey k) {
        int p = f.latest(k);
        if (p < 0) throw new ReleaseRoutes.NotFound("nothing published yet");
        return p;
    }

    private Table headline(Context ctx) {
        PublishedFigures f = figures();
        boolean zh = "zh".equals(ctx.queryParam("lang"));
        int p = latestOrNotFound(f, SeriesKey.level("output_value", "ALL", "ALL"));
        Table t = new Table("period", "measure", "name", "yoy_pct", "ytd_yoy_pct", "status");
        List<String> measures = new ArrayList<>(List.of("output_value", "output_value_real"));
        measures.addAll(DashboardPages.PRODUCTS.values());
        for (String m : measures) {
            SeriesKey level = SeriesKey.level(m, "ALL", "ALL");
            if (!f.has(level)) continue;
            Figure yoy = f.at(DashboardPages.key(level, "yoy_pct"), p), ytd = f.at(DashboardPages.key(level, "ytd_yoy_pct"), p);
            t.row(Period.format(p), m, names.measureName(m, zh), cell(yoy), cell(ytd), status(yoy, ytd));
        }
        return t;
    }

    private Table sectors(Context ctx) {
        PublishedFigures f = figures();
        boolean zh = "zh".equals(ctx.queryParam("lang"));
        int p = latestOrNotFound(f, SeriesKey.level("output_value", "ALL", "ALL"));
        Table t = new Table("period", "industry", "name", "yoy_pct", "contribution_pp", "share_pct", "status");
        for (DashboardPages.SectorRow r : pages.sectors(f, p))
            t.row(Period.format(p), r.code(), names.industryName(r.code(), zh), cell(r.growth()), cell(r.contribution()), cell(r.share()),
                    status(r.growth(), r.contribution(), r.share()));
        return t;
    }

    private Table provinces(Context ctx, String measure) {
        PublishedFigures f = figures();
        boolean zh = "zh".equals(ctx.queryParam("lang"));
        int p = latestOrNotFound(f, SeriesKey.level(measure, "ALL", "ALL"));
        Table t = new Table("period", "measure", "region", "name", "value", "yoy_pct", "status");
        for (DashboardPages.ProvinceRow r : pages.provinces(f, measure, p))
            t.row(Period.format(p), measure, r.code(), names.regionName(r.code(), zh), cell(r.level()), cell(r.growth()), status(r.level(), r.growth()));
        return t;
    }

    /** Periods down, the selected series across; the CSV is headed by series ids, the workbook by their titles and units. */
    private Table explorer(Context ctx, boolean titles) {
        PublishedFigures f = figures();
        Selection sel = selection(ctx, f);
        boolean zh = "zh".equals(ctx.queryParam("lang"));
        DashboardPages.ExplorerTable et = pages.explorerTable(f, sel);
        List<String> head = new ArrayList<>(List.of(titles ? (zh ? "时期" : "Period") : "period"));
        for (SeriesKey k : sel.shown())
            head.add(titles ? names.title(k, zh) + " — " + DashboardPages.unitsLabel(sel.units(), zh)
                    : k.id() + (sel.units() == Units.LIN ? "" : "." + sel.units().code()));
        Table t = new Table(head.toArray(String[]::new));
        for (int r = 0; r < et.periods().size(); r++) {
            List<Object> row = new ArrayList<>(List.of(Period.format(et.periods().get(r))));
            for (Figure x : et.cells().get(r)) row.add(cell(x));
            t.row(row.toArray());
        }
        return t;
    }

    /** A withheld cell: empty in the CSV (its row's status column says C, as the API's status codes), marked in the workbook. */
    private static Object cell(Figure x) { return x.shown() ? (Object) x.value() : x.withheld() ? Table.WITHHELD : null; }

    private static String status(Figure... xs) {
        for (Figure x : xs) if (x.withheld()) return "C";
        return "A";
    }

    private static void download(Context ctx, Format format, String name, Table table) {
        TableResponse.send(ctx, format, table, name, true);
    }

    /** For tests and the bench: the latest release's published series count (a cheap "is anything public" check). */
    static int publishedSeries(Database db, java.time.Instant now) { return Releases.series(db, now).size(); }
}
