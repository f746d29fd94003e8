package org.momentum.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.EndToEndTest;
import org.momentum.app.TestFiles;
import org.momentum.app.TestPostgres;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.intake.ImportService;
import org.momentum.app.web.Server;
import org.momentum.classification.Period;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/** /api/health readiness, /metrics (requests by route, reports accepted and rejected, recomputation time), JSON request logs. */
class OperationsTest {
    @TempDir Path dir;
    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthMetricsAndLogsOnPostgres() throws Exception {
        ReferenceData ref = ReferenceData.shipped();
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        JsonLog.to(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try (Database db = Database.open(TestPostgres.newDatabase("ops"))) {
            ref.installIfEmpty(db);
            auth = org.momentum.app.web.TestAccounts.bearer(db, "ops", org.momentum.security.Role.ADMIN, java.util.Set.of(), java.util.Set.of());
            Javalin app = new Server(db, ref).start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + app.port();
            try {
                double accepted0 = metric(get(base + "/metrics").body(), "momentum_reports_accepted_total");
                double rejected0 = metric(get(base + "/metrics").body(), "momentum_reports_rejected_total");
                double recomputes0 = metric(get(base + "/metrics").body(), "momentum_recompute_seconds_count\\{scope=\"all\"\\}");

                ImportService intake = new ImportService(db, ref, Period.of(2026, 11), "test");
                intake.importEnterprises(TestFiles.write(dir, "e.csv", EndToEndTest.ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE);
                intake.importReports(TestFiles.write(dir, "r.csv", EndToEndTest.REPORTS_TEXT), ReadOptions.strict(), Progress.NONE);
                intake.importReports(TestFiles.write(dir, "bad.csv", "enterprise_id,period,indicator,value\nE1,2017-02,output_value,1\nE9,2017-02,output_value,2\n"),
                        ReadOptions.strict(), Progress.NONE);
                new IndicatorService(ref).recomputeAll(db, "test");

                HttpResponse<String> health = get(base + "/api/health");
                assertEquals(200, health.statusCode());
                JsonNode h = json.readTree(health.body());
                assertEquals("ok", h.get("status").asText());
                assertEquals("postgresql", h.get("database").asText());
                assertTrue(h.get("readiness").get("ready").asBoolean());
                assertTrue(h.get("readiness").get("database_reachable").asBoolean());
                assertEquals(0, h.get("readiness").get("pending_migrations").asInt());
                get(base + "/api/releases/999999");

                String metrics = get(base + "/metrics").body();
                assertEquals(5, metric(metrics, "momentum_reports_accepted_total") - accepted0, 1e-9, "the good file's five rows");
                assertEquals(2, metric(metrics, "momentum_reports_rejected_total") - rejected0, 1e-9, "both rows of the refused file");
                assertEquals(1, metric(metrics, "momentum_recompute_seconds_count\\{scope=\"all\"\\}") - recomputes0, 1e-9);
                assertTrue(metric(metrics, "http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/health\",status=\"200\"\\}") >= 1, metrics);
                assertTrue(metric(metrics, "http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/releases/\\{id\\}\",status=\"404\"\\}") >= 1,
                        "the route's pattern, not the raw path");
            } finally {
                app.stop();
            }
        } finally {
            JsonLog.to(System.err);
        }
        JsonNode line = logs.toString(StandardCharsets.UTF_8).lines().map(this::parse)
                .filter(n -> n.path("route").asText().equals("/api/health")).findFirst().orElseThrow();
        assertEquals("info", line.get("level").asText());
        assertEquals("http_request", line.get("event").asText());
        assertEquals(200, line.get("status").asInt());
        assertTrue(line.get("ms").isNumber());
        assertTrue(line.has("ts"));
    }

    @Test
    void notReadyWhenTheDatabaseIsGone() {
        Database db = Database.open("jdbc:duckdb:" + dir.resolve("gone.duckdb"));
        assertTrue(Readiness.check(db).ready());
        db.close();
        Readiness r = Readiness.check(db);
        assertFalse(r.ready());
        assertFalse(r.databaseReachable());
        assertTrue(r.problem().startsWith("database unreachable"), r.problem());
    }

    private JsonNode parse(String s) {
        try {
            return json.readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not a JSON log line: " + s, e);
        }
    }

    private String auth; // an administrator's token: /metrics is for operators

    private HttpResponse<String> get(String url) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (auth != null) b.header("Authorization", auth);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A sample's value in the Prometheus text format; 0 when absent. */
    static double metric(String text, String nameAndLabels) {
        Matcher m = Pattern.compile("(?m)^" + nameAndLabels + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
