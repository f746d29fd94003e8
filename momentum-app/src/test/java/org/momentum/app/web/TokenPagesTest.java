package org.momentum.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.security.AccountService;
import org.momentum.security.Role;
import org.momentum.store.Accounts;
import org.momentum.store.AuditLog;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/** The token pages: /account (one's own tokens) and /admin/tokens (anyone's), with CSRF, escaping and audit. */
class TokenPagesTest {
    @TempDir static Path dir;
    static Database db;
    static Javalin app;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();
    static AccountService accounts;

    @BeforeAll
    static void start() {
        ReferenceData ref = ReferenceData.shipped();
        db = Database.open("jdbc:duckdb:" + dir.resolve("t.duckdb"));
        ref.installIfEmpty(db);
        accounts = new AccountService(db, Clock.systemUTC());
        for (String u : List.of("alice", "carol")) accounts.create("test", u, Role.ANALYST, TestAccounts.PASSWORD.toCharArray(), Set.of(), Set.of());
        accounts.create("test", "bob", Role.REPORTER, TestAccounts.PASSWORD.toCharArray(), Set.of("E1"), Set.of());
        accounts.create("test", "root", Role.ADMIN, TestAccounts.PASSWORD.toCharArray(), Set.of(), Set.of());
        app = new Server(db, ref).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (db != null) db.close();
    }

