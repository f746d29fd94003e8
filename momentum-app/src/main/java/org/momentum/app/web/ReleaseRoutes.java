package org.momentum.app.web;

import static org.momentum.app.web.ApiEndpoint.Param.path;
import static org.momentum.app.web.ApiEndpoint.Param.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.momentum.app.cli.Clocks;
import org.momentum.app.files.CsvOut;
import org.momentum.classification.Period;
import org.momentum.dissemination.AggregationMethod;
import org.momentum.dissemination.Frequency;
import org.momentum.dissemination.FrequencyAggregation;
import org.momentum.dissemination.RealTime;
import org.momentum.dissemination.RealTimeObservation;
import org.momentum.dissemination.Release;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.dissemination.ReleaseStatus;
import org.momentum.dissemination.SeriesKey;
import org.momentum.dissemination.Units;
import org.momentum.dissemination.Vintage;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;

/**
 * The public dissemination API, shaped like FRED/ALFRED's: series search, observations with units, frequency
 * aggregation and as_of, a series' vintages, the release calendar, and the OpenAPI document of all /api routes.
 * Everything here reads published releases only, and only those published by the clock's now: a draft, an
 * approved release before its embargo time, or an as_of in the future never shows anything more.
 * <p>
 * Series ids: {@code measure.industry.region} for a level, {@code measure.industry.region.variable} for the
 * other numbers of an indicator ({@link SeriesKey}); e.g. {@code output_value.ALL.ALL.yoy_pct}.
 */
public final class ReleaseRoutes {
    private static final String MONTH_OR_DATE = "a month YYYY-MM or a date YYYY-MM-DD";
    private static final int MAX_LIMIT = 100_000;

    private final Database db;
    private final Clock clock;
    private final SeriesNames names;
    private final ObjectMapper json = new ObjectMapper();
    private final List<ApiEndpoint> endpoints;

    public ReleaseRoutes(Database db, ReferenceData ref, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.names = new SeriesNames(ref);
        this.endpoints = table();
    }

    /** Every /api route: these, and Server's own (described, registered there). */
    public List<ApiEndpoint> endpoints() { return endpoints; }

    public void register(RoutesConfig routes) {
        for (ApiEndpoint e : endpoints)
            if (e.handler() != null && e.method().equals("get")) routes.get(e.path(), e.handler());
        routes.get("/releases", ctx -> ctx.html(new ReleaseCalendarPage().render(publicReleases(Clocks.now(clock)), Clocks.now(clock),
                "zh".equals(ctx.queryParam("lang")))));
    }

    private static final ApiEndpoint.Param FORMAT = query("format", "string", "Response format (default json).", "csv", "json", "csv");
    private static final ApiEndpoint.Param AS_OF = query("as_of", "string",
            "What was public at this instant: ISO 8601 date-time (e.g. 2018-04-17T09:30:00+08:00; without an offset: China time) "
                    + "or a date (the end of that day, China time). Default: now. ALFRED's real-time view.", "2018-04-17T12:00:00+08:00");

