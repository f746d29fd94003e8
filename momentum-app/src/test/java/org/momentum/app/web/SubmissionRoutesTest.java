package org.momentum.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.intake.ImportService;
import org.momentum.app.security.AccountService;
import org.momentum.classification.Period;
import org.momentum.security.Role;
import org.momentum.store.AuditLog;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/** POST /api/reports and its reads, over HTTP on a real server: who may submit, the import's rules, revisions, idempotency. */
class SubmissionRoutesTest {
    @TempDir Path dir;
    Database db;
    Javalin app;
    String base, reporter, admin, analyst, readOnly;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    protected String newDatabaseUrl(String name) { return "jdbc:duckdb:" + dir.resolve(name + ".duckdb"); }

    @BeforeEach
    void start() throws Exception {
        ReferenceData ref = ReferenceData.shipped();
        db = Database.open(newDatabaseUrl("submit"));
        ref.installIfEmpty(db);
        Files.writeString(dir.resolve("enterprises.csv"), """
                enterprise_id,name,industry,region,size,scope_from,scope_to
                S1,甲钢铁,3120,130102,large,2010-01,
                S2,乙钢铁,3120,130103,large,2010-01,
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("reports.csv"), """
                enterprise_id,period,indicator,value,prev_year_value
                S1,2018-11,output_value,90,80
                S1,2018-11,sales_value,85,
                """, StandardCharsets.UTF_8);
        ImportService intake = new ImportService(db, ref, Period.of(2026, 11), "test");
        assertFalse(intake.importEnterprises(dir.resolve("enterprises.csv"), ReadOptions.strict(), Progress.NONE).refused());
        assertFalse(intake.importReports(dir.resolve("reports.csv"), ReadOptions.strict(), Progress.NONE).refused());
        reporter = TestAccounts.bearer(db, "s1.reporter", Role.REPORTER, Set.of("S1"), Set.of());
        admin = TestAccounts.bearer(db, "admin.wang", Role.ADMIN, Set.of(), Set.of());
        analyst = TestAccounts.analyst(db, "analyst.li");
        readOnly = "Bearer " + new AccountService(db, Clock.systemUTC()).createToken("test", "s1.reporter", "read", Duration.ofDays(1));
        app = new Server(db, ref).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterEach
    void stop() {
        if (app != null) app.stop();
        if (db != null) db.close();
    }

    HttpResponse<String> post(String auth, String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/reports")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", auth);
        if (key != null) b.header("Idempotency-Key", key);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String auth, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode body(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        return json.readTree(r.body());
    }

    static String report(String id, String period, double output, double sales) {
        return "{\"enterprise_id\":\"" + id + "\",\"period\":\"" + period + "\",\"rows\":["
                + "{\"indicator\":\"output_value\",\"value\":" + output + ",\"prev_year_value\":null},"
                + "{\"indicator\":\"sales_value\",\"value\":" + sales + "}],\"explanation\":\"monthly report\"}";
    }

    long count(String sql, Object... args) throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The field → reason map of a 4xx answer. */
    Map<String, String> errors(JsonNode b) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (JsonNode e : b.get("errors")) m.put(e.get("field").asText(), e.get("reason").asText());
        return m;
    }

    @Test
    void onlyTheEnterprisesOwnReporterOrAnAdministratorSubmits() throws Exception {
        assertEquals(401, post(null, null, report("S1", "2018-12", 100, 90)).statusCode());
        assertEquals(403, post(analyst, null, report("S1", "2018-12", 100, 90)).statusCode());
        assertEquals(403, post(readOnly, null, report("S1", "2018-12", 100, 90)).statusCode());
        JsonNode other = body(post(reporter, null, report("S2", "2018-12", 100, 90)), 403);
        assertEquals("enterprise_id", other.get("errors").get(0).get("field").asText());
        assertEquals(0, count("SELECT count(*) FROM report WHERE period = '2018-12'"));
        body(post(admin, null, report("S2", "2018-12", 100, 90)), 201);
        // reads: own enterprise only
        assertEquals(403, get(reporter, "/api/reports/S2/2018-12").statusCode());
        assertEquals(403, get(analyst, "/api/reports/S1/2018-11").statusCode());
        JsonNode rows = body(get(reporter, "/api/reports/S1/2018-11"), 200).get("rows");
        assertEquals(2, rows.size());
        assertEquals("output_value", rows.get(0).get("indicator").asText());
        assertEquals(90.0, rows.get(0).get("value").asDouble());
        assertEquals(80.0, rows.get(0).get("prev_year_value").asDouble());
        assertTrue(rows.get(1).get("prev_year_value").isNull());
    }

    @Test
    void aReportIsAppliedWithARevisionAndAnAuditedReceipt() throws Exception {
        JsonNode first = body(post(reporter, null, report("S1", "2018-12", 100, 90)), 201);
        assertTrue(first.get("receipt").asText().startsWith("rcpt_"));
        assertEquals("S1", first.get("enterprise_id").asText());
        assertEquals("2018-12", first.get("period").asText());
        assertEquals(2, first.get("rows").asInt());
        assertEquals(0, first.get("revised").asInt());
        assertEquals(0, first.get("unchanged").asInt());
        // the previous month as imported: output revised, sales unchanged
        JsonNode rev = body(post(reporter, null, report("S1", "2018-11", 95, 85)), 201);
        assertEquals(1, rev.get("revised").asInt());
        assertEquals(1, rev.get("unchanged").asInt());
        assertEquals(1, count("SELECT count(*) FROM report_history WHERE enterprise_id = 'S1' AND period = '2018-11' AND indicator = 'output_value' AND value = 90"));
        assertEquals(1, count("SELECT count(*) FROM report WHERE enterprise_id = 'S1' AND period = '2018-11' AND indicator = 'output_value' AND value = 95 AND revision = 2 AND prev_year_value IS NULL"));
        // identical again: nothing changes
        JsonNode same = body(post(reporter, null, report("S1", "2018-11", 95, 85)), 201);
        assertEquals(0, same.get("revised").asInt());
        assertEquals(2, same.get("unchanged").asInt());
        assertEquals(1, count("SELECT count(*) FROM report_history WHERE enterprise_id = 'S1' AND period = '2018-11'"));
        assertEquals(4, count("SELECT count(*) FROM report WHERE enterprise_id = 'S1'"));

        assertEquals(3, count("SELECT count(*) FROM audit_log WHERE action = 'report.submit' AND actor = 's1.reporter'"));
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'report.submit' AND detail LIKE ?",
                "%output_value: 90.0 (prev_year_value 80.0) -> 95.0 (prev_year_value empty)%"));
        try (Connection c = db.connect()) {
            assertNull(AuditLog.verify(c));
        }
        JsonNode receipts = body(get(reporter, "/api/receipts"), 200).get("receipts");
        assertEquals(3, receipts.size());
        Set<String> ids = new HashSet<>();
        for (JsonNode r : receipts) ids.add(r.get("receipt").asText());
        assertTrue(ids.contains(first.get("receipt").asText()));
        assertEquals(0, body(get(admin, "/api/receipts"), 200).get("receipts").size());
    }

    @Test
    void everyProblemIsNamedByItsFieldAndNothingIsApplied() throws Exception {
        String bad = """
                {"enterprise_id":"S1","period":"2018-12","rows":[
                  {"indicator":"output_value","value":100},
                  {"indicator":"sales_value","value":-5},
                  {"indicator":"output_valu","value":1},
                  {"indicator":"revenue","value":"12,5"},
                  {"indicator":"output_value","value":101},
                  {"indicator":"electricity","value":null}]}""";
        Map<String, String> e = errors(body(post(reporter, null, bad), 422));
        assertEquals("-5 is negative; values are ≥ 0", e.get("rows[1].value"));
        assertTrue(e.get("rows[2].indicator").contains("output_valu"), e.toString());
        assertEquals("'12,5' is not a number (no thousands separators allowed)", e.get("rows[3].value"));
        assertEquals("output_value is also in rows[0] with another value", e.get("rows[4].value"));
        assertEquals("empty, a number is required", e.get("rows[5].value"));
        assertEquals(5, e.size(), e.toString());
        assertEquals(0, count("SELECT count(*) FROM report WHERE period = '2018-12'"));

        Map<String, String> p = errors(body(post(admin, null, report("NOPE", "2999-01", 1, 1)), 422));
        assertEquals("enterprise 'NOPE' is not in the register", p.get("enterprise_id"));
        assertEquals("2999-01 is after the current month " + Period.format(org.momentum.app.cli.Clocks.currentPeriod()), p.get("period"));
        assertEquals(2, p.size(), p.toString()); // said once, not once a row
        assertEquals("'2018-13' is not a month YYYY-MM", errors(body(post(reporter, null, report("S1", "2018-13", 1, 1)), 422)).get("period"));
        // an identical repeated row counts once, as in a file
        JsonNode twice = body(post(reporter, null, """
                {"enterprise_id":"S1","period":"2018-12","rows":[{"indicator":"output_value","value":7},{"indicator":"output_value","value":7.0}]}"""), 201);
        assertEquals(1, twice.get("rows").asInt());

        assertEquals(400, post(reporter, null, "{not json").statusCode());
        Map<String, String> shape = errors(body(post(reporter, null, """
                {"enterprise_id":"S1","period":201812,"rows":[{"indicator":"output_value","value":true,"unit":"x"}]}"""), 400));
        assertEquals(Set.of("period", "rows[0].value", "rows[0].unit"), shape.keySet());
        assertEquals("empty, a report has at least one row",
                errors(body(post(reporter, null, "{\"enterprise_id\":\"S1\",\"period\":\"2018-12\",\"rows\":[]}"), 422)).get("rows"));
        assertEquals(1, count("SELECT count(*) FROM submission_receipt"));
    }

    @Test
    void anIdempotencyKeyReplaysTheReceiptAndRefusesAnotherBody() throws Exception {
        HttpResponse<String> first = post(reporter, "key-1", report("S1", "2018-12", 100, 90));
        JsonNode a = body(first, 201);
        assertTrue(first.headers().firstValue("Idempotent-Replayed").isEmpty());
        HttpResponse<String> again = post(reporter, "key-1", report("S1", "2018-12", 100, 90));
        JsonNode b = body(again, 201);
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(a, b);
        Map<String, String> e = errors(body(post(reporter, "key-1", report("S1", "2018-12", 100, 91)), 422));
        assertTrue(e.containsKey("Idempotency-Key"), e.toString());
        // keys are per account: the administrator's key-1 is another key
        JsonNode c = body(post(admin, "key-1", report("S1", "2018-12", 100, 92)), 201);
        assertFalse(c.get("receipt").asText().equals(a.get("receipt").asText()));
        assertEquals(2, count("SELECT count(*) FROM submission_receipt"));
        assertEquals(1, count("SELECT count(*) FROM report_history WHERE enterprise_id = 'S1' AND period = '2018-12'"));
        assertEquals("must be 1 to 255 characters", errors(body(post(reporter, "x".repeat(300), report("S1", "2018-12", 1, 1)), 422)).get("Idempotency-Key"));
    }

    @Test
    void concurrentRequestsWithOneKeyApplyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 48; i++) calls.add(() -> post(reporter, "same-key", report("S1", "2018-12", 100, 90)));
            Set<String> receipts = new HashSet<>();
            int created = 0;
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                HttpResponse<String> r = f.get();
                // 201 (first or replay) or 409 while the first is being applied (the draft's answer); never anything else
                assertTrue(r.statusCode() == 201 || r.statusCode() == 409, r.statusCode() + " " + r.body());
                if (r.statusCode() == 201) {
                    created++;
                    receipts.add(json.readTree(r.body()).get("receipt").asText());
                }
            }
            assertTrue(created >= 1);
            assertEquals(1, receipts.size());
            // and concurrent reports with different keys all apply, each once
            calls.clear();
            for (int i = 0; i < 40; i++) {
                int n = i;
                calls.add(() -> post(admin, "k" + n, report(n % 2 == 0 ? "S1" : "S2", Period.format(Period.of(2017, 1) + n / 2), n, n)));
            }
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) assertEquals(201, f.get().statusCode(), f.get().body());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT count(*) FROM submission_receipt WHERE principal = 's1.reporter'"));
        assertEquals(2 + 2 + 40 * 2, count("SELECT count(*) FROM report"));
        assertEquals(0, count("SELECT count(*) FROM (SELECT enterprise_id, period, indicator FROM report GROUP BY 1, 2, 3 HAVING count(*) > 1) d"));
        try (Connection c = db.connect()) {
            assertNull(AuditLog.verify(c));
        }
    }
}