    static HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) b.headers(headers);
        if (body != null) b.header("Content-Type", "application/x-www-form-urlencoded");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** A password session: its cookie header value. */
    static String login(String user) throws Exception {
        HttpResponse<String> form = send("GET", "/login", null);
        String cookie = SecurityTest.cookie(form, Security.LOGIN_CSRF_COOKIE);
        HttpResponse<String> r = send("POST", "/login", "_csrf=" + enc(SecurityTest.field(form.body())) + "&username=" + user
                + "&password=" + enc(TestAccounts.PASSWORD), "Cookie", Security.LOGIN_CSRF_COOKIE + "=" + cookie);
        assertEquals(303, r.statusCode(), r.body());
        return Security.SESSION_COOKIE + "=" + SecurityTest.cookie(r, Security.SESSION_COOKIE);
    }

    static String secretIn(String page) {
        Matcher m = Pattern.compile("<code id=\"new-token\">(mtk_[0-9a-f]{12}_[A-Za-z0-9_-]+)</code>").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    static int status(String bearerSecret, String path) throws Exception {
        return send("GET", path, null, "Authorization", "Bearer " + bearerSecret).statusCode();
    }

    @Test
    void aUserCreatesSeesAndRevokesOwnTokens() throws Exception {
        long seq = AuditLog.lastSeq(db);
        String alice = login("alice");
        HttpResponse<String> page = send("GET", "/account", null, "Cookie", alice);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("alice") && page.body().contains("No tokens"), page.body());
        String csrf = SecurityTest.field(page.body());

        assertEquals(403, send("POST", "/account/tokens", "scope=read&days=7", "Cookie", alice).statusCode(), "no CSRF token");
        assertEquals(403, send("POST", "/account/tokens", "scope=read&days=7&_csrf=forged", "Cookie", alice).statusCode(), "a wrong one");
        assertEquals(400, send("POST", "/account/tokens", "scope=admin&days=7&_csrf=" + enc(csrf), "Cookie", alice).statusCode());
        assertEquals(400, send("POST", "/account/tokens", "scope=read&days=0&_csrf=" + enc(csrf), "Cookie", alice).statusCode());
        assertEquals(400, send("POST", "/account/tokens", "scope=read&days=367&_csrf=" + enc(csrf), "Cookie", alice).statusCode());
        assertTrue(Accounts.tokens(db, "alice").isEmpty(), "refused forms create nothing");

        HttpResponse<String> created = send("POST", "/account/tokens", "scope=read&days=7&_csrf=" + enc(csrf), "Cookie", alice);
        assertEquals(201, created.statusCode(), created.body());
        String secret = secretIn(created.body());
        String id = AccountService.tokenId(secret);
        assertEquals(200, status(secret, "/api/indicators"));
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(null), "the secret is not cached");
        String again = send("GET", "/account", null, "Cookie", alice).body();
        assertTrue(again.contains(id) && again.contains("live"), again);
        assertFalse(again.contains(secret), "shown once: the list has the id, never the secret");

        // a token cannot manage tokens, even a write one
        String write = accounts.createToken("test", "alice", "write", Duration.ofDays(1));
        HttpResponse<String> byToken = send("POST", "/account/tokens", "scope=write&days=7", "Authorization", "Bearer " + write);
        assertEquals(403, byToken.statusCode(), byToken.body());
        assertEquals(403, send("POST", "/account/tokens/" + id + "/revoke", "", "Authorization", "Bearer " + write).statusCode());
        assertEquals(200, status(secret, "/api/indicators"));

        // another user's token is not alice's to revoke
        String carols = accounts.createToken("test", "carol", "read", Duration.ofDays(1));
        HttpResponse<String> notHers = send("POST", "/account/tokens/" + AccountService.tokenId(carols) + "/revoke", "_csrf=" + enc(csrf), "Cookie", alice);
        assertEquals(404, notHers.statusCode());
        assertEquals(200, status(carols, "/api/indicators"));
        assertFalse(send("GET", "/account", null, "Cookie", alice).body().contains(AccountService.tokenId(carols)), "nor listed");

        HttpResponse<String> revoked = send("POST", "/account/tokens/" + id + "/revoke", "_csrf=" + enc(csrf), "Cookie", alice);
        assertEquals(303, revoked.statusCode(), revoked.body());
        assertEquals(401, status(secret, "/api/indicators"), "revoked: refused at once");
        assertTrue(send("GET", "/account", null, "Cookie", alice).body().contains("revoked"));

        List<AuditLog.Logged> log = AuditLog.since(db, seq);
        assertTrue(log.stream().anyMatch(e -> e.action().equals("token.create") && e.actor().equals("alice") && e.key().equals(id)
                && e.detail().contains("user=alice") && e.detail().contains("scope=read")), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.action().equals("token.revoke") && e.actor().equals("alice") && e.key().equals(id)
                && e.detail().startsWith("before: live; after: revoked")), log.toString());
        assertTrue(log.stream().noneMatch(e -> e.detail().contains(secret.substring(17))), "never the secret");
    }

    @Test
    void anAdministratorManagesAnyonesTokens() throws Exception {
        String root = login("root");
        HttpResponse<String> page = send("GET", "/admin/tokens", null, "Cookie", root);
        assertEquals(200, page.statusCode());
        String csrf = SecurityTest.field(page.body());
        assertEquals(403, send("GET", "/admin/tokens", null, "Cookie", login("carol")).statusCode(), "administrators only");
        assertEquals(403, send("POST", "/admin/tokens", "username=bob&scope=read&days=5", "Cookie", root).statusCode(), "no CSRF token");

        HttpResponse<String> created = send("POST", "/admin/tokens", "username=bob&scope=read&days=5&_csrf=" + enc(csrf), "Cookie", root);
        assertEquals(201, created.statusCode(), created.body());
        String secret = secretIn(created.body());
        assertEquals(200, status(secret, "/api/quality/queries?enterprise_id=E1"), "bob's token acts as bob");
        assertEquals(403, status(secret, "/api/quality/queries?enterprise_id=E2"), "and only as bob");
        String list = send("GET", "/admin/tokens", null, "Cookie", root).body();
        assertTrue(list.contains(AccountService.tokenId(secret)) && list.contains("<td>bob</td>"), list);
        assertFalse(list.contains(secret));

        String xss = "<script>alert(1)</script>";
        HttpResponse<String> bad = send("POST", "/admin/tokens", "username=" + enc(xss) + "&scope=read&days=5&_csrf=" + enc(csrf), "Cookie", root);
        assertEquals(400, bad.statusCode());
        assertFalse(bad.body().contains(xss), "escaped");
        assertTrue(bad.body().contains("&lt;script&gt;"), bad.body());
        HttpResponse<String> nobody = send("POST", "/admin/tokens/000000000000/revoke", "_csrf=" + enc(csrf), "Cookie", root);
        assertEquals(404, nobody.statusCode());

        long seq = AuditLog.lastSeq(db);
        assertEquals(303, send("POST", "/admin/tokens/" + AccountService.tokenId(secret) + "/revoke", "_csrf=" + enc(csrf), "Cookie", root).statusCode());
        assertEquals(401, status(secret, "/api/quality/queries?enterprise_id=E1"));
        List<AuditLog.Logged> log = AuditLog.since(db, seq);
        assertEquals(1, log.size(), log.toString());
        assertEquals("root", log.get(0).actor());
        assertEquals("token.revoke", log.get(0).action());
        assertNotNull(log.get(0).at());
        assertTrue(send("GET", "/admin/users", null, "Cookie", root).body().contains("href=\"/admin/tokens\""));
    }
}