    private List<ApiEndpoint> table() {
        ApiEndpoint.Param id = path("id", "Series id: measure.industry.region for the level, measure.industry.region.variable for the other numbers "
                + "(variables: enterprises, yoy_pct, ytd_value, ytd_yoy_pct, contribution_pp).", "output_value.ALL.ALL.yoy_pct");
        ApiEndpoint.Param start = query("observation_start", "string", "First period, " + MONTH_OR_DATE + " (a quarter or year counts by its first day).", "2017-01");
        ApiEndpoint.Param end = query("observation_end", "string", "Last period, " + MONTH_OR_DATE + ".", "2018-12");
        ApiEndpoint.Param limit = query("limit", "integer", "At most this many results (1–" + MAX_LIMIT + ", default 1000).", "100");
        ApiEndpoint.Param offset = query("offset", "integer", "Skip this many results (default 0).", "0");
        List<ApiEndpoint> t = new ArrayList<>();
        t.add(new ApiEndpoint("/api/series", "series", "Search and list published series",
                "Series published by the releases public at as_of, with names in English and Chinese. search matches every word against the id, titles and names.",
                List.of(query("search", "string", "Words that must all appear in the id, the English or Chinese title or names (case-insensitive).", "机器人"),
                        query("measure", "string", "Only this measure, e.g. output_value, output_value_real, product.nev.", "output_value"),
                        query("industry", "string", "Only this industry: ALL, a section letter, a 2-digit division or a 4-digit class (GB/T 4754-2017).", "36"),
                        query("region", "string", "Only this region: ALL or a province code NN0000 (GB/T 2260).", "440000"),
                        query("variable", "string", "Only this number of the indicator: value (the level), enterprises, yoy_pct, ytd_value, ytd_yoy_pct, contribution_pp.", "yoy_pct"),
                        AS_OF, limit, offset, FORMAT), ApiEndpoint.JSON_CSV, this::series));
        t.add(new ApiEndpoint("/api/series/{id}", "series", "One published series", "Its names in English and Chinese, unit, frequency and the releases that published it.",
                List.of(id, AS_OF), ApiEndpoint.JSON, this::oneSeries));
        t.add(new ApiEndpoint("/api/series/{id}/observations", "series", "Observations of a series",
                "As FRED's series/observations: the values public at as_of, aggregated to a lower frequency first and then transformed by units "
                        + "(chg x(t)−x(t−1); ch1 x(t)−x(t−n); pch (x(t)/x(t−1)−1)·100; pc1 (x(t)/x(t−n)−1)·100; pca ((x(t)/x(t−1))^n−1)·100; "
                        + "cch, cca continuously compounded; log ln x(t); n observations per year). Each observation carries its real-time period "
                        + "[realtime_start, realtime_end) and the release that published it; value null where undefined or withheld (status C).",
                List.of(id, query("units", "string", "Transformation (default lin: levels).", "pc1", "lin", "chg", "ch1", "pch", "pc1", "pca", "cch", "cca", "log"),
                        query("frequency", "string", "Aggregate the monthly series to quarters, half-years or years (default: monthly). "
                                + "The first and last period need all their months; periods between use the months they have.", "q", "m", "q", "sa", "a"),
                        query("aggregation_method", "string", "How months are aggregated (default avg).", "sum", "avg", "sum", "eop"),
                        start, end, AS_OF, FORMAT), ApiEndpoint.JSON_CSV, this::observations));
        t.add(new ApiEndpoint("/api/series/{id}/vintages", "series", "Revision history of a series",
                "Every value each period has had, with the release that published it (corrections with their reason) and its real-time period.",
                List.of(id, start, end, FORMAT), ApiEndpoint.JSON_CSV, this::vintages));
        t.add(new ApiEndpoint("/api/releases", "releases", "Release calendar",
                "Published releases (with corrections and their reasons) and scheduled ones (month and embargo time only; nothing of their content).",
                List.of(FORMAT), ApiEndpoint.JSON_CSV, this::releases));
        t.add(new ApiEndpoint("/api/releases/{id}", "releases", "One release",
                "A published release with the observations it published (new or revised numbers; status M: withdrawn), a page at a time; a scheduled release shows only its time.",
                List.of(path("id", "Release id.", "1"), limit, offset, FORMAT), ApiEndpoint.JSON_CSV, this::release));
        t.add(new ApiEndpoint("/api/openapi.json", "documentation", "This document", "The OpenAPI 3 description of every /api route.",
                List.of(), ApiEndpoint.JSON, ctx -> send(ctx, OpenApiDocument.build(endpoints))));
        t.add(new ApiEndpoint("/api/docs", "documentation", "The API described for people", "The OpenAPI document as a page.",
                List.of(), ApiEndpoint.HTML, ctx -> ctx.html(OpenApiDocument.page(OpenApiDocument.build(endpoints)))));
        // PressReleaseRoutes, registered in Server.start (pages, not /api, described here with the rest)
        List<ApiEndpoint.Param> press = List.of(path("id", "Release id.", "1"), query("lang", "string", "Language (default en).", "zh", "en", "zh"));
        t.add(new ApiEndpoint("/releases/{id}/press", "releases", "Press release",
                "The release's press release: headline growth of output at constant prices (month and year to date; January–February together), "
                        + "the divisions contributing most, the output of industrial robots, new-energy vehicles, crude steel and cement. "
                        + "Public once the release is public; staff may preview a draft. Withheld numbers are written \"not published\".",
                press, ApiEndpoint.HTML, null));
        t.add(new ApiEndpoint("/releases/{id}/press.pdf", "releases", "Press release (PDF)",
                "The same press release as an A4 PDF with its fonts embedded (503 when the server has no CJK font for Chinese).",
                press, List.of("application/pdf"), null));
        // Server's own routes, registered in Server.start
        t.add(new ApiEndpoint("/api/health", "service", "Service health and readiness",
                "Status, database kind, readiness (database reachable, pending migrations: 503 until ready) and the latest computed month.",
                List.of(), ApiEndpoint.JSON, null));
        t.add(new ApiEndpoint("/api/indicators", "working data", "Analysts' working indicators (not a release)",
                "The indicator cube as last computed (momentum compute), in indicators.csv's columns. Not release data: published numbers are under /api/series.",
                List.of(query("measure", "string", "Indicator code (default output_value).", "output_value"),
                        query("industry", "string", "ALL, a section, division or class (default ALL).", "ALL"),
                        query("region", "string", "ALL or a province code NN0000 (default ALL).", "ALL"),
                        query("from", "string", "First month YYYY-MM.", "2017-01"), query("to", "string", "Last month YYYY-MM.", "2017-12")),
                ApiEndpoint.JSON, null));
        // OutlookRoutes, registered in Server.start
        List<ApiEndpoint.Param> cell = List.of(query("measure", "string", "Indicator code (default output_value_real).", "output_value_real"),
                query("industry", "string", "ALL or a section (default ALL).", "ALL"),
                query("region", "string", "ALL (default).", "ALL"));
        t.add(new ApiEndpoint("/api/outlook", "forecasts", "The year's outlook",
                "Expected annual growth with 80%/95% intervals from the latest forecast vintage, and the history of vintages.",
                cell, ApiEndpoint.JSON, null));
        t.add(new ApiEndpoint("/api/forecasts/accuracy", "forecasts", "Forecasting record",
                "Past forecast vintages scored against the outturns: sMAPE, scaled error, interval coverage, annual growth error, per method.",
                cell, ApiEndpoint.JSON, null));
        // AdjustedRoutes, registered in Server.start (the last computation's seasonal adjustment; releases publish theirs as .sa series)
        t.add(new ApiEndpoint("/api/adjusted", "working data", "Seasonally adjusted series (not a release)",
                "One level series as adjusted by the last computation (momentum compute): method, spec, revision policy, model, outliers, "
                        + "calendar regressors, diagnostics and notes, and per month value, sa, trend, seasonal, calendar, irregular, sa_mom_pct, estimated. "
                        + "404 for a series that is not adjusted (stocks, or not computed).",
                List.of(query("measure", "string", "A flow indicator code (default output_value).", "output_value"),
                        query("industry", "string", "ALL, a section, division or class (default ALL).", "ALL"),
                        query("region", "string", "ALL or a province code NN0000 (default ALL).", "ALL"),
                        query("from", "string", "First month YYYY-MM.", "2017-01"), query("to", "string", "Last month YYYY-MM.", "2018-12")),
                ApiEndpoint.JSON, null));
        // PublishedRoutes, registered in Server.start: what published releases froze (nothing of a draft or embargoed one)
        ApiEndpoint.Param release = query("release", "integer", "Read this published release (default: the latest public at as_of).", "12");
        ApiEndpoint.Param releaseAsOf = query("as_of", "string", "The latest release public at this instant (as for /api/series; default now).",
                "2018-04-17T12:00:00+08:00");
        List<ApiEndpoint.Param> published = List.of(release, releaseAsOf, FORMAT);
        t.add(new ApiEndpoint("/api/forecasts", "forecasts", "The outlook published with a release",
                "Per headline series (output at comparable prices, output_value_real: national and each industrial section) the forecasting method, "
                        + "the monthly forecasts after the release's month with 80% and 95% intervals (chain-linked volumes), and the year's expected "
                        + "growth with its intervals (\"about 6%\"). A December release states the next year. 404 before any release with an outlook is public. "
                        + "CSV: one row per series and month ahead.",
                published, ApiEndpoint.JSON_CSV, null));
        t.add(new ApiEndpoint("/api/targets", "targets", "Targets as a release assessed them",
                "Every target with its outcome, progress, status (achieved, on track, at risk, off track) and probability of being met, as of the release's month.",
                published, ApiEndpoint.JSON_CSV, null));
        t.add(new ApiEndpoint("/api/targets/{id}", "targets", "One target, release by release",
                "The target in the chosen release and its assessment in every release public by then.",
                List.of(path("id", "Target id.", "steel-capacity-2017"), release, releaseAsOf, FORMAT), ApiEndpoint.JSON_CSV, null));
        t.add(new ApiEndpoint("/api/programmes", "targets", "Programmes as a release published them",
                "Pilot programmes and demonstration zones: how many projects and enterprises, and the evaluation's verdict.",
                published, ApiEndpoint.JSON_CSV, null));
        t.add(new ApiEndpoint("/api/programmes/{id}", "targets", "One programme's results",
                "KPI improvements aggregated over all pilots, by batch, province and industry division (groups of fewer than 3 enterprises withheld, "
                        + "status C), and the difference-in-differences evaluation. No participant's own KPI values.",
                List.of(path("id", "Programme id.", "im-pilots"), release, releaseAsOf, FORMAT), ApiEndpoint.JSON_CSV, null));
        // TargetRoutes, registered in Server.start: staff's working views on the store's current data
        ApiEndpoint.Param targetPeriod = query("period", "string", "Assess at this month YYYY-MM (default: the latest computed month).", "2018-06");
        t.add(new ApiEndpoint("/api/working/targets", "working data", "Targets on the current data (not a release)",
                "Every target with its progress, status and probability of being met at a month, from the last computation.",
                List.of(targetPeriod), ApiEndpoint.JSON, null));
        t.add(new ApiEndpoint("/api/working/targets/{id}", "working data", "One target on the current data",
                "A target with its assessment at every month.", List.of(path("id", "Target id.", "steel-capacity-2017"), targetPeriod), ApiEndpoint.JSON, null));
        t.add(new ApiEndpoint("/api/working/programmes", "working data", "Programmes (working data)", "Demonstration zones and pilot programmes.",
                List.of(), ApiEndpoint.JSON, null));
        t.add(new ApiEndpoint("/api/working/programmes/{id}", "working data", "One programme (working data)",
                "Participants' own KPI results, aggregates by batch, region and industry, and the difference-in-differences evaluation.",
                List.of(path("id", "Programme id.", "im-pilots")), ApiEndpoint.JSON, null));
        // QualityRoutes, registered in Server.start (analysts' review queue; not public data)
        ApiEndpoint.Param qPeriod = new ApiEndpoint.Param("period", "query", true, "string", List.of(), "The month under review, YYYY-MM.", "2018-12");
        t.add(ApiEndpoint.post("/api/quality/run", "quality", "Score a month",
                "Runs the quality rules and checks over a month's reports and stores the ranked flags.", List.of(qPeriod)));
        t.add(new ApiEndpoint("/api/quality/flags", "quality", "Review queue", "Ranked flags of a month with their evidence and review state.",
                List.of(qPeriod), ApiEndpoint.JSON, null));
        t.add(ApiEndpoint.post("/api/quality/actions", "quality", "Act on a flag",
                "JSON body {enterprise_id, period, action: accept|query|correct, reason, indicator?, value?}; every action is audited.", List.of()));
        t.add(new ApiEndpoint("/api/quality/queries", "quality", "Open queries to an enterprise", "What the portal shows the enterprise.",
                List.of(query("enterprise_id", "string", "The enterprise's id (USCC).", "91110000100000000X")), ApiEndpoint.JSON, null));
        t.add(new ApiEndpoint("/api/quality/sensitivity", "quality", "Indicators with and without queried reports",
                "The month's headline indicators computed with all reports and without the queried ones.", List.of(qPeriod), ApiEndpoint.JSON, null));
        return List.copyOf(t);
    }

