package org.momentum.app.web;

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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.momentum.app.EndToEndTest;
import org.momentum.app.TestFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.intake.ImportService;
import org.momentum.classification.Period;
import org.momentum.security.Role;
import org.momentum.store.ContentChecksum;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/**
 * Issue 9, fuzzing the POST routes: random bytes, mutated and deeply nested JSON, and bodies over the size limit,
 * to every POST route, as an administrator (who may call them all). The JSON routes answer 4xx with a JSON error,
 * the form routes 4xx or a redirect, none 5xx, and the store's content never changes. The bodies are built so
 * that none is a valid request: the JSON ones name E3, which has no flagged report.
 */
class PostRoutesPropertiesTest {
    static Path dir;
    static Database db;
    static Javalin app;
    static String base, admin;
    static Map<String, String> known;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeContainer
    static void start() throws Exception {
        dir = Files.createTempDirectory("post-fuzz");
        ReferenceData ref = ReferenceData.shipped();
        db = Database.open("jdbc:duckdb:" + dir.resolve("s.duckdb"));
        ref.installIfEmpty(db);
        ImportService intake = new ImportService(db, ref, Period.of(2026, 11), "test");
        intake.importEnterprises(TestFiles.write(dir, "e.csv", EndToEndTest.ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE);
        intake.importReports(TestFiles.write(dir, "r.csv", EndToEndTest.REPORTS_TEXT), ReadOptions.strict(), Progress.NONE);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO quality_flag (enterprise_id, period, indicator, score, rule, detail, report_score, computed_at) VALUES ('E1', '2017-01', 'output_value', 0.9, 'jump', 'seeded', 0.9, ?)")) {
            ps.setTimestamp(1, Timestamp.from(Instant.parse("2026-11-01T00:00:00Z")));
            ps.executeUpdate();
        }
        admin = TestAccounts.bearer(db, "root", Role.ADMIN, Set.of(), Set.of());
        app = new Server(db, ref).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        known = ContentChecksum.perTable(db);
    }

    @AfterContainer
    static void stop() {
        if (app != null) app.stop();
        if (db != null) db.close();
    }

    /** The shape of a submission for an enterprise not in the register and a month long after the current one. */
    static final String SUBMISSION_SHAPE = "{\"enterprise_id\":\"X3\",\"period\":\"2999-01\",\"rows\":[{\"indicator\":\"output_value\",\"value\":12.5,"
            + "\"prev_year_value\":10}],\"explanation\":\"x\"}";

    static final String VALID_SHAPE = "{\"enterprise_id\":\"E3\",\"period\":\"2017-01\",\"action\":\"correct\",\"indicator\":\"output_value\",\"value\":12.5,\"reason\":\"r\"}";

    @Provide
    Arbitrary<String> routes() {
        return Arbitraries.of("/api/reports", "/api/quality/actions", "/api/quality/run", "/api/quality/run?period=2017-01x", "/login", "/logout", "/admin/users",
                "/admin/users/nobody/reset", "/admin/users/root/bogus");
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x",
                "application/json; charset=GB18030");
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        Arbitrary<byte[]> mutated = Arbitraries.longs().map(seed -> {
            Random rnd = new Random(seed);
            return mutate(rnd.nextBoolean() ? VALID_SHAPE : SUBMISSION_SHAPE, rnd).getBytes(StandardCharsets.UTF_8);
        });
        Arbitrary<byte[]> nested = Arbitraries.integers().between(1, 5000).map(d -> {
            String open = d % 2 == 0 ? "[" : "{\"a\":";
            String close = d % 2 == 0 ? "]" : "}";
            return ("{\"enterprise_id\":\"E3\",\"x\":" + open.repeat(d) + "1" + close.repeat(d) + "}").getBytes(StandardCharsets.UTF_8);
        });
        Arbitrary<byte[]> oversized = Arbitraries.integers().between(1_000_001, 1_200_000).map(n -> {
            byte[] b = new byte[n];
            java.util.Arrays.fill(b, (byte) '[');
            return b;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, random), net.jqwik.api.Tuple.of(6, mutated), net.jqwik.api.Tuple.of(2, nested),
                net.jqwik.api.Tuple.of(1, oversized));
    }

    /** A few edits of JSON text: characters that matter to a parser inserted, deleted, or a slice repeated. */
    static String mutate(String s, Random rnd) {
        String special = "{}[]\",:\\0123456789eE.-+ntrufalsN\u0000\u00e9\u5317\ud83d\ude00";
        StringBuilder b = new StringBuilder(s);
        for (int k = 1 + rnd.nextInt(6); k > 0; k--) {
            int at = rnd.nextInt(b.length() + 1);
            switch (rnd.nextInt(3)) {
                case 0 -> b.insert(at, special.charAt(rnd.nextInt(special.length())));
                case 1 -> { if (at < b.length()) b.deleteCharAt(at); }
                default -> { int end = Math.min(b.length(), at + 1 + rnd.nextInt(30)); b.insert(at, b.substring(at, end)); }
            }
        }
        return b.toString();
    }

    @Property(tries = 100)
    boolean everyPostRouteRefusesBadBodiesWithoutChangingAnything(@ForAll("routes") String route, @ForAll("bodies") byte[] body,
                                                                 @ForAll("contentTypes") String type) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + route)).header("Authorization", admin).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> r;
        try {
            r = http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // the server may close the connection on a body over its limit before reading it all: a refusal too
            if (body.length > Security.MAX_REQUEST_BYTES) return unchanged(route);
            throw e;
        }
        int s = r.statusCode();
        String what = route + " " + type + " → " + s + " " + r.body().substring(0, Math.min(300, r.body().length()));
        if (s >= 500) throw new AssertionError(what);
        if (route.startsWith("/api/")) {
            if (s < 400 || s > 499) throw new AssertionError(what);
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) throw new AssertionError("not JSON: " + what);
            JsonNode j = json.readTree(r.body());
            boolean error = j.path("error").isTextual() && !j.path("error").asText().isBlank();
            boolean fieldErrors = j.path("errors").isArray() && !j.path("errors").isEmpty(); // POST /api/reports: one per field
            if (!error && !fieldErrors) throw new AssertionError("no error: " + what);
        } else if (!(s >= 400 && s <= 499) && !(route.equals("/logout") && s == 303)) {
            throw new AssertionError(what);
        }
        return unchanged(route);
    }

    private static boolean unchanged(String route) {
        Map<String, String> now = ContentChecksum.perTable(db);
        if (!now.equals(known)) throw new AssertionError(route + " changed the store: " + now);
        return true;
    }
}
