package org.momentum.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.momentum.app.cli.Clocks;
import org.momentum.classification.Period;
import org.momentum.dissemination.RealTime;
import org.momentum.dissemination.RealTimeObservation;
import org.momentum.dissemination.SeriesKey;
import org.momentum.dissemination.Vintage;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;

/**
 * SDMX 2.1 REST (SDMX Technical Standards v2.1, Section 7 "Guidelines for the use of web services", and
 * sdmx-twg/sdmx-rest v1) over the published releases: exactly what the public JSON API serves as of now, the
 * latest vintage of each observation, embargo respected. Structure: /sdmx/dataflow, /sdmx/datastructure,
 * /sdmx/codelist, /sdmx/conceptscheme [/{agency}[/{id}[/{version}]]] with references; data:
 * /sdmx/data/{flow}[/{key}[/{provider}]] in SDMX-ML 2.1 structure-specific, SDMX-JSON 1.0 or SDMX-CSV 1.0,
 * chosen by the Accept header or the format parameter. Errors are SDMX-ML error messages with the REST
 * spec's codes (100 No results found → 404, 140 Syntax error → 400, 406 Not acceptable, 510 Response size exceeds
 * service limit → 413, 501 Not implemented).
 */
public final class SdmxRoutes {
    static final String XML = "application/vnd.sdmx.structurespecificdata+xml;version=2.1";
    static final String JSON = "application/vnd.sdmx.data+json;version=1.0.0";
    static final String CSV = "application/vnd.sdmx.data+csv;version=1.0.0";
    static final String STRUCTURE = "application/vnd.sdmx.structure+xml;version=2.1";
    private static final Set<String> DATA_PARAMS = Set.of("startPeriod", "endPeriod", "lastNObservations", "firstNObservations",
            "updatedAfter", "dimensionAtObservation", "detail", "format");

    /** Series per answer: an "all" query on the full cube would be millions of numbers. */
    static final int MAX_SERIES = 10_000;

    private final Database db;
    private final Clock clock;
    private final SdmxStructure structure;
    private final SdmxDataWriter writer;
    private final PublishedCache cache;

    public SdmxRoutes(Database db, ReferenceData ref, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.structure = new SdmxStructure(ref);
        this.writer = new SdmxDataWriter(structure);
        this.cache = PublishedCache.of(db);
    }

    public void register(RoutesConfig routes) {
        for (String resource : List.of("dataflow", "datastructure", "codelist", "conceptscheme")) {
            String base = "/sdmx/" + resource;
            for (String path : List.of(base, base + "/{agency}", base + "/{agency}/{id}", base + "/{agency}/{id}/{version}"))
                routes.get(path, ctx -> structure(ctx, resource));
        }
        routes.get("/sdmx/data/{flow}", this::data);
        routes.get("/sdmx/data/{flow}/{key}", this::data);
        routes.get("/sdmx/data/{flow}/{key}/{provider}", this::data);
        routes.exception(SdmxError.class, (e, ctx) -> ctx.status(e.http).contentType("application/xml; charset=utf-8").result(errorMessage(e)));
    }

    // ---- structure ----

    private void structure(Context ctx, String resource) throws Exception {
        String agency = ctx.pathParamMap().getOrDefault("agency", "all");
        String id = ctx.pathParamMap().getOrDefault("id", "all");
        String version = ctx.pathParamMap().getOrDefault("version", "latest");
        if (!agency.equals("all") && !agency.equals(SdmxStructure.AGENCY) || !version.equals("all") && !version.equals("latest") && !version.equals(SdmxStructure.VERSION))
            throw SdmxError.noResults(resource + " " + agency + "/" + id + "/" + version);
        String refs = ctx.queryParam("references") == null ? "none" : ctx.queryParam("references");
        if (!Set.of("none", "parents", "parentsandsiblings", "children", "descendants", "all", "datastructure", "dataflow", "codelist", "conceptscheme")
                .contains(refs))
            throw new SdmxError(400, 140, "references: '" + refs + "' is not none, parents, parentsandsiblings, children, descendants, all or a structure type");
        boolean down = Set.of("children", "descendants", "all").contains(refs);
        SdmxStructure.Contents c = switch (resource) {
            case "dataflow" -> {
                requireId(id, SdmxStructure.FLOW, resource);
                boolean deep = refs.equals("descendants") || refs.equals("all");
                yield new SdmxStructure.Contents(true, down || refs.equals("datastructure"), deep || refs.equals("conceptscheme"),
                        deep || refs.equals("codelist") ? List.copyOf(structure.codelists().keySet()) : List.of());
            }
            case "datastructure" -> {
                requireId(id, SdmxStructure.DSD, resource);
                boolean up = Set.of("parents", "parentsandsiblings", "all", "dataflow").contains(refs);
                yield new SdmxStructure.Contents(up, true, down || refs.equals("conceptscheme"),
                        down || refs.equals("codelist") ? List.copyOf(structure.codelists().keySet()) : List.of());
            }
            case "conceptscheme" -> {
                requireId(id, SdmxStructure.CONCEPTS, resource);
                boolean up = Set.of("parents", "parentsandsiblings", "all", "datastructure").contains(refs);
                yield new SdmxStructure.Contents(false, up, true, List.of());
            }
            default -> {
                if (!id.equals("all") && structure.codelist(id) == null) throw SdmxError.noResults("codelist " + id);
                boolean up = Set.of("parents", "parentsandsiblings", "all", "datastructure").contains(refs);
                yield new SdmxStructure.Contents(false, up, false, id.equals("all") ? List.copyOf(structure.codelists().keySet()) : List.of(id));
            }
        };
        StringWriter out = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        structure.write(w, c, messageId(), prepared());
        w.close();
        ctx.status(200).contentType(STRUCTURE + "; charset=utf-8").result(out.toString());
    }