    // ---- handlers ----

    private void series(Context ctx) throws Exception {
        checkParams(ctx, "/api/series");
        Instant asOf = asOf(ctx);
        String search = ctx.queryParam("search");
        String measure = blankToNull(ctx.queryParam("measure")), industry = blankToNull(ctx.queryParam("industry")),
                region = blankToNull(ctx.queryParam("region")), variable = blankToNull(ctx.queryParam("variable"));
        int limit = intParam(ctx, "limit", 1000, 1, MAX_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        String[] words = search == null || search.isBlank() ? new String[0] : search.trim().toLowerCase(Locale.ROOT).split("\\s+");
        List<Releases.PublishedSeries> found = new ArrayList<>();
        for (Releases.PublishedSeries s : Releases.series(db, asOf)) {
            SeriesKey k = s.key();
            if (measure != null && !k.measure().equals(measure) || industry != null && !k.industry().equals(industry)
                    || region != null && !k.region().equals(region) || variable != null && !k.variable().equals(variable)) continue;
            if (words.length > 0 && !matches(k, words)) continue;
            found.add(s);
        }
        int from = Math.min(offset, found.size());
        List<Map<String, Object>> page = new ArrayList<>();
        for (Releases.PublishedSeries s : found.subList(from, (int) Math.min(found.size(), (long) from + limit))) page.add(seriesJson(s));
        if (csv(ctx)) {
            StringBuilder b = new StringBuilder("id,title,title_zh,measure,industry,region,variable,units,units_zh,frequency,last_updated\n");
            for (Map<String, Object> m : page)
                b.append(CsvOut.quote((String) m.get("id"))).append(',').append(CsvOut.quote((String) m.get("title"))).append(',')
                        .append(CsvOut.quote((String) m.get("title_zh"))).append(',').append(CsvOut.quote((String) m.get("measure"))).append(',')
                        .append(m.get("industry")).append(',').append(m.get("region")).append(',').append(m.get("variable")).append(',')
                        .append(CsvOut.quote((String) m.get("units"))).append(',').append(CsvOut.quote((String) m.get("units_zh"))).append(',')
                        .append(m.get("frequency_short")).append(',').append(m.get("last_updated")).append('\n');
            sendCsv(ctx, b);
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("as_of", time(asOf));
        out.put("count", found.size());
        out.put("offset", offset);
        out.put("limit", limit);
        out.put("series", page);
        send(ctx, out);
    }

    private boolean matches(SeriesKey k, String[] words) {
        String hay = (k.id() + ' ' + names.title(k, false) + ' ' + names.title(k, true) + ' ' + names.units(k, false)).toLowerCase(Locale.ROOT);
        for (String w : words) if (!hay.contains(w)) return false;
        return true;
    }

    private void oneSeries(Context ctx) throws Exception {
        checkParams(ctx, "/api/series/{id}");
        Instant asOf = asOf(ctx);
        send(ctx, seriesJson(published(seriesKey(ctx), asOf)));
    }

    private void observations(Context ctx) throws Exception {
        checkParams(ctx, "/api/series/{id}/observations");
        SeriesKey key = seriesKey(ctx);
        Instant asOf = asOf(ctx);
        Units units = choice(ctx, "units", Units::ofCode, Units.LIN);
        Frequency frequency = choice(ctx, "frequency", Frequency::ofCode, Frequency.MONTHLY);
        AggregationMethod method = choice(ctx, "aggregation_method", AggregationMethod::ofCode, AggregationMethod.AVG);
        int start = month(ctx, "observation_start", Period.of(1, 1)), end = month(ctx, "observation_end", Period.of(9999, 12));
        if (start > end) throw new Server.BadRequest("observation_start is after observation_end");
        published(key, asOf);
        // as of the instant asked, nothing published later is even read
        List<RealTimeObservation> obs = RealTime.asOf(Releases.vintages(db, key, asOf), asOf);
        obs = units.apply(FrequencyAggregation.aggregate(obs, frequency, method), frequency);
        List<RealTimeObservation> shown = new ArrayList<>();
        for (RealTimeObservation o : obs) if (o.period() >= start && o.period() <= end) shown.add(o);
        if (csv(ctx)) {
            StringBuilder b = new StringBuilder("date,period,value,status,realtime_start,realtime_end,release\n");
            for (RealTimeObservation o : shown)
                b.append(Frequency.date(o.period())).append(',').append(frequency.label(o.period())).append(',')
                        .append(CsvOut.number(o.defined() ? o.value() : Double.NaN)).append(',').append(o.status().code()).append(',')
                        .append(time(o.realtimeStart())).append(',').append(o.realtimeEnd() == null ? "" : time(o.realtimeEnd())).append(',')
                        .append(o.release()).append('\n');
            sendCsv(ctx, b);
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("series_id", key.id());
        out.put("title", names.title(key, false));
        out.put("title_zh", names.title(key, true));
        out.put("units", units.code());
        out.put("units_label", units.label());
        out.put("series_units", names.units(key, false));
        out.put("frequency", frequency.code());
        out.put("aggregation_method", method.code());
        out.put("as_of", time(asOf));
        out.put("observation_start", start == Period.of(1, 1) ? null : Period.format(start));
        out.put("observation_end", end == Period.of(9999, 12) ? null : Period.format(end));
        out.put("count", shown.size());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RealTimeObservation o : shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", Frequency.date(o.period()));
            m.put("period", frequency.label(o.period()));
            m.put("value", o.defined() ? o.value() : null);
            m.put("status", o.status().code());
            m.put("realtime_start", time(o.realtimeStart()));
            m.put("realtime_end", o.realtimeEnd() == null ? null : time(o.realtimeEnd()));
            m.put("release", o.release());
            rows.add(m);
        }
        out.put("observations", rows);
        send(ctx, out);
    }

    private void vintages(Context ctx) throws Exception {
        checkParams(ctx, "/api/series/{id}/vintages");
        SeriesKey key = seriesKey(ctx);
        Instant now = Clocks.now(clock);
        int start = month(ctx, "observation_start", Period.of(1, 1)), end = month(ctx, "observation_end", Period.of(9999, 12));
        if (start > end) throw new Server.BadRequest("observation_start is after observation_end");
        published(key, now);
        List<Vintage> all = Releases.vintages(db, key, now);
        Map<Long, Release> releases = new LinkedHashMap<>();
        for (Release r : Releases.all(db)) releases.put(r.id(), r);
        List<RealTimeObservation> history = new ArrayList<>();
        for (RealTimeObservation o : RealTime.history(all)) if (o.period() >= start && o.period() <= end) history.add(o);
        if (csv(ctx)) {
            StringBuilder b = new StringBuilder("period,value,status,realtime_start,realtime_end,release,version,correction_of,reason\n");
            for (RealTimeObservation o : history) {
                Release r = releases.get(o.release());
                b.append(Period.format(o.period())).append(',').append(CsvOut.number(o.defined() ? o.value() : Double.NaN)).append(',')
                        .append(o.status().code()).append(',').append(time(o.realtimeStart())).append(',')
                        .append(o.realtimeEnd() == null ? "" : time(o.realtimeEnd())).append(',').append(o.release()).append(',')
                        .append(r.version()).append(',').append(r.isCorrection() ? Long.toString(r.correctionOf()) : "").append(',')
                        .append(CsvOut.quote(r.reason())).append('\n');
            }
            sendCsv(ctx, b);
            return;
        }
        Set<Instant> dates = new java.util.TreeSet<>();
        for (Vintage v : all) dates.add(v.publishedAt());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RealTimeObservation o : history) {
            Release r = releases.get(o.release());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("period", Period.format(o.period()));
            m.put("date", Frequency.date(o.period()));
            m.put("value", o.defined() ? o.value() : null);
            m.put("status", o.status().code());
            m.put("realtime_start", time(o.realtimeStart()));
            m.put("realtime_end", o.realtimeEnd() == null ? null : time(o.realtimeEnd()));
            m.put("release", o.release());
            m.put("release_period", Period.format(r.period()));
            m.put("release_version", r.version());
            m.put("correction_of", r.isCorrection() ? r.correctionOf() : null);
            m.put("reason", r.reason());
            rows.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("series_id", key.id());
        out.put("title", names.title(key, false));
        out.put("title_zh", names.title(key, true));
        out.put("vintage_dates", dates.stream().map(ReleaseRoutes::time).toList());
        out.put("count", rows.size());
        out.put("vintages", rows);
        send(ctx, out);
    }

    private void releases(Context ctx) throws Exception {
        checkParams(ctx, "/api/releases");
        Instant now = Clocks.now(clock);
        List<Release> list = publicReleases(now);
        if (csv(ctx)) {
            StringBuilder b = new StringBuilder("id,period,version,status,embargo_at,published_at,correction_of,reason\n");
            for (Release r : list) {
                Map<String, Object> m = releaseJson(r, now);
                b.append(r.id()).append(',').append(m.get("period")).append(',').append(r.version()).append(',').append(m.get("status")).append(',')
                        .append(nullToEmpty(m.get("embargo_at"))).append(',').append(nullToEmpty(m.get("published_at"))).append(',')
                        .append(nullToEmpty(m.get("correction_of"))).append(',').append(CsvOut.quote((String) m.get("reason"))).append('\n');
            }
            sendCsv(ctx, b);
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Release r : list) rows.add(releaseJson(r, now));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", rows.size());
        out.put("releases", rows);
        send(ctx, out);
    }

    private void release(Context ctx) throws Exception {
        checkParams(ctx, "/api/releases/{id}");
        Instant now = Clocks.now(clock);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new Server.BadRequest("id: '" + ctx.pathParam("id") + "' is not a release number");
        }
        int limit = intParam(ctx, "limit", 1000, 1, MAX_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        Release r = Releases.get(db, id);
        if (r == null || !isPublicOrScheduled(r, now)) throw new NotFound("there is no public release " + id);
        boolean published = r.isPublicAt(now);
        List<ReleaseObservation> obs = published ? Releases.observations(db, id, limit, offset) : List.of();
        if (csv(ctx)) {
            StringBuilder b = new StringBuilder("series_id,period,value,status\n");
            for (ReleaseObservation o : obs)
                b.append(CsvOut.quote(o.series().id())).append(',').append(Period.format(o.period())).append(',')
                        .append(CsvOut.number(o.value())).append(',').append(o.status().code()).append('\n');
            sendCsv(ctx, b);
            return;
        }
        Map<String, Object> out = releaseJson(r, now);
        if (published) {
            out.put("observations_count", Releases.observationCount(db, id));
            out.put("offset", offset);
            out.put("limit", limit);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ReleaseObservation o : obs) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("series_id", o.series().id());
                m.put("period", Period.format(o.period()));
                m.put("value", o.status().hasValue() ? o.value() : null);
                m.put("status", o.status().code());
                rows.add(m);
            }
            out.put("observations", rows);
        }
        send(ctx, out);
    }

