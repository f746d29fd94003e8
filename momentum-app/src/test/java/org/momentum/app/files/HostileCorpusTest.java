package org.momentum.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentum.app.EndToEndTest;
import org.momentum.app.TestFiles;
import org.momentum.app.intake.ImportService;
import org.momentum.app.targets.TargetImport;
import org.momentum.app.web.Server;
import org.momentum.app.web.TestAccounts;
import org.momentum.classification.Period;
import org.momentum.security.Role;
import org.momentum.store.ContentChecksum;
import org.momentum.store.Database;
import org.momentum.store.QualityReview;
import org.momentum.store.ReferenceData;

/**
 * Issue 9: every input of the hostile corpus ({@code src/test/resources/corpus/manifest.tsv}) is refused with its own
 * error naming file, line and field, and leaves the store's content exactly as it was (a checksum of every table).
 * The store holds a known state: the EndToEndTest register and reports, prices, a target, flagged reports, users.
 */
class HostileCorpusTest {
    @TempDir static Path dir;
    static Database db;
    static ImportService intake;
    static TargetImport targets;
    static Javalin app;
    static String base, analyst, admin, reporter;
    static Map<String, String> known;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void knownState() throws Exception {
        ReferenceData ref = ReferenceData.shipped();
        db = Database.open("jdbc:duckdb:" + dir.resolve("known.duckdb"));
        ref.installIfEmpty(db);
        intake = new ImportService(db, ref, Period.of(2026, 11), "test");
        targets = new TargetImport(db, ref, "test");
        assertFalse(intake.importEnterprises(TestFiles.write(dir, "e.csv", EndToEndTest.ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE).refused());
        assertFalse(intake.importReports(TestFiles.write(dir, "r.csv", EndToEndTest.REPORTS_TEXT), ReadOptions.strict(), Progress.NONE).refused());
        assertFalse(intake.importPrices(TestFiles.write(dir, "p.csv", "industry,period,ppi_yoy\nALL,2017-01,1.01\n"), ReadOptions.strict(), Progress.NONE).refused());
        assertFalse(targets.targets(TestFiles.write(dir, "t.csv", HostileCorpus.Kind.TARGETS.header + "\n" + HostileCorpus.Kind.TARGETS.row1 + "\n"),
                ReadOptions.strict()).refused());
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO quality_flag (enterprise_id, period, indicator, score, rule, detail, report_score, computed_at) VALUES (?, '2017-01', 'output_value', 0.9, 'jump', 'seeded', 0.9, ?)")) {
            for (String e : List.of("E1", "E2")) {
                ps.setString(1, e);
                ps.setTimestamp(2, Timestamp.from(Instant.parse("2026-11-01T00:00:00Z")));
                ps.executeUpdate();
            }
        }
        QualityReview.act(db, "E2", Period.of(2017, 1), "query", "please confirm", null, Double.NaN, "seed");
        analyst = TestAccounts.analyst(db, "national");
        admin = TestAccounts.bearer(db, "root", Role.ADMIN, Set.of(), Set.of());
        reporter = TestAccounts.bearer(db, "firm1", Role.REPORTER, Set.of("E1"), Set.of());
        app = new Server(db, ref).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        known = ContentChecksum.perTable(db);
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (db != null) db.close();
    }

