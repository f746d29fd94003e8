package org.momentum.app.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.store.AuditLog;

/**
 * Contract of the public API over three releases: 2017-02 (cut off after the first file), 2017-03 (after the
 * second, which revises February) and a correction of 2017-03 (after the third), each approved and published by
 * the server's scheduler when the test clock reaches its embargo time. Expected values are worked by hand from
 * the levels in {@link ReleaseScenario}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseApiTest {
    static final String ALL = "/api/series/output_value.ALL.ALL";

    ReleaseScenario s;
    Release r1, r2, r3;
    // what the public saw while release 1 was a draft, then approved but embargoed
    JsonNode draftSeries, draftReleases, embargoedReleases, embargoedRelease;
    HttpResponse<String> embargoedObservations, embargoedFutureAsOf;
    JsonNode beforeCorrectionReleases;

    @BeforeAll
    void publishThreeReleases(@TempDir Path dir) throws Exception {
        s = new ReleaseScenario(dir);
        Release d1 = s.service().create(Period.of(2017, 2), s.afterFile1, s.clock.instant().plusSeconds(3600), 0, null, "analyst").release();
        draftSeries = s.get("/api/series");
        draftReleases = s.get("/api/releases");
        Release a1 = org.momentum.store.Releases.approve(s.db, d1.id(), "publisher", null, s.clock.instant());
        Thread.sleep(100); // several scheduler ticks before the embargo time: none may publish
        embargoedReleases = s.get("/api/releases");
        embargoedRelease = s.get("/api/releases/" + a1.id());
        embargoedObservations = s.request(ALL + "/observations");
        embargoedFutureAsOf = s.request(ALL + "/observations?as_of=2999-01-01T00:00:00Z");
        r1 = s.publishAtEmbargo(a1);
        r2 = s.publishAtEmbargo(s.approved(Period.of(2017, 3), s.afterFile2, 0, null));
        Release a3 = s.approved(Period.of(2017, 3), s.afterFile3, r2.id(), "late revision of an enterprise's March report");
        beforeCorrectionReleases = s.get("/api/releases");
        r3 = s.publishAtEmbargo(a3);
    }

    @AfterAll
    void stop() { s.close(); }

    static double value(JsonNode obs, String period) {
        for (JsonNode o : obs.get("observations")) if (o.get("period").asText().equals(period)) return o.get("value").isNull() ? Double.NaN : o.get("value").asDouble();
        throw new AssertionError("no observation " + period + " in " + obs);
    }

    static boolean has(JsonNode obs, String period) {
        for (JsonNode o : obs.get("observations")) if (o.get("period").asText().equals(period)) return true;
        return false;
    }

    @Test
    void embargo() throws Exception {
        assertEquals(0, draftSeries.get("count").asInt(), "a draft publishes nothing");
        assertEquals(0, draftReleases.get("count").asInt(), "a draft is not even on the calendar");
        JsonNode cal = embargoedReleases.get("releases").get(0);
        assertEquals("scheduled", cal.get("status").asText());
        assertEquals("2017-02", cal.get("period").asText());
        assertTrue(cal.get("published_at").isNull());
        assertTrue(cal.get("cutoff").isNull());
        assertFalse(embargoedRelease.has("observations"), "nothing of an embargoed release's content");
        assertEquals(404, embargoedObservations.statusCode());
        assertEquals(404, embargoedFutureAsOf.statusCode(), "as_of in the future is now");
        // the correction, approved but embargoed, shows neither its reason nor what it corrects
        JsonNode scheduled = null;
        for (JsonNode r : beforeCorrectionReleases.get("releases")) if (r.get("status").asText().equals("scheduled")) scheduled = r;
        assertEquals(2, scheduled.get("version").asInt());
        assertTrue(scheduled.get("reason").isNull());
        assertTrue(scheduled.get("correction_of").isNull());
        // published by the scheduler at the embargo time, without a restart
        assertEquals(r1.embargoAt(), r1.publishedAt());
        assertEquals("scheduler", r1.publishedBy());
        assertEquals(354.0, value(s.get(ALL + "/observations?as_of=" + r1.publishedAt()), "2017-02"));
        assertEquals(404, s.request(ALL + "/observations?as_of=" + r1.publishedAt().minusNanos(1000)).statusCode(), "nothing just before");
    }

    @Test
    void asOfAnswersWithWhatWasPublicThen() throws Exception {
        JsonNode atR1 = s.get(ALL + "/observations?as_of=" + r1.publishedAt());
        assertEquals(354.0, value(atR1, "2017-02"), "release 1 was cut off before the revision of February");
        assertFalse(has(atR1, "2017-03"));
        assertEquals(r1.id(), atR1.get("observations").get(13).get("release").asLong());
        JsonNode atR2 = s.get(ALL + "/observations?as_of=" + r2.publishedAt().plusSeconds(1));
        assertEquals(358.0, value(atR2, "2017-02"));
        assertEquals(382.0, value(atR2, "2017-03"));
        JsonNode now = s.get(ALL + "/observations");
        assertEquals(392.0, value(now, "2017-03"), "the correction");
        assertEquals(358.0, value(now, "2017-02"));
        assertEquals(300.0, value(now, "2016-01"));
        JsonNode jan16 = now.get("observations").get(0);
        assertEquals("2016-01-01", jan16.get("date").asText());
        assertEquals(ReleaseRoutesTime.of(r1.publishedAt()), jan16.get("realtime_start").asText(), "unchanged since release 1");
        assertTrue(jan16.get("realtime_end").isNull());
        // as of release 1 the revision had not happened yet: February's real-time period is open then (vintages show its end)
        assertTrue(atR1.get("observations").get(13).get("realtime_end").isNull());
    }

    @Test
    void vintagesListEveryRevisionWithItsRelease() throws Exception {
        JsonNode v = s.get(ALL + "/vintages?observation_start=2017-02");
        List<String> seen = new ArrayList<>();
        for (JsonNode o : v.get("vintages")) seen.add(o.get("period").asText() + "=" + o.get("value").asDouble() + "@" + o.get("release").asLong());
        assertEquals(List.of("2017-02=354.0@" + r1.id(), "2017-02=358.0@" + r2.id(), "2017-03=382.0@" + r2.id(), "2017-03=392.0@" + r3.id()), seen);
        JsonNode corr = v.get("vintages").get(3);
        assertEquals("late revision of an enterprise's March report", corr.get("reason").asText());
        assertEquals(r2.id(), corr.get("correction_of").asLong());
        assertEquals(2, corr.get("release_version").asInt());
        assertEquals(ReleaseRoutesTime.of(r2.publishedAt()), v.get("vintages").get(0).get("realtime_end").asText());
        assertEquals(3, v.get("vintage_dates").size());
        String csv = s.request(ALL + "/vintages?observation_start=2017-03&format=csv").body();
        assertEquals("period,value,status,realtime_start,realtime_end,release,version,correction_of,reason", csv.lines().findFirst().orElseThrow());
        assertTrue(csv.contains("2017-03,392,A," + ReleaseRoutesTime.of(r3.publishedAt()) + ",," + r3.id() + ",2," + r2.id()
                + ",late revision of an enterprise's March report"), csv);
    }

    @Test
    void eachUnitsTransformationByHand() throws Exception {
        // levels now: 2016-03 320, 2017-02 358, 2017-03 392
        String q = ALL + "/observations?observation_start=2017-03&observation_end=2017-03&units=";
        assertEquals(392.0, value(s.get(q + "lin"), "2017-03"), 1e-9);
        assertEquals(34.0, value(s.get(q + "chg"), "2017-03"), 1e-9);                  // 392 − 358
        assertEquals(72.0, value(s.get(q + "ch1"), "2017-03"), 1e-9);                  // 392 − 320
        assertEquals(9.49720670391061, value(s.get(q + "pch"), "2017-03"), 1e-9);      // (392/358 − 1)·100
        assertEquals(22.5, value(s.get(q + "pc1"), "2017-03"), 1e-9);                  // (392/320 − 1)·100
        assertEquals(197.05473853884303, value(s.get(q + "pca"), "2017-03"), 1e-9);    // ((392/358)^12 − 1)·100
        assertEquals(9.072885338976189, value(s.get(q + "cch"), "2017-03"), 1e-9);     // (ln 392 − ln 358)·100
        assertEquals(108.87462406771427, value(s.get(q + "cca"), "2017-03"), 1e-9);    // (ln 392 − ln 358)·100·12
        assertEquals(5.971261839790462, value(s.get(q + "log"), "2017-03"), 1e-9);     // ln 392
        JsonNode first = s.get(ALL + "/observations?units=pc1&observation_end=2016-12");
        assertEquals(12, first.get("count").asInt());
        assertTrue(first.get("observations").get(0).get("value").isNull(), "no year-ago value in 2016: undefined");
        // units on a past vintage: pch of February as of release 1 = (354/350 − 1)·100
        assertEquals((354.0 / 350 - 1) * 100, value(s.get(ALL + "/observations?units=pch&as_of=" + r1.publishedAt()), "2017-02"), 1e-9);
    }

    @Test
    void frequencyAggregation() throws Exception {
        JsonNode avg = s.get(ALL + "/observations?frequency=q");
        List<String> periods = new ArrayList<>();
        for (JsonNode o : avg.get("observations")) periods.add(o.get("period").asText());
        assertEquals(List.of("2016-Q1", "2016-Q2", "2016-Q3", "2016-Q4", "2017-Q1"), periods);
        assertEquals(304.6666666666667, value(avg, "2016-Q1"), 1e-9);   // (300 + 294 + 320) / 3
        assertEquals(366.6666666666667, value(avg, "2017-Q1"), 1e-9);   // (350 + 358 + 392) / 3
        assertEquals("2017-01-01", avg.get("observations").get(4).get("date").asText());
        JsonNode sum = s.get(ALL + "/observations?frequency=q&aggregation_method=sum");
        assertEquals(1170.0, value(sum, "2016-Q4"), 1e-9);              // 370 + 390 + 410
        JsonNode eop = s.get(ALL + "/observations?frequency=q&aggregation_method=eop");
        assertEquals(410.0, value(eop, "2016-Q4"), 1e-9);
        JsonNode year = s.get(ALL + "/observations?frequency=a&aggregation_method=sum");
        assertEquals(1, year.get("count").asInt(), "2017 has three months and is the last year: left out");
        assertEquals(4154.0, value(year, "2016"), 1e-9);
        // aggregation first, then units: 2017-Q1 average on 2016-Q1 average
        assertEquals(20.350109409190374, value(s.get(ALL + "/observations?frequency=q&units=pc1"), "2017-Q1"), 1e-9);
        // as of release 1, 2017-Q1 had two months and was the last quarter: left out
        assertFalse(has(s.get(ALL + "/observations?frequency=q&as_of=" + r1.publishedAt()), "2017-Q1"));
        JsonNode halves = s.get(ALL + "/observations?frequency=sa&observation_start=2016-07-01&observation_end=2016-12-31");
        assertEquals(1, halves.get("count").asInt());
        assertEquals((343 + 360 + 367 + 370 + 390 + 410) / 6.0, value(halves, "2016-H2"), 1e-9);
    }

    @Test
    void publicationRulesAndTheOtherNumbersOfAnIndicator() throws Exception {
        JsonNode yoy = s.get(ALL + ".yoy_pct/observations");
        assertEquals(1, yoy.get("count").asInt(), "January and February growth is not published; 2016 has no base");
        assertEquals(22.5, value(yoy, "2017-03"), 1e-9);                      // comparable basis: (392 / 320 − 1)·100
        assertEquals("Percent", yoy.get("series_units").asText());
        JsonNode ytd = s.get(ALL + ".ytd_yoy_pct/observations?observation_start=2017-02&observation_end=2017-02");
        assertEquals(((350.0 + 358) / (300 + 294) - 1) * 100, value(ytd, "2017-02"), 1e-9); // January–February year to date
        JsonNode bj = s.get("/api/series/output_value.34.ALL.contribution_pp/observations");
        assertEquals((132 - 110) / 320.0 * 100, value(bj, "2017-03"), 1e-9); // division 34 (E1): (132 − 110) / 320 · 100
        HttpResponse<String> notYet = s.request(ALL + ".yoy_pct/observations?as_of=" + r1.publishedAt());
        assertEquals(404, notYet.statusCode(), "the growth series was first published by release 2");
    }

    @Test
    void seriesSearchAndNames() throws Exception {
        JsonNode all = s.get("/api/series?measure=output_value&industry=ALL&region=ALL");
        Set<String> ids = new HashSet<>();
        for (JsonNode x : all.get("series")) ids.add(x.get("id").asText());
        assertEquals(Set.of("output_value.ALL.ALL", "output_value.ALL.ALL.enterprises", "output_value.ALL.ALL.yoy_pct",
                "output_value.ALL.ALL.ytd_value", "output_value.ALL.ALL.ytd_yoy_pct",
                "output_value.ALL.ALL.response_pct", "output_value.ALL.ALL.flagged_pct"), ids); // the release's quality indicators
        JsonNode sh = s.get("/api/series?search=上海%20工业总产值&variable=value");
        assertTrue(sh.get("count").asInt() >= 1);
        for (JsonNode x : sh.get("series")) assertEquals("310000", x.get("region").asText(), x.toString());
        JsonNode en = s.get("/api/series?search=shanghai&variable=value&industry=ALL");
        assertEquals(1, en.get("count").asInt());
        JsonNode one = en.get("series").get(0);
        assertEquals("output_value.ALL.310000", one.get("id").asText());
        assertEquals("Shanghai", one.get("region_name").asText());
        assertEquals("上海市", one.get("region_name_zh").asText());
        assertEquals("全部工业", one.get("industry_name_zh").asText());
        assertEquals("Monthly", one.get("frequency").asText());
        assertEquals(r1.id(), one.get("first_release").asLong());
        JsonNode robots = s.get("/api/series?search=机器人&variable=value");
        assertEquals(1, robots.get("count").asInt(), robots.toString());
        assertEquals("output_value.3491.ALL", robots.get("series").get(0).get("id").asText());
        JsonNode page = s.get("/api/series?limit=2&offset=1");
        assertEquals(2, page.get("series").size());
        assertTrue(page.get("count").asInt() > 2);
        JsonNode early = s.get("/api/series?variable=yoy_pct&as_of=" + r1.publishedAt());
        assertEquals(0, early.get("count").asInt());
        JsonNode meta = s.get("/api/series/output_value.ALL.ALL.yoy_pct");
        assertEquals(r2.id(), meta.get("first_release").asLong());
        assertTrue(meta.get("title").asText().startsWith("Gross industrial output value"), meta.toString());
        String csv = s.request("/api/series?search=shanghai&industry=ALL&variable=value&format=csv").body();
        assertEquals("id,title,title_zh,measure,industry,region,variable,units,units_zh,frequency,last_updated", csv.lines().findFirst().orElseThrow());
        assertTrue(csv.lines().skip(1).findFirst().orElseThrow().startsWith("output_value.ALL.310000,"), csv);
    }

    @Test
    void observationsAsCsv() throws Exception {
        HttpResponse<String> r = s.request(ALL + "/observations?observation_start=2017-02&format=csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertEquals("date,period,value,status,realtime_start,realtime_end,release", lines.get(0));
        assertEquals("2017-02-01,2017-02,358,A," + ReleaseRoutesTime.of(r2.publishedAt()) + ",," + r2.id(), lines.get(1));
        assertEquals("2017-03-01,2017-03,392,A," + ReleaseRoutesTime.of(r3.publishedAt()) + ",," + r3.id(), lines.get(2));
        assertEquals(3, lines.size());
    }

    @Test
    void releasesAndTheCalendar() throws Exception {
        JsonNode list = s.get("/api/releases");
        assertEquals(3, list.get("count").asInt());
        JsonNode third = list.get("releases").get(2);
        assertEquals(r3.id(), third.get("id").asLong());
        assertEquals("published", third.get("status").asText());
        assertEquals(r2.id(), third.get("correction_of").asLong());
        assertEquals("Industrial production, March 2017", third.get("title").asText());
        assertEquals("2017年1–2月工业生产", list.get("releases").get(0).get("title_zh").asText());
        JsonNode one = s.get("/api/releases/" + r3.id());
        // the correction revised E2's March: it publishes again only the March cells E2 is in (31 numbers), nothing of Beijing
        assertEquals(31, one.get("observations_count").asInt(), one.toString());
        for (JsonNode o : one.get("observations")) {
            assertEquals("2017-03", o.get("period").asText());
            String id = o.get("series_id").asText();
            assertFalse(id.contains(".110000") || id.contains(".34.") || id.contains(".3491."), id);
        }
        assertTrue(one.toString().contains("{\"series_id\":\"output_value.ALL.ALL\",\"period\":\"2017-03\",\"value\":392.0,\"status\":\"A\"}"));
        String csv = s.request("/api/releases?format=csv").body();
        assertTrue(csv.startsWith("id,period,version,status,embargo_at,published_at,correction_of,reason\n"), csv);
        String html = s.request("/releases?lang=zh").body();
        assertTrue(html.contains("发布日程"));
        assertTrue(html.contains("late revision of an enterprise&#39;s March report"), "reason shown, escaped");
        assertTrue(s.request("/releases").body().contains("Industrial production, January–February 2017"));
        assertEquals(404, s.request("/api/releases/999").statusCode());
    }

    @Test
    void badParametersAre400WithAClearMessage() throws Exception {
        String[][] cases = {
                {ALL + "/observations?units=pct", "units 'pct' is not one of lin, chg, ch1, pch, pc1, pca, cch, cca, log"},
                {ALL + "/observations?frequency=w", "frequency 'w' is not one of m, q, sa, a"},
                {ALL + "/observations?aggregation_method=median", "aggregation_method 'median' is not one of avg, sum, eop"},
                {ALL + "/observations?observation_start=2017-13", "observation_start: '2017-13' is not a month YYYY-MM or a date YYYY-MM-DD"},
                {ALL + "/observations?observation_start=2017-05&observation_end=2017-01", "observation_start is after observation_end"},
                {ALL + "/observations?as_of=yesterday", "as_of: 'yesterday' is not an ISO date-time"},
                {ALL + "/observations?unit=pch", "unknown parameter 'unit'; this route takes aggregation_method, as_of, format, frequency, observation_end, observation_start, units"},
                {ALL + "/observations?format=xml", "format: 'xml' is not json, csv or xlsx"},
                {"/api/series/output_value.ALL/observations", "id: series id 'output_value.ALL' is not measure.industry.region[.variable]"},
                {"/api/series?limit=0", "limit: 0 is not between 1 and 100000"},
                {"/api/releases/abc", "id: 'abc' is not a release number"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = s.request(c[0].replace(" ", "%20"));
            assertEquals(400, r.statusCode(), c[0] + " -> " + r.body());
            String msg = s.json.readTree(r.body()).get("error").asText();
            assertTrue(msg.startsWith(c[1]), c[0] + " -> " + msg);
        }
        HttpResponse<String> missing = s.request("/api/series/output_value.ALL.990000/observations");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("series output_value.ALL.990000 was not published"), missing.body());
    }

    @Test
    void everyApiRouteIsInTheOpenApiDocument() throws Exception {
        JsonNode doc = s.get("/api/openapi.json");
        assertEquals("3.0.3", doc.get("openapi").asText());
        Set<String> documented = new HashSet<>();
        doc.get("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> registered = new HashSet<>();
        for (var e : s.app.unsafe.internalRouter.allHttpHandlers())
            // every /api route, and the pages the document describes too (the press release) must be registered
            if (e.endpoint.path.startsWith("/api") || documented.contains(e.endpoint.path)) registered.add(e.endpoint.path);
        assertTrue(registered.size() >= 10, registered.toString());
        assertEquals(registered, documented);
        // every parameter a route accepts is described
        JsonNode obs = doc.get("paths").get("/api/series/{id}/observations").get("get");
        Set<String> params = new HashSet<>();
        for (JsonNode p : obs.get("parameters")) params.add(p.get("name").asText());
        assertEquals(Set.of("id", "units", "frequency", "aggregation_method", "observation_start", "observation_end", "as_of", "format"), params);
        List<String> units = new ArrayList<>();
        for (Iterator<JsonNode> it = obs.get("parameters").get(1).get("schema").get("enum").elements(); it.hasNext(); ) units.add(it.next().asText());
        assertEquals(List.of("lin", "chg", "ch1", "pch", "pc1", "pca", "cch", "cca", "log"), units);
        String page = s.request("/api/docs").body();
        assertTrue(page.contains("/api/series/{id}/observations") && page.contains("aggregation_method"));
    }

    @Test
    void everyStepIsAudited() throws Exception {
        try (var c = s.db.connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT action, actor FROM audit_log WHERE entity = 'release' ORDER BY seq")) {
            List<String> a = new ArrayList<>();
            while (rs.next()) a.add(rs.getString(1) + ":" + rs.getString(2));
            assertEquals(List.of("release.create:analyst", "release.approve:publisher", "release.publish:scheduler",
                    "release.create:analyst", "release.approve:publisher", "release.publish:scheduler",
                    "release.create:analyst", "release.approve:publisher", "release.publish:scheduler"), a);
            assertNull(AuditLog.verify(c));
        }
    }

    /** The API shows instants in China time with their offset. */
    static final class ReleaseRoutesTime {
        static String of(Instant t) { return t.atZone(java.time.ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString(); }
    }
}