    // ---- what the public may see ----

    /** Published releases and those scheduled (approved, embargo to come), by embargo time; never drafts. */
    List<Release> publicReleases(Instant now) {
        List<Release> out = new ArrayList<>();
        for (Release r : Releases.all(db)) if (isPublicOrScheduled(r, now)) out.add(r);
        out.sort(java.util.Comparator.comparing((Release r) -> r.isPublicAt(now) ? r.publishedAt() : r.embargoAt()).thenComparingLong(Release::id));
        return out;
    }

    private static boolean isPublicOrScheduled(Release r, Instant now) {
        return r.isPublicAt(now) || r.status() == ReleaseStatus.APPROVED;
    }

    /** A release as the public sees it: a scheduled one is its month and time, nothing more. */
    private Map<String, Object> releaseJson(Release r, Instant now) {
        boolean published = r.isPublicAt(now);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("period", Period.format(r.period()));
        m.put("title", ReleaseCalendarPage.title(r.period(), false));
        m.put("title_zh", ReleaseCalendarPage.title(r.period(), true));
        m.put("status", published ? "published" : "scheduled");
        m.put("version", r.version());
        m.put("embargo_at", r.embargoAt() == null ? null : time(r.embargoAt()));
        m.put("published_at", published ? time(r.publishedAt()) : null);
        m.put("cutoff", published ? time(r.cutoff()) : null);
        m.put("correction_of", published && r.isCorrection() ? r.correctionOf() : null);
        m.put("reason", published ? r.reason() : null);
        return m;
    }