    static List<HostileCorpus.Case> manifest() throws IOException {
        List<HostileCorpus.Case> out = new ArrayList<>();
        for (String line : resource(HostileCorpus.MANIFEST).lines().toList()) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            byte[] bytes = f[3].equals("generated") ? null : resourceBytes(f[0]);
            out.add(new HostileCorpus.Case(f[0], HostileCorpus.Kind.valueOf(f[1]), bytes, f[2]));
        }
        return out;
    }

    @Test
    void theCommittedCorpusIsTheGeneratorsAndHasEveryKindOfHostileInput() throws IOException {
        assertEquals(HostileCorpus.manifest(), resource(HostileCorpus.MANIFEST), "run HostileCorpus.main to rewrite the corpus");
        List<HostileCorpus.Case> cases = manifest();
        assertTrue(cases.size() >= 200, cases.size() + " inputs");
        Map<String, byte[]> generated = new TreeMap<>();
        for (HostileCorpus.Case c : HostileCorpus.cases()) if (!c.generatedAtTestTime()) generated.put(c.file(), c.bytes());
        for (HostileCorpus.Case c : cases)
            if (!c.generatedAtTestTime()) assertTrue(HostileCorpus.same(generated.get(c.file()), c.bytes()), c.file() + " differs from the generator's");
        Map<HostileCorpus.Kind, Long> perKind = cases.stream().collect(Collectors.groupingBy(HostileCorpus.Case::kind, Collectors.counting()));
        assertEquals(Set.of(HostileCorpus.Kind.values()), perKind.keySet(), "every kind of input: " + perKind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void eachInputGivesItsErrorAndChangesNothing(HostileCorpus.Case c) throws Exception {
        byte[] bytes = c.generatedAtTestTime() ? HostileCorpus.generate(c.file()) : c.bytes();
        String message = c.kind().isFile() ? importFile(c, bytes) : post(c, bytes);
        assertTrue(message.contains(c.expected()), c.file() + ": expected «" + c.expected() + "» in «" + message + "»");
        assertEquals(known, ContentChecksum.perTable(db), c.file() + " changed the store");
    }

    /** What the import says of the file: the whole-file error, or every row error; "APPLIED" if it was applied. */
    private static String importFile(HostileCorpus.Case c, byte[] bytes) throws IOException {
        Path f = dir.resolve(c.file());
        Files.write(f, bytes);
        try {
            ReadOptions strict = ReadOptions.strict();
            ReadOutcome read;
            boolean refused;
            switch (c.kind()) {
                case ENTERPRISES -> { var r = intake.importEnterprises(f, strict, Progress.NONE); read = r.read(); refused = r.refused(); }
                case REPORTS -> { var r = intake.importReports(f, strict, Progress.NONE); read = r.read(); refused = r.refused(); }
                case PRICES -> { var r = intake.importPrices(f, strict, Progress.NONE); read = r.read(); refused = r.refused(); }
                case TARGETS -> { var r = targets.targets(f, strict); read = r.read(); refused = r.refused(); }
                default -> throw new IllegalArgumentException(c.kind().toString());
            }
            if (!refused) return "APPLIED";
            return read.errors().stream().map(RowError::toString).collect(Collectors.joining("\n")).replace(dir + "/", "");
        } catch (InputFileException e) {
            return e.getMessage().replace(dir + "/", "");
        } finally {
            Files.delete(f);
        }
    }

    /** "status error" of the response; a JSON route must answer JSON, the admin page HTML with the error in it. */
    private static String post(HostileCorpus.Case c, byte[] bytes) throws Exception {
        boolean submission = c.kind() == HostileCorpus.Kind.REPORT_SUBMISSION;
        boolean jsonRoute = c.kind() == HostileCorpus.Kind.QUALITY_ACTION || submission;
        String route = submission ? "/api/reports" : jsonRoute ? "/api/quality/actions" : "/admin/users";
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + route))
                .header("Authorization", submission ? reporter : jsonRoute ? analyst : admin)
                .header("Content-Type", jsonRoute ? "application/json" : "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (jsonRoute) {
            assertTrue(type.startsWith("application/json"), c.file() + ": " + type + " " + r.body());
            JsonNode body = json.readTree(r.body());
            if (body.has("errors")) { // POST /api/reports: every field's error
                List<String> errors = new ArrayList<>();
                for (JsonNode e : body.get("errors")) errors.add(e.path("field").asText() + ": " + e.path("reason").asText());
                return r.statusCode() + " " + String.join("\n", errors);
            }
            return r.statusCode() + " " + body.path("error").asText("NO ERROR FIELD: " + r.body());
        }
        java.util.regex.Matcher alert = java.util.regex.Pattern.compile("<p role=\"alert\">([^<]*)</p>").matcher(r.body());
        return r.statusCode() + " " + (alert.find() ? Html.unescape(alert.group(1)) : "NO ALERT");
    }

    private static String resource(String name) throws IOException {
        return new String(resourceBytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) throw new IOException("no resource /corpus/" + name);
            return in.readAllBytes();
        }
    }

    /** Enough of HTML's entities to read an error message out of a page. */
    static final class Html {
        static String unescape(String s) {
            return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        }
    }
}