    private static void requireId(String id, String expected, String resource) {
        if (!id.equals("all") && !id.equals(expected)) throw SdmxError.noResults(resource + " " + id);
    }

    // ---- data ----

    private void data(Context ctx) throws Exception {
        for (String name : ctx.queryParamMap().keySet())
            if (!DATA_PARAMS.contains(name))
                throw new SdmxError(400, 140, "unknown parameter '" + name + "'; data queries take " + String.join(", ", new java.util.TreeSet<>(DATA_PARAMS)));
        String format = format(ctx);
        checkFlow(ctx.pathParam("flow"));
        String provider = ctx.pathParamMap().getOrDefault("provider", "all");
        if (!provider.equals("all") && !provider.equals(SdmxStructure.AGENCY) && !provider.equals(SdmxStructure.AGENCY + "," + SdmxStructure.AGENCY))
            throw SdmxError.noResults("provider " + provider);
        String dimAtObs = ctx.queryParam("dimensionAtObservation");
        if (dimAtObs != null && !dimAtObs.equals(SdmxStructure.TIME.id()))
            throw new SdmxError(501, 501, "dimensionAtObservation: only TIME_PERIOD is implemented");
        String detail = ctx.queryParam("detail");
        if (detail != null && !Set.of("full", "serieskeysonly", "nodata").contains(detail))
            throw new SdmxError(501, 501, "detail: only full, serieskeysonly and nodata are implemented");
        boolean keysOnly = detail != null && !detail.equals("full");
        SdmxQuery q = query(ctx);
        Instant now = Clocks.now(clock);
        List<Releases.PublishedSeries> matching = new ArrayList<>();
        for (Releases.PublishedSeries s : cache.series(now)) if (q.matches(s.key())) matching.add(s);
        if (matching.size() > MAX_SERIES)
            throw new SdmxError(413, 510, "Response size exceeds service limit: " + matching.size() + " series match, at most " + MAX_SERIES
                    + " are served at once; narrow the key");
        // every matching series' vintages at once: held ones from memory, the others in one query
        Map<SeriesKey, List<Vintage>> vintages = cache.vintages(matching.stream().map(Releases.PublishedSeries::key).toList(), now);
        List<SdmxDataWriter.Series> found = new ArrayList<>();
        for (Releases.PublishedSeries s : matching) {
            // the JSON API's observations (units lin, monthly): the latest vintage public now of each period
            List<RealTimeObservation> obs = new ArrayList<>();
            for (RealTimeObservation o : RealTime.asOf(vintages.get(s.key()), now))
                if (q.inRange(o.period()) && (q.updatedAfter() == null || o.realtimeStart().isAfter(q.updatedAfter()))) obs.add(o);
            if (q.firstN() > 0 && obs.size() > q.firstN()) obs = obs.subList(0, q.firstN());
            if (q.lastN() > 0 && obs.size() > q.lastN()) obs = obs.subList(obs.size() - q.lastN(), obs.size());
            // serieskeysonly/nodata: the series that have matching observations, without them
            if (!obs.isEmpty()) found.add(new SdmxDataWriter.Series(s.key(), keysOnly ? List.of() : List.copyOf(obs)));
        }
        if (found.isEmpty()) throw SdmxError.noResults("no published observations match " + ctx.path());
        switch (format) {
            case JSON -> ctx.status(200).contentType(JSON + "; charset=utf-8").result(writer.json(found, messageId(), prepared(), lang(ctx)));
            case CSV -> ctx.status(200).contentType(CSV + "; charset=utf-8").result(writer.csv(found));
            default -> ctx.status(200).contentType(XML + "; charset=utf-8").result(writer.xml(found, messageId(), prepared()));
        }
    }

    /** The flow: INDUSTRY, MOMENTUM,INDUSTRY or MOMENTUM,INDUSTRY,1.0 (all/latest allowed for agency and version). */
    private static void checkFlow(String flow) {
        String[] p = flow.split(",", -1);
        boolean ok = switch (p.length) {
            case 1 -> p[0].equals(SdmxStructure.FLOW);
            case 2 -> agencyOk(p[0]) && p[1].equals(SdmxStructure.FLOW);
            case 3 -> agencyOk(p[0]) && p[1].equals(SdmxStructure.FLOW) && Set.of("all", "latest", SdmxStructure.VERSION).contains(p[2]);
            default -> false;
        };
        if (!ok) throw SdmxError.noResults("dataflow " + flow);
    }

