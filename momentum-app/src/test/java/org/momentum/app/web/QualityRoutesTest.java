package org.momentum.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.Main;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.intake.ImportService;
import org.momentum.classification.Period;
import org.momentum.store.AuditLog;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/** The review queue over HTTP: run, ranked flags, actions with reasons in the audit log, queries, sensitivity. */
class QualityRoutesTest {
    @TempDir static Path dir;
    static Database db;
    static Javalin app;
    static String base, inflated;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        assertEquals(0, Main.run("generate", "--enterprises", "1200", "--from", "2016-12", "--to", "2018-12", "--seed", "3", "--out", dir.toString()));
        ReferenceData ref = ReferenceData.shipped();
        db = Database.open("jdbc:duckdb:" + dir.resolve("q.duckdb"));
        ref.installIfEmpty(db);
        ImportService intake = new ImportService(db, ref, Period.of(2026, 11), "test");
        assertFalse(intake.importEnterprises(dir.resolve("enterprises.csv"), ReadOptions.strict(), Progress.NONE).refused());
        assertFalse(intake.importReports(dir.resolve("reports.csv"), ReadOptions.strict(), Progress.NONE).refused());
        // a revision file doubles one enterprise's output, sales and revenue of 2018-12
        List<String> rows = Files.readAllLines(dir.resolve("reports.csv"), StandardCharsets.UTF_8);
        for (String l : rows) {
            String[] f = l.split(",", -1);
            if (f[1].equals("2017-12") && f[2].equals("output_value")) { inflated = f[0]; break; }
        }
        List<String> rev = new ArrayList<>(List.of(rows.get(0)));
        for (String l : rows) {
            String[] f = l.split(",", -1);
            if (f[0].equals(inflated) && f[1].equals("2018-12") && List.of("output_value", "sales_value", "revenue").contains(f[2])) {
                f[3] = String.valueOf(Double.parseDouble(f[3]) * 2);
                rev.add(String.join(",", f));
            }
        }
        Files.write(dir.resolve("revision.csv"), rev, StandardCharsets.UTF_8);
        assertFalse(intake.importReports(dir.resolve("revision.csv"), ReadOptions.strict(), Progress.NONE).refused());
        app = new Server(db, ref).start("127.0.0.1", 0);
        analyst = TestAccounts.analyst(db, "analyst.li");
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (db != null) db.close();
    }

    private static String analyst;

    private static HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", analyst);
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody()) : b.method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        return json.readTree(r.body());
    }

    private static int audited(String action) throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_log WHERE action = ?")) {
            ps.setString(1, action);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void theReviewCycle() throws Exception {
        JsonNode run = ok(call("POST", "/api/quality/run?period=2018-12", null), 200);
        assertTrue(run.get("flagged_reports").asInt() >= 1 && run.get("flagged_reports").asInt() <= 40, run.toString());
        assertEquals(1, audited("quality.run"));

        JsonNode queue = ok(call("GET", "/api/quality/flags?period=2018-12", null), 200);
        double previous = 2;
        boolean found = false;
        for (JsonNode r : queue) {
            assertTrue(r.get("score").asDouble() <= previous && r.get("score").asDouble() >= 0.5);
            previous = r.get("score").asDouble();
            assertEquals("open", r.get("status").asText());
            assertTrue(r.get("flags").size() >= 1);
            if (r.get("enterprise_id").asText().equals(inflated)) found = true;
        }
        assertTrue(found, inflated + " is not in the queue");

        // a reason is required; the action must be known; only flagged reports are acted on
        assertEquals(400, call("POST", "/api/quality/actions", "{\"enterprise_id\":\"" + inflated + "\",\"period\":\"2018-12\",\"action\":\"query\"}").statusCode());
        assertEquals(400, call("POST", "/api/quality/actions", "{\"enterprise_id\":\"" + inflated + "\",\"period\":\"2018-12\",\"action\":\"ignore\",\"reason\":\"x\"}").statusCode());
        assertEquals(400, call("POST", "/api/quality/actions", "{\"enterprise_id\":\"NOPE\",\"period\":\"2018-12\",\"action\":\"accept\",\"reason\":\"x\"}").statusCode());

        JsonNode before = ok(call("GET", "/api/quality/sensitivity?period=2018-12", null), 200);
        ok(call("POST", "/api/quality/actions", "{\"enterprise_id\":\"" + inflated + "\",\"period\":\"2018-12\",\"action\":\"query\",\"reason\":\"output doubled while electricity did not\"}"), 201);
        assertEquals(1, audited("quality.query"));
        try (Connection c = db.connect()) {
            assertEquals("ok", AuditLog.verify(c) == null ? "ok" : AuditLog.verify(c));
        }

        JsonNode queries = ok(call("GET", "/api/quality/queries?enterprise_id=" + inflated, null), 200);
        assertEquals(1, queries.get("open_queries").size());
        assertEquals("output doubled while electricity did not", queries.get("open_queries").get(0).get("reason").asText());
        assertEquals("analyst.li", queries.get("open_queries").get(0).get("actor").asText());

        JsonNode after = ok(call("GET", "/api/quality/sensitivity?period=2018-12", null), 200);
        JsonNode all = after.get("rows").get(0);
        assertEquals("ALL", all.get("industry").asText());
        assertEquals(before.get("rows").get(0).get("yoy_pct_reported").asDouble(), all.get("yoy_pct_reported").asDouble(), 1e-12);
        assertTrue(all.get("value_reviewed").asDouble() < all.get("value_reported").asDouble(), all.toString());
        assertTrue(all.get("yoy_pp_difference").asDouble() < 0, all.toString());

        // a correction with its value replaces the query; the queue shows the latest action
        ok(call("POST", "/api/quality/actions", "{\"enterprise_id\":\"" + inflated + "\",\"period\":\"2018-12\",\"action\":\"correct\",\"reason\":\"confirmed by phone\",\"indicator\":\"output_value\",\"value\":1.0}"), 201);
        assertEquals(1, audited("quality.correct"));
        assertEquals(0, ok(call("GET", "/api/quality/queries?enterprise_id=" + inflated, null), 200).get("open_queries").size());
        for (JsonNode r : ok(call("GET", "/api/quality/flags?period=2018-12", null), 200))
            if (r.get("enterprise_id").asText().equals(inflated)) {
                assertEquals("correct", r.get("status").asText());
                assertEquals(2, r.get("actions").size());
            }
        JsonNode corrected = ok(call("GET", "/api/quality/sensitivity?period=2018-12", null), 200).get("rows").get(0);
        assertTrue(corrected.get("value_reviewed").asDouble() < corrected.get("value_reported").asDouble());

        String page = call("GET", "/quality?period=2018-12", null).body();
        assertTrue(page.contains(inflated) && (page.contains("inflation_evidence") || page.contains("energy_output")), page);
        assertFalse(page.contains("<script"));
        assertEquals(400, call("GET", "/api/quality/flags?period=2018-13", null).statusCode());
    }
}
