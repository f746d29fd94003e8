package org.momentum.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.intake.ImportService;
import org.momentum.app.web.Server;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.dissemination.ReleaseStatus;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;
import org.momentum.synthetic.GeneratorSpec;

/**
 * The demo's last step on a small demo-like panel (400 enterprises, 2018-01..2018-06, output only, the demo's
 * seed) loaded as {@code momentum demo} loads it: the latest month is released and public at once, the JSON API
 * and SDMX serve the same numbers, and a second run releases nothing more.
 */
class DemoReleaseTest {
    static final ReferenceData REF = ReferenceData.shipped();

    @Test
    void theLatestMonthIsPublishedAndServed(@TempDir Path dir) throws Exception {
        GeneratorSpec spec = new GeneratorSpec(2000, Period.of(2018, 1), Period.of(2018, 6), GeneratorSpec.demo().seed(), Set.of("output_value"), true);
        PanelFiles.Written w = PanelFiles.generate(spec, dir.resolve("demo"), Progress.NONE);
        try (Database db = Database.open("jdbc:duckdb:" + dir.resolve("demo.duckdb"))) {
            REF.installIfEmpty(db);
            ImportService svc = new ImportService(db, REF, Period.of(2026, 1), "test");
            assertFalse(svc.importEnterprises(w.enterprises(), ReadOptions.strict(), Progress.NONE).refused());
            assertFalse(svc.importReports(w.reports(), ReadOptions.strict(), Progress.NONE).refused());
            new IndicatorService(REF).recomputeAll(db, "test");
            Thread.sleep(5); // the cut-off (now) strictly after the imports
            Release r = DemoRelease.publishLatest(db, REF, Clock.systemUTC(), "demo");
            assertNotNull(r);
            assertEquals(Period.of(2018, 6), r.period());
            assertEquals(ReleaseStatus.PUBLISHED, r.status());
            assertNull(DemoRelease.publishLatest(db, REF, Clock.systemUTC(), "demo"), "a second run releases nothing");
            assertEquals(1, Releases.all(db).size());
            // the demo's release gathers every capability's component (here no prices, targets or programmes: the outlook
            // and the board are empty, and nothing is served for them)
            try (java.sql.Connection c = db.connect(); java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT detail FROM audit_log WHERE action = 'release.create'")) {
                rs.next();
                org.junit.jupiter.api.Assertions.assertTrue(rs.getString(1).contains("components=indicators,seasonal_adjustment,outlook,targets,quality,disclosure"),
                        rs.getString(1));
            }

            Javalin app = new Server(db, REF, Clock.systemUTC(), 1000).start("127.0.0.1", 0);
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + app.port();
                JsonNode obs = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/series/output_value.ALL.ALL/observations")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                assertEquals(6, obs.get("count").asInt());
                HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(base + "/sdmx/data/INDUSTRY/M.output_value.ALL.ALL.value?format=csv")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, csv.statusCode(), csv::body);
                Map<String, Double> sdmx = new HashMap<>();
                for (String line : csv.body().split("\n")) {
                    String[] f = line.split(",", -1);
                    // a number withheld by disclosure control is empty with status C (f[9]); else it is A
                    if (!f[0].equals("DATAFLOW")) sdmx.put(f[6], f[7].isEmpty() && f[9].equals("C") ? Double.NaN : Double.parseDouble(f[7]));
                }
                assertEquals(6, sdmx.size());
                int shown = 0;
                for (JsonNode o : obs.get("observations")) {
                    // the same number, or the same withheld number (null value, C) on both sides
                    double json = o.get("value").isNull() ? Double.NaN : o.get("value").asDouble();
                    assertEquals(o.get("status").asText().equals("C"), Double.isNaN(json), o::toString);
                    assertEquals(json, sdmx.get(o.get("period").asText()), 1e-9);
                    if (!Double.isNaN(json)) shown++;
                }
                // 2,000 enterprises: with 400, the sparse provinces made the certified method take the national total as a complement
                assertEquals(6, shown, "the national total of 2,000 enterprises passes disclosure control every month");
            } finally {
                app.stop();
            }
        }
    }
}