    private static boolean agencyOk(String a) { return a.equals("all") || a.equals(SdmxStructure.AGENCY); }

    private SdmxQuery query(Context ctx) {
        // a '+' in a URL may reach us decoded as a space
        String key = ctx.pathParamMap().getOrDefault("key", "all").replace(' ', '+');
        List<java.util.Set<String>> codes;
        try {
            codes = SdmxQuery.parseKey(key);
        } catch (IllegalArgumentException e) {
            throw new SdmxError(400, 140, e.getMessage());
        }
        int start = period(ctx, "startPeriod", true, Period.of(1, 1)), end = period(ctx, "endPeriod", false, Period.of(9999, 12));
        if (start > end) throw new SdmxError(400, 140, "startPeriod is after endPeriod");
        int firstN = count(ctx, "firstNObservations"), lastN = count(ctx, "lastNObservations");
        Instant updatedAfter = null;
        String u = ctx.queryParam("updatedAfter");
        if (u != null && !u.isBlank()) {
            try {
                updatedAfter = Clocks.parseInstantOrDate(u.trim().replace(' ', '+'));
            } catch (IllegalArgumentException e) {
                throw new SdmxError(400, 140, "updatedAfter: " + e.getMessage());
            }
        }
        return new SdmxQuery(codes, start, end, firstN, lastN, updatedAfter);
    }

    private static int period(Context ctx, String name, boolean start, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            return SdmxQuery.month(v, start);
        } catch (IllegalArgumentException e) {
            throw new SdmxError(400, 140, name + ": " + e.getMessage());
        }
    }

    private static int count(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return 0;
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 1) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new SdmxError(400, 140, name + ": '" + v + "' is not a positive whole number");
        }
    }

    /**
     * The format: the format parameter (structurespecificdata, jsondata, csv, or the media type) wins over the
     * Accept header; no preference gives SDMX-ML. Accept lists are read in order, without q-weights.
     */
    static String format(Context ctx) {
        String f = ctx.queryParam("format");
        if (f != null && !f.isBlank()) {
            String v = f.trim().toLowerCase(Locale.ROOT);
            if (Set.of("structurespecificdata", "sdmx-ml", "xml").contains(v) || v.startsWith("application/vnd.sdmx.structurespecificdata+xml")) return XML;
            if (Set.of("jsondata", "sdmx-json", "json").contains(v) || v.startsWith("application/vnd.sdmx.data+json")) return JSON;
            if (Set.of("csv", "sdmx-csv", "csvdata").contains(v) || v.startsWith("application/vnd.sdmx.data+csv")) return CSV;
            throw new SdmxError(406, 406, "format: '" + f + "' is not structurespecificdata, jsondata or csv");
        }
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank()) return XML;
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String t = part.trim();
            if (t.startsWith("application/vnd.sdmx.structurespecificdata+xml") || t.startsWith("application/xml") || t.startsWith("text/xml")
                    || t.startsWith("*/*") || t.startsWith("application/*")) return XML;
            if (t.startsWith("application/vnd.sdmx.data+json") || t.startsWith("application/json")) return JSON;
            if (t.startsWith("application/vnd.sdmx.data+csv") || t.startsWith("text/csv")) return CSV;
        }
        throw new SdmxError(406, 406, "Accept: none of '" + accept + "' is served; data come as " + XML + ", " + JSON + " or " + CSV);
    }

    private static String lang(Context ctx) {
        String l = ctx.header("Accept-Language");
        return l != null && l.trim().toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
    }

    private static String messageId() { return "IREF" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT); }

    private String prepared() { return Clocks.now(clock).atZone(Clocks.CHINA).toOffsetDateTime().withNano(0).toString(); }

    /** The SDMX-ML 2.1 error message (SDMXMessage.xsd, ErrorMessage) for an error. */
    private static String errorMessage(SdmxError e) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("mes", "Error", SdmxStructure.MES);
            w.writeNamespace("mes", SdmxStructure.MES);
            w.writeNamespace("com", SdmxStructure.COM);
            w.writeStartElement(SdmxStructure.MES, "ErrorMessage");
            w.writeAttribute("code", Integer.toString(e.code));
            SdmxStructure.text(w, SdmxStructure.COM, "Text", e.getMessage());
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (javax.xml.stream.XMLStreamException x) {
            throw new IllegalStateException(x);
        }
        return out.toString();
    }

    /** An SDMX REST error: HTTP status, SDMX error code and text. */
    static final class SdmxError extends RuntimeException {
        final int http;
        final int code;

        SdmxError(int http, int code, String message) {
            super(message);
            this.http = http;
            this.code = code;
        }

        static SdmxError noResults(String what) { return new SdmxError(404, 100, "No results found: " + what); }
    }
}
