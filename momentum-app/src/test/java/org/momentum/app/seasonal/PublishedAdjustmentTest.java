package org.momentum.app.seasonal;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.Main;
import org.momentum.app.demo.PanelFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.intake.ImportService;
import org.momentum.app.web.Server;
import org.momentum.classification.Period;
import org.momentum.seasonal.AdjustmentSpec;
import org.momentum.store.AdjustedSeries;
import org.momentum.store.AuditLog;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.synthetic.GeneratorSpec;

/** The compute step adjusts every published level series of a small generated panel, stores and serves it. */
class PublishedAdjustmentTest {
    @TempDir Path dir;
    final ReferenceData ref = ReferenceData.shipped();

    private Database loaded(String name) throws Exception {
        PanelFiles.Written w = PanelFiles.generate(GeneratorSpec.of(30, Period.of(2015, 1), Period.of(2018, 12), 5L)
                .withIndicators(Set.of("output_value", "employment")), dir.resolve("panel"), Progress.NONE);
        Database db = Database.open("jdbc:duckdb:" + dir.resolve(name));
        ref.installIfEmpty(db);
        ImportService s = new ImportService(db, ref, Period.of(2026, 11), "test");
        assertFalse(s.importEnterprises(w.enterprises(), ReadOptions.strict(), Progress.NONE).refused());
        assertFalse(s.importReports(w.reports(), ReadOptions.strict(), Progress.NONE).refused());
        new IndicatorService(ref).recomputeAll(db, "test");
        return db;
    }