    private Releases.PublishedSeries published(SeriesKey key, Instant asOf) {
        Releases.PublishedSeries s = Releases.series(db, key, asOf);
        if (s != null) return s;
        throw new NotFound("series " + key.id() + " was not published" + (asOf.equals(Clocks.now(clock)) ? "" : " as of " + time(asOf)));
    }

    private Map<String, Object> seriesJson(Releases.PublishedSeries s) {
        SeriesKey k = s.key();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("title", names.title(k, false));
        m.put("title_zh", names.title(k, true));
        m.put("measure", k.measure());
        m.put("measure_name", names.measureName(k.measure(), false));
        m.put("measure_name_zh", names.measureName(k.measure(), true));
        m.put("industry", k.industry());
        m.put("industry_name", names.industryName(k.industry(), false));
        m.put("industry_name_zh", names.industryName(k.industry(), true));
        m.put("region", k.region());
        m.put("region_name", names.regionName(k.region(), false));
        m.put("region_name_zh", names.regionName(k.region(), true));
        m.put("variable", k.variable());
        m.put("units", names.units(k, false));
        m.put("units_zh", names.units(k, true));
        m.put("frequency", "Monthly");
        m.put("frequency_short", "M");
        m.put("seasonal_adjustment", "Not Seasonally Adjusted");
        m.put("seasonal_adjustment_short", "NSA");
        m.put("first_release", s.firstRelease());
        m.put("last_release", s.lastRelease());
        m.put("last_updated", time(s.lastPublishedAt()));
        return m;
    }

