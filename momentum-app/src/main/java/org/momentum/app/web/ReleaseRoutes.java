package org.momentum.app.web;

import static org.momentum.app.web.ApiEndpoint.Param.path;
import static org.momentum.app.web.ApiEndpoint.Param.query;

import com.fasterxml.jackson.core.JsonGenerator;
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
import org.momentum.app.files.Table;
import org.momentum.classification.Period;
import org.momentum.dissemination.AggregationMethod;
import org.momentum.dissemination.Frequency;
import org.momentum.dissemination.FrequencyAggregation;
import org.momentum.dissemination.ObservationStatus;
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
    /** Published releases are immutable: read once, filtered per request by the instant asked. */
    private final PublishedCache cache;

    public ReleaseRoutes(Database db, ReferenceData ref, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.names = new SeriesNames(ref);
        this.endpoints = table();
        this.cache = PublishedCache.of(db);
    }

    /** Every /api route: these, and Server's own (described, registered there). */
    public List<ApiEndpoint> endpoints() { return endpoints; }

    public void register(RoutesConfig routes) {
        for (ApiEndpoint e : endpoints)
            if (e.handler() != null && e.method().equals("get")) routes.get(e.path(), e.handler());
        routes.get("/releases", ctx -> ctx.html(new ReleaseCalendarPage().render(publicReleases(Clocks.now(clock)), Clocks.now(clock),
                "zh".equals(ctx.queryParam("lang")))));
    }

    private static final ApiEndpoint.Param FORMAT = query("format", "string", "Response format (default json); csv and xlsx give the same table.", "csv", "json", "csv", "xlsx");
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
                        AS_OF, limit, offset, FORMAT), ApiEndpoint.JSON_CSV_XLSX, this::series));
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
                        start, end, AS_OF, FORMAT), ApiEndpoint.JSON_CSV_XLSX, this::observations));
        t.add(new ApiEndpoint("/api/series/{id}/vintages", "series", "Revision history of a series",
                "Every value each period has had, with the release that published it (corrections with their reason) and its real-time period.",
                List.of(id, start, end, FORMAT), ApiEndpoint.JSON_CSV_XLSX, this::vintages));
        t.add(new ApiEndpoint("/api/releases", "releases", "Release calendar",
                "Published releases (with corrections and their reasons) and scheduled ones (month and embargo time only; nothing of their content).",
                List.of(FORMAT), ApiEndpoint.JSON_CSV_XLSX, this::releases));
        t.add(new ApiEndpoint("/api/releases/{id}", "releases", "One release",
                "A published release with the observations it published (new or revised numbers; status M: withdrawn), a page at a time; a scheduled release shows only its time.",
                List.of(path("id", "Release id.", "1"), limit, offset, FORMAT), ApiEndpoint.JSON_CSV_XLSX, this::release));
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
        // SubmissionRoutes, registered in Server.start (enterprises' reports; reporters and administrators)
        t.add(ApiEndpoint.post("/api/reports", "reports", "Submit a monthly report",
                "JSON body {enterprise_id, period: YYYY-MM, rows: [{indicator, value, prev_year_value}], explanation?}, checked by the "
                        + "rules of reports.csv; all rows or none. 201 with the receipt {receipt, enterprise_id, period, accepted_at, rows, "
                        + "revised, unchanged} once committed; 400 (malformed) or 422 (refused) with {errors: [{field, reason}]}; 403 for "
                        + "another enterprise. An optional Idempotency-Key header replays the first receipt for the same body "
                        + "(Idempotent-Replayed: true), answers 422 for another body and 409 while the first is still being applied.",
                List.of(new ApiEndpoint.Param("Idempotency-Key", "header", false, "string", List.of(),
                        "A unique key per report sent (draft-ietf-httpapi-idempotency-key-header), e.g. a UUID.", "8e03978e-40d5-43e8-bc93-6894a57f9324"))));
        t.add(new ApiEndpoint("/api/reports/{enterprise}/{period}", "reports", "A report as it stands",
                "The current rows of the enterprise's month (the caller's own enterprises; administrators any).",
                List.of(path("enterprise", "The enterprise's id.", "91110000100000000X"), path("period", "The month, YYYY-MM.", "2018-12")),
                ApiEndpoint.JSON, null));
        t.add(new ApiEndpoint("/api/receipts", "reports", "My receipts", "The caller's submission receipts, newest first (at most 1000).",
                List.of(), ApiEndpoint.JSON, null));
        // BackupRoutes, registered in Server.start (administrators)
        t.add(ApiEndpoint.post("/api/admin/backup", "operations", "Back up the store",
                "JSON body {out: absolute folder on the server's machine, new or empty}: the server writes a consistent snapshot of the "
                        + "store it holds (one CSV per table and manifest.json with SHA-256), as `momentum backup`; 201 with {out, tables, rows, "
                        + "schema_version, created_at}. Audited.", List.of()));
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
        for (Releases.PublishedSeries s : cache.series(asOf)) {
            SeriesKey k = s.key();
            if (measure != null && !k.measure().equals(measure) || industry != null && !k.industry().equals(industry)
                    || region != null && !k.region().equals(region) || variable != null && !k.variable().equals(variable)) continue;
            if (words.length > 0 && !matches(k, words)) continue;
            found.add(s);
        }
        int from = Math.min(offset, found.size());
        List<Map<String, Object>> page = new ArrayList<>();
        for (Releases.PublishedSeries s : found.subList(from, (int) Math.min(found.size(), (long) from + limit))) page.add(seriesJson(s));
        TableResponse.Format format = TableResponse.format(ctx);
        if (format != TableResponse.Format.JSON) {
            Table t = new Table("id", "title", "title_zh", "measure", "industry", "region", "variable", "units", "units_zh", "frequency", "last_updated");
            for (Map<String, Object> m : page)
                t.row(m.get("id"), m.get("title"), m.get("title_zh"), m.get("measure"), m.get("industry"), m.get("region"), m.get("variable"),
                        m.get("units"), m.get("units_zh"), m.get("frequency_short"), m.get("last_updated"));
            TableResponse.send(ctx, format, t, "series", false);
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
        TableResponse.Format format = TableResponse.format(ctx);
        if (format == TableResponse.Format.JSON && cache.allPublicAt(key, asOf)) {
            // releases are immutable: once all of a series was public, its rendering holds until the next publication
            RenderedObservations r = cache.memo(List.of("observations", key, units, frequency, method, start, end),
                    () -> render(shown(key, asOf, units, frequency, method, start, end), frequency), x -> x.json().length());
            sendObservations(ctx, key, units, frequency, method, asOf, start, end, r);
            return;
        }
        List<RealTimeObservation> shown = shown(key, asOf, units, frequency, method, start, end);
        if (format != TableResponse.Format.JSON) {
            Table t = new Table("date", "period", "value", "status", "realtime_start", "realtime_end", "release");
            for (RealTimeObservation o : shown)
                t.row(Frequency.date(o.period()), frequency.label(o.period()), value(o), o.status().code(), time(o.realtimeStart()),
                        o.realtimeEnd() == null ? null : time(o.realtimeEnd()), o.release());
            TableResponse.send(ctx, format, t, key.id(), false);
            return;
        }
        sendObservations(ctx, key, units, frequency, method, asOf, start, end, render(shown, frequency));
    }

    /** What the public saw at asOf: per period the latest vintage, aggregated, transformed, within [start, end]. */
    private List<RealTimeObservation> shown(SeriesKey key, Instant asOf, Units units, Frequency frequency, AggregationMethod method, int start, int end) {
        // as of the instant asked, nothing published later is even read
        List<RealTimeObservation> obs = RealTime.asOf(cache.vintages(key, asOf), asOf);
        obs = units.apply(FrequencyAggregation.aggregate(obs, frequency, method), frequency);
        List<RealTimeObservation> shown = new ArrayList<>();
        for (RealTimeObservation o : obs) if (o.period() >= start && o.period() <= end) shown.add(o);
        return shown;
    }

    /** The observations array as JSON text, with its length. */
    private record RenderedObservations(int count, String json) {}

    private RenderedObservations render(List<RealTimeObservation> shown, Frequency frequency) {
        java.io.StringWriter text = new java.io.StringWriter(32 + 160 * shown.size());
        try (JsonGenerator g = json.getFactory().createGenerator(text)) {
            g.writeStartArray();
            for (RealTimeObservation o : shown) {
                g.writeStartObject();
                g.writeStringField("date", Frequency.date(o.period()));
                g.writeStringField("period", frequency.label(o.period()));
                if (o.defined()) g.writeNumberField("value", o.value());
                else g.writeNullField("value");
                g.writeStringField("status", o.status().code());
                g.writeStringField("realtime_start", publicationTime(o.realtimeStart()));
                g.writeStringField("realtime_end", o.realtimeEnd() == null ? null : publicationTime(o.realtimeEnd()));
                g.writeNumberField("release", o.release());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory
        }
        return new RenderedObservations(shown.size(), text.toString());
    }

    private void sendObservations(Context ctx, SeriesKey key, Units units, Frequency frequency, AggregationMethod method, Instant asOf,
                                  int start, int end, RenderedObservations r) throws java.io.IOException {
        // streamed with Jackson's generator: the busiest route builds no map per observation
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(512 + r.json().length());
        try (JsonGenerator g = json.getFactory().createGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringField("series_id", key.id());
            g.writeStringField("title", names.title(key, false));
            g.writeStringField("title_zh", names.title(key, true));
            g.writeStringField("units", units.code());
            g.writeStringField("units_label", units.label());
            g.writeStringField("series_units", names.units(key, false));
            g.writeStringField("frequency", frequency.code());
            g.writeStringField("aggregation_method", method.code());
            g.writeStringField("as_of", time(asOf));
            g.writeStringField("observation_start", start == Period.of(1, 1) ? null : Period.format(start));
            g.writeStringField("observation_end", end == Period.of(9999, 12) ? null : Period.format(end));
            g.writeNumberField("count", r.count());
            g.writeFieldName("observations");
            g.writeRawValue(r.json());
            g.writeEndObject();
        }
        ctx.status(200).contentType("application/json; charset=utf-8").result(bytes.toByteArray());
    }

    /** Releases' publication instants are few: their text is kept (bounded) rather than formatted per observation. */
    private final Map<Instant, String> publicationTimes = new java.util.concurrent.ConcurrentHashMap<>();

    private String publicationTime(Instant t) {
        String s = publicationTimes.get(t);
        if (s == null) {
            if (publicationTimes.size() > 10_000) publicationTimes.clear();
            publicationTimes.put(t, s = time(t));
        }
        return s;
    }

    private void vintages(Context ctx) throws Exception {
        checkParams(ctx, "/api/series/{id}/vintages");
        SeriesKey key = seriesKey(ctx);
        Instant now = Clocks.now(clock);
        int start = month(ctx, "observation_start", Period.of(1, 1)), end = month(ctx, "observation_end", Period.of(9999, 12));
        if (start > end) throw new Server.BadRequest("observation_start is after observation_end");
        published(key, now);
        List<Vintage> all = cache.vintages(key, now);
        Map<Long, Release> releases = new LinkedHashMap<>();
        for (Release r : Releases.all(db)) releases.put(r.id(), r);
        List<RealTimeObservation> history = new ArrayList<>();
        for (RealTimeObservation o : RealTime.history(all)) if (o.period() >= start && o.period() <= end) history.add(o);
        TableResponse.Format format = TableResponse.format(ctx);
        if (format != TableResponse.Format.JSON) {
            Table t = new Table("period", "value", "status", "realtime_start", "realtime_end", "release", "version", "correction_of", "reason");
            for (RealTimeObservation o : history) {
                Release r = releases.get(o.release());
                t.row(Period.format(o.period()), value(o), o.status().code(), time(o.realtimeStart()),
                        o.realtimeEnd() == null ? null : time(o.realtimeEnd()), o.release(), r.version(),
                        r.isCorrection() ? r.correctionOf() : null, r.reason());
            }
            TableResponse.send(ctx, format, t, key.id() + ".vintages", false);
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
        TableResponse.Format format = TableResponse.format(ctx);
        if (format != TableResponse.Format.JSON) {
            Table t = new Table("id", "period", "version", "status", "embargo_at", "published_at", "correction_of", "reason");
            for (Release r : list) {
                Map<String, Object> m = releaseJson(r, now);
                t.row(r.id(), m.get("period"), r.version(), m.get("status"), m.get("embargo_at"), m.get("published_at"), m.get("correction_of"), m.get("reason"));
            }
            TableResponse.send(ctx, format, t, "releases", false);
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
        TableResponse.Format format = TableResponse.format(ctx);
        if (format != TableResponse.Format.JSON) {
            Table t = new Table("series_id", "period", "value", "status");
            for (ReleaseObservation o : obs)
                t.row(o.series().id(), Period.format(o.period()),
                        o.status() == ObservationStatus.CONFIDENTIAL ? Table.WITHHELD : (Object) o.value(), o.status().code());
            TableResponse.send(ctx, format, t, "release-" + id, false);
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
        Releases.PublishedSeries s = cache.series(key, asOf);
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
            return SeriesKey.parse(ctx.pathParam("id"), cache.variables());
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

    /** A table's value cell: the number, empty where undefined, the withheld mark where confidential. */
    private static Object value(RealTimeObservation o) {
        if (o.status() == ObservationStatus.CONFIDENTIAL) return Table.WITHHELD;
        return o.defined() ? o.value() : null;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    /** Instants are shown in China time with their offset, e.g. 2018-04-17T09:30:00+08:00. */
    static String time(Instant t) {
        return t.atZone(Clocks.CHINA).toOffsetDateTime().toString();
    }

    private void send(Context ctx, Object body) throws Exception {
        ctx.status(200).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    }

    /** Nothing public under this id (404). */
    static final class NotFound extends RuntimeException {
        NotFound(String message) { super(message); }
    }
}