    @Test void everyPublishedLevelSeriesIsAdjustedStoredAndServed() throws Exception {
        try (Database db = loaded("a.duckdb")) {
            PublishedAdjustment pa = new PublishedAdjustment(ref, ChinaCalendar.shipped());
            assertEquals(List.of("output_value"), pa.measures(db));           // employment is a stock: not adjusted
            PublishedAdjustment.Summary s = pa.adjustAll(db, AdjustmentSpec.chinaDefault(), "test", 2, Progress.NONE);
            int cells = 0, full = 0;
            for (AdjustedSeries.Levels l : AdjustedSeries.levels(db, List.of("output_value"))) {
                cells++;
                AdjustedSeries.Header h = AdjustedSeries.header(db, l.key());
                assertNotNull(h, l.key().toString());                      // every cell has a row: adjusted or skipped with a reason
                boolean long48 = l.periods().length == 48;
                if (long48) full++;
                if (h.status().equals("skipped")) {
                    assertNotNull(h.reason());
                    assertFalse(long48 && h.reason().contains("consecutive"), h.reason());
                } else {
                    var obs = AdjustedSeries.observations(db, l.key(), Period.of(1900, 1), Period.of(2999, 12));
                    assertTrue(obs.size() >= 36);
                    for (var o : obs) {
                        if (h.mode().equals("multiplicative")) assertEquals(o.value(), o.sa() * o.seasonal() * o.calendar(), 1e-6 * Math.abs(o.value()) + 1e-9);
                        else assertEquals(o.value(), o.sa() + o.seasonal() + o.calendar(), 1e-6 * Math.abs(o.value()) + 1e-9);
                    }
                }
            }
            assertEquals(cells, s.adjusted() + s.skipped());
            assertTrue(s.adjusted() >= full / 2 && s.adjusted() > 5, s.toString());
            AdjustedSeries.Header all = AdjustedSeries.header(db, new AdjustedSeries.Key("output_value", "ALL", "ALL"));
            assertEquals("adjusted", all.status());
            assertEquals("X13", all.method());
            assertEquals("RSA4", all.spec());
            assertTrue(all.regressors().startsWith("sf "), all.regressors());
            assertTrue(AuditLog.recorded(db, "seasonal.adjust"));

            // a release of 2018-12 publishes the same adjustment as series of their own (output_value.ALL.ALL.sa, …)
            var panel = new IndicatorService(ref).panelFromStore(db, Period.of(2015, 1), Period.of(2018, 12));
            var ctx = new org.momentum.app.releases.ReleaseContext(Period.of(2018, 12), java.time.Instant.now(), panel, null,
                    new org.momentum.indicators.IndicatorEngine().compute(panel, null), db, ref);
            List<org.momentum.dissemination.ReleaseObservation> published = new java.util.ArrayList<>();
            new AdjustmentComponent().contribute(ctx, published::add);
            var stored = AdjustedSeries.observations(db, new AdjustedSeries.Key("output_value", "ALL", "ALL"), Period.of(1900, 1), Period.of(2999, 12));
            var saPublished = published.stream().filter(o -> o.series().id().equals("output_value.ALL.ALL.sa")).toList();
            assertEquals(48, saPublished.size());
            for (int k = 0; k < 48; k++) {
                assertEquals(stored.get(k).period(), saPublished.get(k).period());
                assertEquals(stored.get(k).sa(), saPublished.get(k).value(), 1e-9 * stored.get(k).sa());
            }
            assertEquals(47, published.stream().filter(o -> o.series().id().equals("output_value.ALL.ALL.sa_mom_pct")).count());
            assertTrue(published.stream().noneMatch(o -> o.series().measure().equals("employment")));

            auth = org.momentum.app.web.TestAccounts.analyst(db, "analyst"); // working data: staff only
            Javalin app = new Server(db, ref).start("127.0.0.1", 0);
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + app.port() + "/api/adjusted";
                HttpResponse<String> r = get(http, base + "?measure=output_value&industry=ALL&region=ALL&from=2016-01");
                assertEquals(200, r.statusCode(), r.body());
                JsonNode j = new ObjectMapper().readTree(r.body());
                assertEquals("adjusted", j.get("status").asText());
                assertEquals(36, j.get("observations").size());
                JsonNode o = j.get("observations").get(12);
                assertEquals("2017-01", o.get("period").asText());
                double sa = o.get("sa").asDouble(), prev = j.get("observations").get(11).get("sa").asDouble();
                assertEquals((sa / prev - 1) * 100, o.get("sa_mom_pct").asDouble(), 1e-9);
                assertFalse(o.get("estimated").asBoolean());
                assertTrue(j.get("diagnostics").has("q"));
                assertEquals(404, get(http, base + "?measure=employment").statusCode());
                HttpResponse<String> page = get(http, "http://127.0.0.1:" + app.port() + "/adjusted?measure=output_value&industry=ALL&region=ALL");
                assertEquals(200, page.statusCode());
                assertTrue(page.body().contains("<polyline") && page.body().contains("<td>2018-12</td>"), page.body());
                assertTrue(page.body().contains("X13 RSA4"), page.body());
                assertEquals(400, get(http, base + "?region=999999").statusCode());
                assertEquals(400, get(http, base + "?from=2016-13").statusCode());
            } finally {
                app.stop();
            }
        }
        // the command line: compute, then adjust with the options given
        String url = "jdbc:duckdb:" + dir.resolve("a.duckdb");
        assertEquals(0, Main.run("compute", "--db", url, "--adjust-method", "tramoseats", "--adjust-spec", "RSA5"));
        try (Database db = Database.open(url); Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(method), MIN(spec) FROM adjusted_series WHERE status = 'adjusted'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertTrue(rs.getInt(1) > 5);
            assertEquals("TRAMOSEATS", rs.getString(2));
            assertEquals("RSA5", rs.getString(3));
        }
        AdjustedSeries.Header first;
        try (Database db = Database.open(url)) {
            first = AdjustedSeries.header(db, new AdjustedSeries.Key("output_value", "ALL", "ALL"));
        }
        // the next release keeps each stored model and its coefficients
        assertEquals(0, Main.run("compute", "--db", url, "--adjust-method", "tramoseats", "--adjust-spec", "RSA5", "--revision-policy", "fixed"));
        try (Database db = Database.open(url)) {
            AdjustedSeries.Header next = AdjustedSeries.header(db, new AdjustedSeries.Key("output_value", "ALL", "ALL"));
            assertEquals("fixed", next.policy());
            assertEquals(first.arima(), next.arima());
            assertEquals(first.outliers(), next.outliers());
            assertEquals(first.model(), next.model());                   // nothing re-estimated
            assertNull(next.notes());
        }
        assertEquals(2, Main.run("compute", "--db", url, "--adjust-spec", "RSA9"));
        assertEquals(2, Main.run("compute", "--db", url, "--revision-policy", "sometimes"));
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String auth;

}
