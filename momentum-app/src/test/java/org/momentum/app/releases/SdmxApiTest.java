package org.momentum.app.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.classification.Period;
import org.momentum.dissemination.RealTime;
import org.momentum.dissemination.RealTimeObservation;
import org.momentum.dissemination.Release;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.store.Releases;
import sdmxdl.Connection;
import sdmxdl.DataSet;
import sdmxdl.DatabaseRef;
import sdmxdl.Flow;
import sdmxdl.FlowRef;
import sdmxdl.Key;
import sdmxdl.Languages;
import sdmxdl.Obs;
import sdmxdl.Query;
import sdmxdl.Series;
import sdmxdl.web.SdmxWebManager;
import sdmxdl.web.WebSource;

/**
 * The SDMX 2.1 REST endpoints read by a real SDMX client, the National Bank of Belgium's sdmx-dl (its SDMX 2.1
 * driver RI_SDMX21 pointed at the running server), and checked against the public JSON API over the releases of
 * {@link ReleaseScenario}: 2017-02 (after the first file) and 2017-03 (after the second, which revises February).
 * A correction of 2017-03 then withholds every Beijing cell (one firm each), by hand as disclosure control would for a smaller firm:
 * those observations are public with status C and no value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdmxApiTest {
    static final String FLOW = "MOMENTUM,INDUSTRY,1.0";

    ReleaseScenario s;
    Release r1, r2, r3;
    HttpResponse<String> embargoed;

    @BeforeAll
    void publish(@TempDir Path dir) throws Exception {
        s = new ReleaseScenario(dir);
        Release a1 = s.approved(Period.of(2017, 2), s.afterFile1, 0, null);
        embargoed = get("/sdmx/data/INDUSTRY/all", "application/vnd.sdmx.data+csv;version=1.0.0");
        r1 = s.publishAtEmbargo(a1);
        r2 = s.publishAtEmbargo(s.approved(Period.of(2017, 3), s.afterFile2, 0, null));
        r3 = s.publishAtEmbargo(withholdBeijing(r2));
    }

    /** A correction of {@code r} with every public number as it is, except Beijing's cells withheld (status C). */
    Release withholdBeijing(Release r) {
        java.time.Instant now = s.clock.instant();
        List<ReleaseObservation> all = new ArrayList<>();
        for (Releases.PublishedSeries series : Releases.series(s.db, now))
            for (RealTimeObservation o : RealTime.asOf(Releases.vintages(s.db, series.key(), now), now)) {
                ReleaseObservation ro = ReleaseObservation.of(series.key(), o.period(), o.value());
                all.add(series.key().region().equals("110000") ? ro.suppressed() : ro);
            }
        Release d = Releases.create(s.db, new Releases.NewRelease(r.period(), s.afterFile2, now.plusSeconds(3600), r.id(), "disclosure control", "test"),
                "analyst", now, out -> all.forEach(out));
        return Releases.approve(s.db, d.id(), "publisher", null, now);
    }

    @AfterAll
    void stop() { s.close(); }

    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base + path));
        if (accept != null) b.header("Accept", accept);
        return s.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    Connection sdmxDl() throws Exception {
        WebSource source = WebSource.builder().id("MOMENTUM").driver("RI_SDMX21").endpointOf(s.base + "/sdmx").build();
        return SdmxWebManager.ofServiceLoader().getConnection(source, Languages.parse("en"));
    }

    /** period → value (NaN when withheld) as the JSON API serves a series. */
    Map<String, Double> jsonApi(String id) throws Exception {
        Map<String, Double> out = new HashMap<>();
        for (JsonNode o : s.get("/api/series/" + id + "/observations").get("observations"))
            out.put(o.get("period").asText(), o.get("value").isNull() ? Double.NaN : o.get("value").asDouble());
        return out;
    }

    static Map<String, Double> values(Series series) {
        Map<String, Double> out = new HashMap<>();
        for (Obs o : series.getObs()) out.put(o.getPeriod().getStartAsShortString().substring(0, 7), o.getValue());
        return out;
    }

    @Test
    void sdmxDlListsTheDataflowAndItsStructure() throws Exception {
        try (Connection c = sdmxDl()) {
            List<Flow> flows = new ArrayList<>(c.getFlows(DatabaseRef.NO_DATABASE));
            assertEquals(1, flows.size(), flows::toString);
            assertEquals(FlowRef.of("MOMENTUM", "INDUSTRY", "1.0"), flows.get(0).getRef());
            assertEquals("Industrial indicators (published releases)", flows.get(0).getName());
            var structure = c.getMeta(DatabaseRef.NO_DATABASE, flows.get(0).getRef()).getStructure();
            assertEquals(List.of("FREQ", "MEASURE", "INDUSTRY", "REGION", "VARIABLE"),
                    structure.getDimensions().stream().map(d -> d.getId()).toList());
            assertEquals("TIME_PERIOD", structure.getTimeDimensionId());
            var region = structure.getDimensions().stream().filter(d -> d.getId().equals("REGION")).findFirst().orElseThrow();
            assertEquals("Beijing", region.getCodes().get("110000"));
            var industry = structure.getDimensions().stream().filter(d -> d.getId().equals("INDUSTRY")).findFirst().orElseThrow();
            assertTrue(industry.getCodes().containsKey("3491"), "GB/T 4754 classes are codes");
        }
    }

    @Test
    void sdmxDlFetchesAKeyWithTheJsonApisNumbers() throws Exception {
        try (Connection c = sdmxDl()) {
            DataSet data = c.getData(DatabaseRef.NO_DATABASE, FlowRef.parse(FLOW),
                    Query.builder().key(Key.parse("M.output_value.ALL.ALL.value+yoy_pct")).build());
            Map<String, Series> byKey = new HashMap<>();
            for (Series series : data) byKey.put(series.getKey().toString(), series);
            assertEquals(java.util.Set.of("M.output_value.ALL.ALL.value", "M.output_value.ALL.ALL.yoy_pct"), byKey.keySet());
            Map<String, Double> level = values(byKey.get("M.output_value.ALL.ALL.value"));
            assertEquals(jsonApi("output_value.ALL.ALL"), level);
            // by hand from ReleaseScenario: February revised 354 → 358 by the second release, March 382
            assertEquals(358, level.get("2017-02"), 1e-9);
            assertEquals(382, level.get("2017-03"), 1e-9);
            assertEquals(15, level.size());
            assertEquals("10K_YUAN", byKey.get("M.output_value.ALL.ALL.value").getMeta().get("UNIT_MEASURE"));
            Map<String, Double> yoy = values(byKey.get("M.output_value.ALL.ALL.yoy_pct"));
            Map<String, Double> yoyApi = jsonApi("output_value.ALL.ALL.yoy_pct");
            assertEquals(yoyApi.keySet(), yoy.keySet());
            for (String p : yoyApi.keySet()) assertEquals(yoyApi.get(p), yoy.get(p), 1e-12, p);
        }
    }

    @Test
    void sdmxDlListsSeriesKeysWithAWildcard() throws Exception {
        java.util.Set<String> api = new java.util.TreeSet<>();
        for (JsonNode x : s.get("/api/series?measure=output_value&region=ALL&variable=value").get("series"))
            api.add("M.output_value." + x.get("industry").asText() + ".ALL.value");
        try (Connection c = sdmxDl()) {
            DataSet data = c.getData(DatabaseRef.NO_DATABASE, FlowRef.parse(FLOW),
                    Query.builder().key(Key.parse("M.output_value..ALL.value")).detail(sdmxdl.Detail.SERIES_KEYS_ONLY).build());
            java.util.Set<String> keys = new java.util.TreeSet<>();
            for (Series series : data) {
                keys.add(series.getKey().toString());
                assertTrue(series.getObs().isEmpty());
            }
            assertEquals(api, keys);
            assertTrue(keys.containsAll(List.of("M.output_value.ALL.ALL.value", "M.output_value.C.ALL.value", "M.output_value.3491.ALL.value")), keys::toString);
        }
    }

    @Test
    void sdmxDlSeesWithheldCellsAsConfidentialWithoutValue() throws Exception {
        Map<String, Double> api = jsonApi("output_value.34.110000");
        assertTrue(api.size() == 15 && api.values().stream().allMatch(v -> v.isNaN()), "withheld in the JSON API " + api);
        try (Connection c = sdmxDl()) {
            DataSet data = c.getData(DatabaseRef.NO_DATABASE, FlowRef.parse(FLOW), Query.builder().key(Key.parse("M.output_value.34.110000.value")).build());
            Series series = data.getData().iterator().next();
            assertEquals(api.keySet(), values(series).keySet());
            for (Obs o : series.getObs()) {
                assertTrue(Double.isNaN(o.getValue()), o::toString);
                assertEquals("C", o.getMeta().get("OBS_STATUS"));
                assertEquals("C", o.getMeta().get("CONF_STATUS"));
            }
        }
    }

    @Test
    void sdmxDlGetsNothingForAKeyNotPublished() throws Exception {
        try (Connection c = sdmxDl()) {
            DataSet data = c.getData(DatabaseRef.NO_DATABASE, FlowRef.parse(FLOW), Query.builder().key(Key.parse("M.output_value.ALL.650000.value")).build());
            assertTrue(data.getData().isEmpty());
        }
        HttpResponse<String> r = get("/sdmx/data/INDUSTRY/M.output_value.ALL.650000.value", null);
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("code=\"100\""), r.body());
    }

    @Test
    void embargoedReleaseIsNotServed() {
        assertEquals(404, embargoed.statusCode(), embargoed::body);
    }

    /**
     * A wide wildcard (every series of every measure, industry and region; '+' on the variable) is read in one query,
     * and gives exactly the per-series answers, which in turn are the store's own vintages as of now.
     */
    @Test
    void aWideWildcardGivesThePerSeriesAnswers() throws Exception {
        HttpResponse<String> wide = get("/sdmx/data/INDUSTRY/M....value+yoy_pct?format=csv", null);
        assertEquals(200, wide.statusCode(), wide::body);
        Map<String, List<String>> bySeries = new java.util.TreeMap<>();
        for (String line : wide.body().lines().skip(1).toList()) {
            String[] f = line.split(",", -1);
            bySeries.computeIfAbsent(String.join(".", f[1], f[2], f[3], f[4], f[5]), k -> new ArrayList<>()).add(line);
        }
        java.time.Instant now = s.clock.instant();
        int expected = 0;
        for (Releases.PublishedSeries p : Releases.series(s.db, now)) {
            String v = p.key().variable();
            if ((v.equals("value") || v.equals("yoy_pct")) && !RealTime.asOf(Releases.vintages(s.db, p.key(), now), now).isEmpty()) expected++;
        }
        assertTrue(bySeries.size() > 10, "a wide query: " + bySeries.size() + " series");
        assertEquals(expected, bySeries.size(), "every published series of those variables, no other");
        for (Map.Entry<String, List<String>> e : bySeries.entrySet()) {
            HttpResponse<String> one = get("/sdmx/data/INDUSTRY/" + e.getKey() + "?format=csv", null);
            assertEquals(200, one.statusCode(), e.getKey());
            List<String> lines = one.body().lines().skip(1).toList();
            assertEquals(lines, e.getValue(), e.getKey());
            String[] k = e.getKey().split("\\.");
            List<RealTimeObservation> store = RealTime.asOf(Releases.vintages(s.db, new org.momentum.dissemination.SeriesKey(k[1], k[2], k[3], k[4]), now), now);
            assertEquals(store.size(), lines.size(), e.getKey());
        }
    }

    @Test
    void csvWithPeriodsAndLastN() throws Exception {
        HttpResponse<String> r = get("/sdmx/data/INDUSTRY/M.output_value.ALL.ALL.value?startPeriod=2016-Q4&endPeriod=2017-02&format=csv", null);
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.sdmx.data+csv;version=1.0.0"));
        String[] lines = r.body().split("\n");
        assertEquals("DATAFLOW,FREQ,MEASURE,INDUSTRY,REGION,VARIABLE,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CONF_STATUS", lines[0]);
        assertEquals(6, lines.length, r.body());
        assertEquals("MOMENTUM:INDUSTRY(1.0),M,output_value,ALL,ALL,value,2016-10,370,10K_YUAN,A,F", lines[1]);
        assertEquals("MOMENTUM:INDUSTRY(1.0),M,output_value,ALL,ALL,value,2017-02,358,10K_YUAN,A,F", lines[5]);
        HttpResponse<String> last = get("/sdmx/data/INDUSTRY/M.output_value.ALL.ALL+110000.value?lastNObservations=1", "application/vnd.sdmx.data+csv;version=1.0.0");
        List<String> rows = List.of(last.body().split("\n"));
        assertEquals(List.of("MOMENTUM:INDUSTRY(1.0),M,output_value,ALL,110000,value,2017-03,,10K_YUAN,C,C",
                "MOMENTUM:INDUSTRY(1.0),M,output_value,ALL,ALL,value,2017-03,382,10K_YUAN,A,F"), rows.subList(1, rows.size()).stream().sorted().toList());
    }

    @Test
    void updatedAfterGivesWhatTheSecondReleaseChanged() throws Exception {
        String after = java.net.URLEncoder.encode(r2.publishedAt().minusSeconds(1).toString(), java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = get("/sdmx/data/INDUSTRY/M.output_value.ALL.ALL.value?format=csv&updatedAfter=" + after, null);
        assertEquals(200, r.statusCode(), r::body);
        List<String> rows = List.of(r.body().split("\n"));
        // the revision of February and the new March; nothing else changed (the correction touched only Beijing)
        assertEquals(3, rows.size(), r.body());
        assertTrue(rows.get(1).contains(",2017-02,358,"), rows.get(1));
        assertTrue(rows.get(2).contains(",2017-03,382,"), rows.get(2));
        String later = java.net.URLEncoder.encode(r2.publishedAt().plusSeconds(1).toString(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(404, get("/sdmx/data/INDUSTRY/M.output_value.ALL.ALL.value?updatedAfter=" + later, null).statusCode());
    }

    @Test
    void sdmxJsonByAcceptHeader() throws Exception {
        HttpResponse<String> r = get("/sdmx/data/INDUSTRY/M.output_value.ALL.ALL.value?startPeriod=2017", "application/vnd.sdmx.data+json;version=1.0.0");
        assertEquals(200, r.statusCode(), r::body);
        JsonNode j = s.json.readTree(r.body());
        JsonNode series = j.get("dataSets").get(0).get("series").get("0:0:0:0:0");
        JsonNode time = j.get("structure").get("dimensions").get("observation").get(0);
        assertEquals("TIME_PERIOD", time.get("id").asText());
        assertEquals(3, time.get("values").size());
        assertEquals("2017-02", time.get("values").get(1).get("id").asText());
        assertEquals(358, series.get("observations").get("1").get(0).asDouble(), 1e-9);
        JsonNode dims = j.get("structure").get("dimensions").get("series");
        assertEquals("REGION", dims.get(3).get("id").asText());
        assertEquals("China", dims.get(3).get("values").get(0).get("name").asText());
    }

    @Test
    void structureMessagesAndErrors() throws Exception {
        HttpResponse<String> cl = get("/sdmx/codelist/MOMENTUM/CL_INDUSTRY/latest", null);
        assertEquals(200, cl.statusCode());
        assertTrue(cl.body().contains("<str:Code id=\"3491\""), "classes are codes");
        assertTrue(cl.body().contains("xml:lang=\"zh\""), "names in Chinese too");
        HttpResponse<String> dsd = get("/sdmx/datastructure/MOMENTUM/DSD_INDUSTRY/1.0?references=children", null);
        assertTrue(dsd.body().contains("<str:Codelist id=\"CL_REGION\""), "children: the code lists");
        assertFalse(get("/sdmx/dataflow/MOMENTUM/INDUSTRY", null).body().contains("<str:Codelists>"), "no references by default");
        assertEquals(404, get("/sdmx/dataflow/ECB/EXR", null).statusCode());
        assertEquals(404, get("/sdmx/data/EXR/all", null).statusCode());
        HttpResponse<String> badKey = get("/sdmx/data/INDUSTRY/M.output_value", null);
        assertEquals(400, badKey.statusCode());
        assertTrue(badKey.body().contains("5 dimensions"), badKey.body());
        assertEquals(406, get("/sdmx/data/INDUSTRY/all", "application/vnd.sdmx.genericdata+xml;version=2.1").statusCode());
    }
}
