package org.momentum.app.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.web.ApiEndpoint;
import org.momentum.app.web.ReleaseRoutes;
import org.momentum.app.web.TestAccounts;
import org.momentum.classification.Period;
import org.momentum.security.Role;
import org.momentum.store.Database;

/**
 * The SQL-injection and XSS corpus through every input field: every parameter of every documented API route
 * (from the OpenAPI table, so a new parameter is covered) and every field of every form the pages show to an
 * administrator and the public (read from the pages themselves). Nothing may change in the statistical tables,
 * no answer may be a server error, and no HTML answer may carry a payload unescaped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputCorpusTest {
    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1", "'; DROP TABLE report; --", "E1a' --", "1; DELETE FROM enterprise", "\" OR \"\"=\"",
            "' UNION SELECT password_hash FROM app_user --", "2017-01' OR 1=1 --", "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg/onload=alert(1)>", "'><iframe src=//evil>",
            "=HYPERLINK(\"http://evil\")", "../../etc/passwd");
    /** Tables an accepted form may change (accounts, tokens, reviews) and the log of it; every other must not move. */
    static final Set<String> MAY_CHANGE = Set.of("audit_log", "app_user", "user_binding", "api_token", "quality_action");

    ReleaseScenario s;
    String admin, session, csrf;

    @BeforeAll
    void scenario(@TempDir Path dir) throws Exception {
        s = new ReleaseScenario(dir);
        s.publishAtEmbargo(s.approved(Period.of(2017, 2), s.afterFile1, 0, null));
        admin = TestAccounts.bearer(s.db, "root", Role.ADMIN, Set.of(), Set.of());
        TestAccounts.bearer(s.db, "victim", Role.ANALYST, Set.of(), Set.of());
        HttpResponse<String> form = send("GET", "/login", null, null, null);
        String loginCsrf = cookie(form, "momentum_login_csrf");
        HttpResponse<String> r = send("POST", "/login", null, "application/x-www-form-urlencoded",
                "_csrf=" + enc(csrfField(form.body())) + "&username=root&password=" + enc(TestAccounts.PASSWORD), "Cookie", "momentum_login_csrf=" + loginCsrf);
        assertEquals(303, r.statusCode(), r.body());
        session = "momentum_session=" + cookie(r, "momentum_session");
        csrf = csrfField(send("GET", "/account", null, null, null, "Cookie", session).body());
    }

    @AfterAll
    void stop() { if (s != null) s.close(); }

    HttpResponse<String> send(String method, String path, String auth, String type, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base + path));
        if (auth != null) b.header("Authorization", auth);
        if (type != null) b.header("Content-Type", type);
        if (headers.length > 0) b.headers(headers);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return s.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String v) { return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"); }

    static String cookie(HttpResponse<String> r, String name) {
        for (String h : r.headers().allValues("Set-Cookie"))
            if (h.startsWith(name + "=")) return h.substring(name.length() + 1, h.indexOf(';') < 0 ? h.length() : h.indexOf(';'));
        throw new AssertionError("no cookie " + name);
    }

    static String csrfField(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    Map<String, String> checksum() throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = s.db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE'")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) tables.add(rs.getString(1));
            for (String t : tables) {
                if (!t.matches("[a-z_0-9]+") || MAY_CHANGE.contains(t)) continue; // catalog names only, never input
                try (Statement s2 = c.createStatement(); ResultSet r2 = s2.executeQuery(
                        "SELECT count(*), coalesce(md5(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR)), '') FROM \"" + t + "\" x")) {
                    r2.next();
                    out.put(t, r2.getLong(1) + ":" + r2.getString(2));
                }
            }
        }
        return out;
    }

    static void inert(String where, HttpResponse<String> r, String payload, List<String> problems) {
        if (r.statusCode() >= 500) problems.add(where + " -> " + r.statusCode() + " " + r.body());
        String type = r.headers().firstValue("Content-Type").orElse("");
        if ((type.startsWith("text/html") || type.contains("xml")) && payload.matches(".*[<>\"].*") && r.body().contains(payload))
            problems.add(where + " echoes the payload raw");
        if (!"nosniff".equals(r.headers().firstValue("X-Content-Type-Options").orElse(null))) problems.add(where + " without nosniff");
    }

    @Test
    void everyDocumentedApiParameter() throws Exception {
        Map<String, String> before = checksum();
        List<String> problems = new ArrayList<>();
        int fields = 0;
        for (ApiEndpoint e : new ReleaseRoutes(s.db, s.ref, s.clock).endpoints()) {
            if (!e.method().equals("get")) continue;
            for (ApiEndpoint.Param p : e.params()) {
                fields++;
                for (String payload : PAYLOADS) {
                    String path = e.path();
                    for (ApiEndpoint.Param q : e.params())
                        if (q.in().equals("path")) path = path.replace("{" + q.name() + "}", enc(q == p ? payload : q.example()));
                    if (p.in().equals("query")) path += "?" + p.name() + "=" + enc(payload);
                    for (String auth : new String[] {null, admin}) inert((auth == null ? "public " : "admin ") + path, send("GET", path, auth, null, null), payload, problems);
                }
            }
        }
        assertTrue(fields >= 25, "parameters tried: " + fields);
        assertEquals(List.of(), problems);
        assertEquals(before, checksum(), "an injected statement changed a table");
    }

    /** A form on a page: where it goes and its fields with the values the page gives them. */
    record Form(String page, String method, String action, Map<String, String> fields) {}

    static List<Form> forms(String page, String html) {
        List<Form> out = new ArrayList<>();
        Matcher f = Pattern.compile("(?s)<form([^>]*)>(.*?)</form>").matcher(html);
        while (f.find()) {
            String attrs = f.group(1);
            String method = attr(attrs, "method"), action = attr(attrs, "action");
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher i = Pattern.compile("<(input|select|textarea)([^>]*)>").matcher(f.group(2));
            while (i.find()) {
                String name = attr(i.group(2), "name");
                if (name == null || (attr(i.group(2), "type") != null && attr(i.group(2), "type").equals("checkbox"))) continue;
                String value = attr(i.group(2), "value");
                fields.put(name, value == null ? "" : value.replace("&amp;", "&"));
            }
            out.add(new Form(page, method == null ? "get" : method, action == null ? page : action.replace("&amp;", "&"), fields));
        }
        return out;
    }

    static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void everyFieldOfEveryForm() throws Exception {
        Map<String, String> before = checksum();
        List<Form> forms = new ArrayList<>();
        for (String page : List.of("/admin/users", "/admin/tokens", "/account", "/explorer", "/", "/releases"))
            forms.addAll(forms(page, send("GET", page, null, null, null, "Cookie", session).body()));
        forms.addAll(forms("/login", send("GET", "/login", null, null, null).body()));
        Set<String> seen = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Form f : forms) {
            if (f.action().startsWith("/admin/users/root/") || f.action().equals("/logout")) continue; // not our own session's account
            for (String field : f.fields().keySet()) {
                if (field.equals("_csrf")) continue;
                seen.add(f.action().replaceAll("/[^/]*/(disable|enable|reset|revoke)$", "/{x}/$1") + " " + field);
                for (String payload : PAYLOADS) {
                    Map<String, String> values = new LinkedHashMap<>(f.fields());
                    values.put(field, payload);
                    StringBuilder q = new StringBuilder();
                    for (var v : values.entrySet()) q.append(q.length() == 0 ? "" : "&").append(enc(v.getKey())).append('=').append(enc(v.getValue()));
                    String where = f.method() + " " + f.action() + " " + field + "=" + payload;
                    HttpResponse<String> r = f.method().equalsIgnoreCase("get")
                            ? send("GET", f.action() + (f.action().contains("?") ? "&" : "?") + q, null, null, null, "Cookie", session)
                            : send("POST", f.action(), null, "application/x-www-form-urlencoded", q.toString(), "Cookie", session);
                    inert(where, r, payload, problems);
                }
            }
        }
        for (String expected : List.of("/admin/users username", "/admin/users role", "/admin/users password", "/admin/users enterprises",
                "/admin/users provinces", "/admin/users/{x}/reset password", "/admin/tokens username", "/admin/tokens scope", "/admin/tokens days",
                "/account/tokens scope", "/account/tokens days", "/login username", "/login password", "/explorer measure", "/explorer region"))
            assertTrue(seen.contains(expected), "no field " + expected + " in " + seen);
        assertEquals(List.of(), problems);
        assertEquals(before, checksum(), "an injected statement changed a table");
        // what the forms stored came back escaped: no account was created from a payload name
        String users = send("GET", "/admin/users", null, null, null, "Cookie", session).body();
        assertFalse(users.contains("<script>alert(1)</script>"));
    }
}