    // ---- parameters ----

    /** Refuses parameters the route does not know (a misspelt 'unit' must not silently give levels). */
    private void checkParams(Context ctx, String path) {
        ApiEndpoint e = endpoints.stream().filter(x -> x.path().equals(path)).findFirst().orElseThrow();
        Set<String> known = new HashSet<>();
        for (ApiEndpoint.Param p : e.params()) if (p.in().equals("query")) known.add(p.name());
        for (String name : ctx.queryParamMap().keySet())
            if (!known.contains(name))
                throw new Server.BadRequest("unknown parameter '" + name + "'" + (known.isEmpty() ? "; this route takes none" : "; this route takes " + String.join(", ", new java.util.TreeSet<>(known))));
    }

    private SeriesKey seriesKey(Context ctx) {
        try {
            return SeriesKey.parse(ctx.pathParam("id"), Releases.variables(db));
        } catch (IllegalArgumentException e) {
            throw new Server.BadRequest("id: " + e.getMessage());
        }
    }

    /** as_of, never later than now: the future is not public. */
    private Instant asOf(Context ctx) {
        Instant now = Clocks.now(clock);
        String v = ctx.queryParam("as_of");
        if (v == null || v.isBlank()) return now;
        Instant t;
        try {
            t = Clocks.parseInstantOrDate(v.trim());
        } catch (IllegalArgumentException e) {
            throw new Server.BadRequest("as_of: " + e.getMessage());
        }
        return t.isAfter(now) ? now : t;
    }

