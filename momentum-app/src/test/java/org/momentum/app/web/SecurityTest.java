package org.momentum.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.EndToEndTest;
import org.momentum.app.TestFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.intake.ImportService;
import org.momentum.app.security.AccountService;
import org.momentum.classification.Period;
import org.momentum.security.Role;
import org.momentum.security.RoutePolicy;
import org.momentum.store.Database;
import org.momentum.store.QualityReview;
import org.momentum.store.ReferenceData;

/**
 * Issue 8 through HTTP: every registered route × every role against the policy table; enterprise and province
 * isolation; unpublished data; CSRF; tokens; lockout; headers; size limit; an SQL-injection and XSS corpus.
 * E1 is in Beijing (110101), E2 in Shanghai (310101), each with a flagged 2017-01 report and an open query.
 */
class SecurityTest {
    @TempDir static Path dir;
    static Database db;
    static Javalin app;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();
    static final Map<Role, String> bearer = new EnumMap<>(Role.class);
    static String firm1, firm2, beijing;

    @BeforeAll
    static void start() throws Exception {
        ReferenceData ref = ReferenceData.shipped();
        db = Database.open("jdbc:duckdb:" + dir.resolve("s.duckdb"));
        ref.installIfEmpty(db);
        ImportService intake = new ImportService(db, ref, Period.of(2026, 11), "test");
        assertFalse(intake.importEnterprises(TestFiles.write(dir, "enterprises.csv", EndToEndTest.ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE).refused());
        assertFalse(intake.importReports(TestFiles.write(dir, "reports.csv", EndToEndTest.REPORTS_TEXT), ReadOptions.strict(), Progress.NONE).refused());
        new IndicatorService(ref).recomputeAll(db, "test");
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO quality_flag (enterprise_id, period, indicator, score, rule, detail, report_score, computed_at) VALUES (?, '2017-01', 'output_value', 0.9, 'jump', 'seeded', 0.9, ?)")) {
            for (String e : List.of("E1", "E2")) {
                ps.setString(1, e);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
        }
        for (String e : List.of("E1", "E2")) QualityReview.act(db, e, Period.of(2017, 1), "query", "please confirm " + e, null, Double.NaN, "seed");
        app = new Server(db, ref).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        bearer.put(Role.REPORTER, firm1 = TestAccounts.bearer(db, "firm1", Role.REPORTER, Set.of("E1"), Set.of()));
        firm2 = TestAccounts.bearer(db, "firm2", Role.REPORTER, Set.of("E2"), Set.of());
        bearer.put(Role.ANALYST, TestAccounts.analyst(db, "national"));
        beijing = TestAccounts.bearer(db, "bj", Role.ANALYST, Set.of(), Set.of("110000"));
        bearer.put(Role.PUBLISHER, TestAccounts.bearer(db, "pub", Role.PUBLISHER, Set.of(), Set.of()));
        bearer.put(Role.ADMIN, TestAccounts.bearer(db, "root", Role.ADMIN, Set.of(), Set.of()));
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (db != null) db.close();
    }

    static HttpResponse<String> send(String method, String path, String auth, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (auth != null) b.header("Authorization", auth);
        if (contentType != null) b.header("Content-Type", contentType);
        if (headers.length > 0) b.headers(headers);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String auth) throws Exception { return send("GET", path, auth, null, null); }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    // ---- the route × role matrix ----

    @Test
    void everyRegisteredRouteHasAPolicyAndEveryRoleGetsWhatTheTableSays() throws Exception {
        RoutePolicy policy = AccessPolicy.table();
        Map<String, String> routes = new TreeMap<>();
        for (var e : app.unsafe.internalRouter.allHttpHandlers()) {
            String method = e.endpoint.method.name();
            if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) continue; // before/after filters are not routes
            routes.put(method + " " + e.endpoint.path, method);
        }
        assertTrue(routes.size() >= 30, routes.toString());
        List<String> uncovered = new ArrayList<>();
        for (String r : routes.keySet()) if (policy.rule(routes.get(r), r.substring(r.indexOf(' ') + 1)).isEmpty()) uncovered.add(r);
        assertEquals(List.of(), uncovered, "routes without a line in AccessPolicy");
        assertTrue(policy.rule("GET", "/api/some-new-route").isEmpty(), "an unlisted route has no policy, so this test would name it");
        assertEquals(404, get("/api/some-new-route", bearer.get(Role.ADMIN)).statusCode());

        for (String r : routes.keySet()) {
            String method = routes.get(r);
            String path = r.substring(r.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x");
            Set<Role> allowed = policy.rule(method, path).orElseThrow().roles();
            for (Role role : Role.values()) {
                HttpResponse<String> res = send(method, path, bearer.get(role), null, null);
                String where = role + " " + method + " " + path + " -> " + res.statusCode() + " " + res.body();
                if (allowed.contains(role)) {
                    assertNotEquals(401, res.statusCode(), where);
                    assertFalse(res.body().contains("not allowed for this account"), where);
                } else {
                    assertEquals(role == Role.PUBLIC ? 401 : 403, res.statusCode(), where);
                }
                assertEquals("nosniff", res.headers().firstValue("X-Content-Type-Options").orElse(null), where);
            }
        }
    }

    // ---- isolation ----

    @Test
    void anEnterpriseSeesOnlyItsOwnQueries() throws Exception {
        HttpResponse<String> own = get("/api/quality/queries?enterprise_id=E1", firm1);
        assertEquals(200, own.statusCode(), own.body());
        assertEquals("please confirm E1", json.readTree(own.body()).get("open_queries").get(0).get("reason").asText());
        HttpResponse<String> other = get("/api/quality/queries?enterprise_id=E2", firm1);
        assertEquals(403, other.statusCode());
        assertFalse(other.body().contains("please confirm"));
        assertEquals(200, get("/api/quality/queries?enterprise_id=E2", firm2).statusCode());
        for (String path : List.of("/api/indicators", "/api/quality/flags?period=2017-01", "/quality?period=2017-01", "/api/working/targets", "/working/targets", "/working"))
            assertTrue(Set.of(403, 302).contains(get(path, firm1).statusCode()), path);
        HttpResponse<String> act = send("POST", "/api/quality/actions", firm1, "application/json",
                "{\"enterprise_id\":\"E1\",\"period\":\"2017-01\",\"action\":\"accept\",\"reason\":\"self-approval\"}");
        assertEquals(403, act.statusCode(), "a firm cannot close its own query");
    }

    @Test
    void aProvincialAnalystSeesOnlyItsProvinces() throws Exception {
        assertEquals(200, get("/api/quality/queries?enterprise_id=E1", beijing).statusCode());
        assertEquals(403, get("/api/quality/queries?enterprise_id=E2", beijing).statusCode());
        JsonNode queue = json.readTree(get("/api/quality/flags?period=2017-01", beijing).body());
        assertEquals(1, queue.size());
        assertEquals("E1", queue.get(0).get("enterprise_id").asText());
        assertEquals(2, json.readTree(get("/api/quality/flags?period=2017-01", bearer.get(Role.ANALYST)).body()).size());
        String page = get("/quality?period=2017-01", beijing).body();
        assertTrue(page.contains("E1") && !page.contains("E2"), page);
        assertEquals(200, get("/api/indicators?region=110000&from=2017-01&to=2017-01", beijing).statusCode());
        assertEquals(403, get("/api/indicators?region=310000&from=2017-01&to=2017-01", beijing).statusCode());
        assertEquals(403, get("/api/indicators?from=2017-01&to=2017-01", beijing).statusCode(), "the national total includes other provinces");
        HttpResponse<String> act = send("POST", "/api/quality/actions", beijing, "application/json",
                "{\"enterprise_id\":\"E2\",\"period\":\"2017-01\",\"action\":\"accept\",\"reason\":\"not mine\"}");
        assertEquals(403, act.statusCode());
        assertEquals(403, send("POST", "/api/quality/run?period=2017-01", beijing, null, null).statusCode());
    }

    @Test
    void thePublicSeesNoWorkingOrUnpublishedData() throws Exception {
        assertEquals(401, get("/api/indicators?from=2017-01&to=2017-01", null).statusCode());
        assertEquals(401, get("/working", null).statusCode(), "the working headline page is for staff");
        HttpResponse<String> home = get("/", null);                // the public dashboard: published releases only
        assertEquals(200, home.statusCode());
        assertFalse(home.body().contains("+17.2%") || home.body().contains("工业总产值 +"), "no working figure on the public page");
        JsonNode health = json.readTree(get("/api/health", null).body());
        assertFalse(health.has("latest_period"), "the latest computed month is working data");
        assertTrue(json.readTree(get("/api/health", bearer.get(Role.ANALYST)).body()).has("latest_period"));
        // the working data exist, but nothing is released: the public series list is empty
        JsonNode series = json.readTree(get("/api/series", null).body());
        assertEquals(0, series.get("count").asInt(), series.toString());
        assertEquals(404, get("/api/series/output_value.ALL.ALL/observations", null).statusCode());
    }

    // ---- sessions, CSRF, tokens, lockout ----

    /** Logs in through the form; returns the session cookie pair and the page's CSRF token. */
    static String[] login(String user, String password) throws Exception {
        HttpResponse<String> form = get("/login", null);
        String cookie = cookie(form, Security.LOGIN_CSRF_COOKIE);
        String token = field(form.body());
        HttpResponse<String> r = send("POST", "/login", null, "application/x-www-form-urlencoded",
                "_csrf=" + enc(token) + "&username=" + enc(user) + "&password=" + enc(password), "Cookie", Security.LOGIN_CSRF_COOKIE + "=" + cookie);
        if (r.statusCode() != 303) return new String[] {null, String.valueOf(r.statusCode())};
        String setCookie = r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith(Security.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        return new String[] {Security.SESSION_COOKIE + "=" + cookie(r, Security.SESSION_COOKIE), "303"};
    }

    static String cookie(HttpResponse<String> r, String name) {
        for (String h : r.headers().allValues("Set-Cookie"))
            if (h.startsWith(name + "=")) return h.substring(name.length() + 1, h.indexOf(';') < 0 ? h.length() : h.indexOf(';'));
        throw new AssertionError("no cookie " + name + " in " + r.headers().map());
    }

    static String field(String page) {
        int i = page.indexOf("name=\"_csrf\" value=\"");
        assertTrue(i >= 0, page);
        int from = i + "name=\"_csrf\" value=\"".length();
        return page.substring(from, page.indexOf('"', from));
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() throws Exception {
        TestAccounts.bearer(db, "admin.wang", Role.ADMIN, Set.of(), Set.of());
        HttpResponse<String> noToken = send("POST", "/login", null, "application/x-www-form-urlencoded",
                "username=admin.wang&password=" + enc(TestAccounts.PASSWORD));
        assertEquals(403, noToken.statusCode());
        String[] s = login("admin.wang", TestAccounts.PASSWORD);
        assertNotNull(s[0], "login failed: " + s[1]);
        HttpResponse<String> page = send("GET", "/admin/users", null, null, null, "Cookie", s[0]);
        assertEquals(200, page.statusCode());
        String csrf = field(page.body());
        String create = "username=newcomer&role=publisher&password=" + enc("a long enough password");
        HttpResponse<String> forged = send("POST", "/admin/users", null, "application/x-www-form-urlencoded", create, "Cookie", s[0]);
        assertEquals(403, forged.statusCode());
        HttpResponse<String> wrong = send("POST", "/admin/users", null, "application/x-www-form-urlencoded", create + "&_csrf=nope", "Cookie", s[0]);
        assertEquals(403, wrong.statusCode());
        assertEquals(null, org.momentum.store.Accounts.find(db, "newcomer"));
        HttpResponse<String> ok = send("POST", "/admin/users", null, "application/x-www-form-urlencoded", create + "&_csrf=" + enc(csrf), "Cookie", s[0]);
        assertEquals(303, ok.statusCode(), ok.body());
        assertEquals("publisher", org.momentum.store.Accounts.find(db, "newcomer").role());
        // JSON from a session needs the header too
        String body = "{\"enterprise_id\":\"E1\",\"period\":\"2017-01\",\"action\":\"query\",\"reason\":\"again\"}";
        assertEquals(403, send("POST", "/api/quality/actions", null, "application/json", body, "Cookie", s[0]).statusCode());
        assertEquals(201, send("POST", "/api/quality/actions", null, "application/json", body, "Cookie", s[0], Security.CSRF_HEADER, csrf).statusCode());
        // after logout the cookie is worthless
        assertEquals(303, send("POST", "/logout", null, "application/x-www-form-urlencoded", "_csrf=" + enc(csrf), "Cookie", s[0]).statusCode());
        assertEquals(401, send("GET", "/admin/users", null, null, null, "Cookie", s[0]).statusCode());
    }

    @Test
    void aRevokedTokenStopsAtOnceAndAReadTokenCannotWrite() throws Exception {
        AccountService accounts = new AccountService(db, java.time.Clock.systemUTC());
        accounts.create("test", "robot", Role.ANALYST, TestAccounts.PASSWORD.toCharArray(), Set.of(), Set.of());
        String secret = accounts.createToken("test", "robot", "read", java.time.Duration.ofDays(1));
        assertEquals(200, get("/api/indicators?from=2017-01&to=2017-01", "Bearer " + secret).statusCode());
        assertEquals(403, send("POST", "/api/quality/run?period=2017-01", "Bearer " + secret, null, null).statusCode(), "read scope");
        assertTrue(accounts.revokeToken("test", AccountService.tokenId(secret)));
        assertEquals(401, get("/api/indicators?from=2017-01&to=2017-01", "Bearer " + secret).statusCode());
        assertEquals(401, get("/api/indicators", "Bearer mtk_0123456789ab_forged").statusCode());
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM api_token WHERE token_hash LIKE '%" + "mtk_" + "%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "only hashes are stored");
        }
        // a disabled account's tokens stop too
        String other = TestAccounts.bearer(db, "robot2", Role.ANALYST, Set.of(), Set.of());
        assertEquals(200, get("/api/indicators?from=2017-01&to=2017-01", other).statusCode());
        accounts.disable("test", "robot2", true);
        assertEquals(401, get("/api/indicators?from=2017-01&to=2017-01", other).statusCode());
    }

    @Test
    void repeatedFailuresLockTheAccount() throws Exception {
        TestAccounts.bearer(db, "analyst.zhao", Role.ANALYST, Set.of(), Set.of());
        for (int i = 0; i < AccountService.MAX_FAILURES; i++) assertEquals("401", login("analyst.zhao", "wrong password " + i)[1]);
        assertEquals("401", login("analyst.zhao", TestAccounts.PASSWORD)[1], "locked: even the right password is refused");
        assertTrue(org.momentum.store.AuditLog.recorded(db, "user.lock"));
        new AccountService(db, java.time.Clock.systemUTC()).reset("admin", "analyst.zhao", "a brand new password".toCharArray());
        assertEquals("303", login("analyst.zhao", "a brand new password")[1]);
    }

    @Test
    void oneAddressThatKeepsFailingIsSlowedDown() throws Exception {
        Javalin own = new Server(db, ReferenceData.shipped()).start("127.0.0.1", 0); // its own throttle memory
        String saved = base;
        try {
            base = "http://127.0.0.1:" + own.port();
            for (int i = 0; i < AuthRoutes.MAX_FAILURES_PER_ADDRESS; i++) assertEquals("401", login("nobody" + i, "wrong password")[1]);
            assertEquals("429", login("national", TestAccounts.PASSWORD)[1]);
        } finally {
            base = saved;
            own.stop();
        }
    }

    // ---- hardening ----

    @Test
    void headersAndSizeLimit() throws Exception {
        for (String path : List.of("/releases", "/login", "/api/indicators", "/nowhere")) {
            HttpResponse<String> r = get(path, null);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            String script = csp.replaceAll(".*script-src([^;]*).*", "$1");
            assertFalse(script.contains("unsafe-inline"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        }
        // a declared length over the limit is refused before any body is read (raw socket: no body is sent at all)
        try (java.net.Socket sock = new java.net.Socket("127.0.0.1", app.port())) {
            sock.setSoTimeout(10_000);
            sock.getOutputStream().write(("POST /api/quality/actions HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + bearer.get(Role.ANALYST)
                    + "\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            sock.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(sock.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertTrue(status != null && status.contains(" 413 "), String.valueOf(status));
        }
    }

    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1", "'; DROP TABLE report; --", "E1' --", "1; DELETE FROM enterprise", "\" OR \"\"=\"",
            "' UNION SELECT password_hash FROM app_user --", "%27%20OR%201=1", "2017-01' OR 1=1 --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg/onload=alert(1)>",
            "'><iframe src=//evil>", "=HYPERLINK(\"http://evil\")");

    /** Every table's row count and content digest: what an injected statement would change. */
    static Map<String, String> checksum() throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE'")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) tables.add(rs.getString(1));
            for (String t : tables) {
                if (!t.matches("[a-z_0-9]+")) continue; // catalog names only, never input
                try (Statement s2 = c.createStatement(); ResultSet r2 = s2.executeQuery(
                        "SELECT count(*), coalesce(md5(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR)), '') FROM \"" + t + "\" x")) {
                    r2.next();
                    out.put(t, r2.getLong(1) + ":" + r2.getString(2));
                }
            }
        }
        return out;
    }

    @Test
    void injectionPayloadsChangeNothingAndRenderInert() throws Exception {
        Map<String, String> before = checksum();
        List<String> gets = List.of("/api/indicators?measure=%s", "/api/indicators?industry=%s", "/api/indicators?region=%s",
                "/api/indicators?from=%s", "/api/quality/flags?period=%s", "/api/quality/queries?enterprise_id=%s",
                "/api/quality/sensitivity?period=%s", "/quality?period=%s", "/api/targets/%s", "/api/programmes/%s", "/programmes/%s",
                "/targets?lang=%s", "/api/working/targets/%s", "/api/working/programmes/%s", "/working/programmes/%s", "/working/targets?lang=%s",
                "/api/forecasts?release=%s", "/api/targets?as_of=%s", "/targets?release=%s", "/?lang=%s", "/releases?lang=%s", "/login?lang=%s", "/api/series?search_text=%s", "/api/series/%s",
                "/api/series/%s/observations", "/api/series/output_value.ALL.ALL/observations?units=%s", "/api/releases/%s",
                "/api/releases?realtime_start=%s");
        for (String p : PAYLOADS) {
            for (String g : gets) {
                String path = String.format(g, enc(p).replace("+", "%20"));
                for (String auth : new String[] {null, bearer.get(Role.ADMIN)}) {
                    HttpResponse<String> r = get(path, auth);
                    assertTrue(r.statusCode() < 500, path + " -> " + r.statusCode() + " " + r.body());
                    inert(path, r, p);
                }
            }
            for (String field : List.of("enterprise_id", "period", "action", "indicator")) {
                Map<String, Object> body = new TreeMap<>(Map.of("enterprise_id", "E1", "period", "2017-01", "action", "bogus", "reason", "r"));
                body.put(field, p);
                HttpResponse<String> r = send("POST", "/api/quality/actions", bearer.get(Role.ADMIN), "application/json", json.writeValueAsString(body));
                assertEquals(400, r.statusCode(), field + "=" + p + ": " + r.body());
                inert("actions", r, p);
            }
            assertEquals(400, send("POST", "/api/quality/run?period=" + enc(p), bearer.get(Role.ADMIN), null, null).statusCode());
            String[] s = login(p, p);
            assertEquals("401", s[1]);
            HttpResponse<String> create = send("POST", "/admin/users", bearer.get(Role.ADMIN), "application/x-www-form-urlencoded",
                    "username=" + enc(p) + "&role=" + enc(p) + "&password=" + enc(p) + "&enterprises=" + enc(p));
            assertEquals(400, create.statusCode(), create.body());
            inert("admin", create, p);
        }
        // the ones that do store text: a reason, shown back escaped on the queue page
        String xss = "<script>alert('x')</script>";
        HttpResponse<String> ok = send("POST", "/api/quality/actions", bearer.get(Role.ANALYST), "application/json",
                json.writeValueAsString(Map.of("enterprise_id", "E2", "period", "2017-01", "action", "query", "reason", xss)));
        assertEquals(201, ok.statusCode(), ok.body());
        Map<String, String> after = checksum();
        after.keySet().removeAll(Set.of("quality_action", "audit_log", "app_user", "user_binding", "api_token"));
        Map<String, String> expected = new TreeMap<>(before);
        expected.keySet().removeAll(Set.of("quality_action", "audit_log", "app_user", "user_binding", "api_token"));
        assertEquals(expected, after);
        String page = get("/quality?period=2017-01", bearer.get(Role.ANALYST)).body();
        assertFalse(page.contains(xss));
    }

    static void inert(String where, HttpResponse<String> r, String payload) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html") && payload.matches(".*[<>\"].*"))
            assertFalse(r.body().contains(payload), where + " echoes " + payload + " raw");
        if (!type.startsWith("text/html")) assertFalse(r.body().contains("<script>") && type.contains("html"), where);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), where);
    }
}