    private static <T> T choice(Context ctx, String name, Function<String, T> parse, T dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            return parse.apply(v.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Server.BadRequest(e.getMessage());
        }
    }

    private static int month(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        String s = v.trim();
        if (s.length() == 10) {
            try {
                LocalDate d = LocalDate.parse(s);
                // a date inside a month: that month counts only when the date is its first day (FRED dates periods by their first day)
                int p = Period.of(d.getYear(), d.getMonthValue());
                return d.getDayOfMonth() == 1 || name.endsWith("_end") ? p : p + 1;
            } catch (DateTimeParseException e) {
                throw new Server.BadRequest(name + ": '" + v + "' is not " + MONTH_OR_DATE);
            }
        }
        int p = Period.parseOrNone(s);
        if (p == Period.NONE) throw new Server.BadRequest(name + ": '" + v + "' is not " + MONTH_OR_DATE);
        return p;
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) throw new Server.BadRequest(name + ": " + n + " is not between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw new Server.BadRequest(name + ": '" + v + "' is not a whole number");
        }
    }

    private static boolean csv(Context ctx) {
        String f = ctx.queryParam("format");
        if (f == null || f.isBlank() || f.equals("json")) return false;
        if (f.equals("csv")) return true;
        throw new Server.BadRequest("format: '" + f + "' is not json or csv");
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    private static Object nullToEmpty(Object o) { return o == null ? "" : o; }

    /** Instants are shown in China time with their offset, e.g. 2018-04-17T09:30:00+08:00. */
    static String time(Instant t) {
        return t.atZone(Clocks.CHINA).toOffsetDateTime().toString();
    }

    private void send(Context ctx, Object body) throws Exception {
        ctx.status(200).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    }

    private static void sendCsv(Context ctx, CharSequence body) {
        ctx.status(200).contentType("text/csv; charset=utf-8").result(body.toString());
    }

    /** Nothing public under this id (404). */
    static final class NotFound extends RuntimeException {
        NotFound(String message) { super(message); }
    }
}
