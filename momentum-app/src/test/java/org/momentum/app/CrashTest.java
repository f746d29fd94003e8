package org.momentum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.intake.ImportService;
import org.momentum.app.web.TestAccounts;
import org.momentum.classification.Period;
import org.momentum.security.Role;
import org.momentum.store.AuditLog;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/**
 * Durability under kill -9 (issue 9): the server runs as a separate JVM, concurrent clients submit reports with
 * Idempotency-Keys, the process is killed (SIGKILL) at a random moment. Every acknowledged report must then be in
 * the store exactly once, an unacknowledged one wholly or not at all, the audit chain intact; after a restart the
 * clients' retries with the same keys complete the rest without doubling anything. The same for an import killed
 * in the middle of its file.
 */
class CrashTest {
    @TempDir Path dir;

    static final int ENTERPRISES = 2000;
    /** Submission numbers of one round of the crash test (ten months of the register). */
    static final int ROUND = 10 * ENTERPRISES;
    static final String[] INDICATORS = {"output_value", "sales_value", "revenue"};
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    protected String newDatabaseUrl(String name) { return "jdbc:duckdb:" + dir.resolve(name + ".duckdb"); }

    /** A store with a register and an administrator's token; closed again, for the server process to open. */
    private String prepare(String url) throws Exception {
        StringBuilder ent = new StringBuilder("enterprise_id,name,industry,region,size,scope_from,scope_to\n");
        for (int i = 0; i < ENTERPRISES; i++) ent.append(id(i)).append(",企业").append(i).append(",3120,130102,large,2000-01,\n");
        Files.writeString(dir.resolve("enterprises.csv"), ent, StandardCharsets.UTF_8);
        try (Database db = Database.open(url)) {
            ReferenceData ref = ReferenceData.shipped();
            ref.installIfEmpty(db);
            assertFalse(new ImportService(db, ref, Period.of(2026, 11), "test")
                    .importEnterprises(dir.resolve("enterprises.csv"), ReadOptions.strict(), Progress.NONE).refused());
            return TestAccounts.bearer(db, "crash.admin", Role.ADMIN, Set.of(), Set.of());
        }
    }

    static String id(int i) { return String.format("E%05d", i); }

    /** Submission number n: its enterprise, month and values follow from n, so the store can be checked against it. */
    static String body(int n) {
        StringBuilder b = new StringBuilder("{\"enterprise_id\":\"" + id(n % ENTERPRISES) + "\",\"period\":\""
                + Period.format(Period.of(2000, 1) + n / ENTERPRISES) + "\",\"rows\":[");
        for (int i = 0; i < INDICATORS.length; i++) b.append(i > 0 ? "," : "").append("{\"indicator\":\"").append(INDICATORS[i]).append("\",\"value\":").append(n + i).append('}');
        return b.append("]}").toString();
    }

    /** A child JVM running {@code momentum} with this test's classpath. */
    static Process momentum(Path log, String... args) throws IOException {
        // -Dmomentum.trace: the import says on stderr how far it got (register loaded, file validated, merged, committed)
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dmomentum.trace=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Starts the server and waits for its port. */
    Process serve(String url, Path log, int[] port) throws Exception {
        Process p = momentum(log, "serve", "--db", url, "--port", "0");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (String l : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                int at = l.indexOf("serving on http://localhost:");
                if (at >= 0) {
                    String rest = l.substring(at + "serving on http://localhost:".length());
                    port[0] = Integer.parseInt(rest.substring(0, rest.indexOf('/')));
                    return p;
                }
            }
            assertTrue(p.isAlive(), () -> "the server exited: " + read(log));
            Thread.sleep(50);
        }
        p.destroyForcibly();
        throw new AssertionError("the server did not start: " + read(log));
    }

    static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    HttpResponse<String> post(int port, String auth, int n) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/reports"))
                .header("Authorization", auth).header("Content-Type", "application/json").header("Idempotency-Key", "crash-" + n)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body(n))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void acknowledgedReportsSurviveKillMinus9() throws Exception {
        // one store, killed three times: each round's submissions are numbered from its own base
        String url = newDatabaseUrl("crash");
        String auth = prepare(url);
        Set<Integer> attempted = new java.util.HashSet<>();
        for (int seed = 1; seed <= 3; seed++) crashOnce(seed, url, auth, attempted);
    }

    private void crashOnce(int seed, String url, String auth, Set<Integer> attempted) throws Exception {
        Random random = new Random(seed);
        int base = (seed - 1) * ROUND;
        int[] port = new int[1];
        Process server = serve(url, dir.resolve("serve" + seed + ".log"), port);
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Integer> unanswered = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger(base);
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            Thread c = new Thread(() -> {
                while (true) {
                    int n = next.getAndIncrement();
                    if (n >= base + ROUND) return;
                    try {
                        HttpResponse<String> r = post(port[0], auth, n);
                        if (r.statusCode() != 201) throw new AssertionError(r.statusCode() + " " + r.body());
                        acknowledged.add(n);
                    } catch (IOException | InterruptedException e) {
                        unanswered.add(n); // the server died under this request
                        return;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            c.setDaemon(true);
            clients.add(c);
            c.start();
        }
        // once the clients are going (a loaded machine starts slowly), kill at a random moment
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 50 && System.nanoTime() < deadline) Thread.sleep(5);
        Thread.sleep(random.nextInt(1000));
        assertTrue(server.isAlive());
        server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        for (Thread c : clients) c.join(30_000);
        assertTrue(acknowledged.size() > 0, "no report was acknowledged before the kill (seed " + seed + ")");

        // after the crash: each acknowledged report exactly once, each unanswered one whole or absent
        Map<Integer, Integer> present = check(url);
        for (int n : acknowledged) assertEquals(1, present.getOrDefault(n, 0), "acknowledged report " + n + " (seed " + seed + ")");
        for (int n : unanswered) assertTrue(present.getOrDefault(n, 0) <= 1, "report " + n);

        // restart; the clients retry what had no answer with the same keys: applied now, or replayed
        server = serve(url, dir.resolve("restart" + seed + ".log"), port);
        try {
            int replayed = 0;
            for (int n : unanswered) {
                HttpResponse<String> r = post(port[0], auth, n);
                assertEquals(201, r.statusCode(), r.body());
                boolean wasThere = present.getOrDefault(n, 0) == 1;
                assertEquals(wasThere, r.headers().firstValue("Idempotent-Replayed").isPresent(), "report " + n);
                if (wasThere) replayed++;
            }
            for (int n : acknowledged) { // an acknowledged retry is a replay, never a second application
                HttpResponse<String> r = post(port[0], auth, n);
                assertEquals("true", r.headers().firstValue("Idempotent-Replayed").orElse(null));
                break;
            }
            System.out.printf("crash seed %d: %d acknowledged, %d without an answer (%d of them committed)%n",
                    seed, acknowledged.size(), unanswered.size(), replayed);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            if (server.isAlive()) server.destroyForcibly().waitFor();
        }
        Map<Integer, Integer> after = check(url);
        for (int n : acknowledged) assertEquals(1, after.get(n));
        for (int n : unanswered) assertEquals(1, after.get(n));
        attempted.addAll(acknowledged);
        attempted.addAll(unanswered);
        assertEquals(attempted, after.keySet());
    }

    /**
     * Opens the store (the server is down) and returns, per submission number, 1 when all its rows are there with its
     * values; fails on a report that is only partly there, on a row twice, on a receipt without its rows, or on a broken chain.
     */
    private Map<Integer, Integer> check(String url) throws Exception {
        Map<Integer, Integer> present = new HashMap<>();
        try (Database db = Database.open(url); Connection c = db.connect()) {
            Map<String, Integer> rowsOf = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT enterprise_id, period, indicator, value FROM report ORDER BY 1, 2, 3");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int e = Integer.parseInt(rs.getString(1).substring(1));
                    int n = (Period.parse(rs.getString(2)) - Period.of(2000, 1)) * ENTERPRISES + e;
                    int i = List.of(INDICATORS).indexOf(rs.getString(3));
                    assertEquals(n + i, rs.getDouble(4), 0.0, "value of report " + n);
                    rowsOf.merge(rs.getString(1) + rs.getString(2), 1, Integer::sum);
                    if (i == 0) present.merge(n, 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> e : rowsOf.entrySet())
                assertEquals(INDICATORS.length, e.getValue(), "report " + e.getKey() + " is partly there (or a row is twice)");
            long receipts;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM submission_receipt"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                receipts = rs.getLong(1);
            }
            assertEquals(present.size(), receipts);
            assertNull(AuditLog.verify(c));
        }
        return present;
    }

    @Test
    void anImportKilledMidFileIsAllOrNothingAndCompletesWhenRepeated() throws Exception {
        String url = newDatabaseUrl("import");
        prepare(url);
        Path reports = dir.resolve("reports.csv");
        int months = 120;
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(reports, StandardCharsets.UTF_8)) {
            w.write("enterprise_id,period,indicator,value\n");
            for (int e = 0; e < ENTERPRISES; e++)
                for (int m = 0; m < months; m++)
                    for (int i = 0; i < INDICATORS.length; i++) {
                        w.write(id(e) + "," + Period.format(Period.of(2010, 1) + m) + "," + INDICATORS[i] + "," + (e + m + i) + "\n");
                        rows++;
                    }
        }
        Random random = new Random(7);
        boolean killedBeforeCommit = false;
        // kill points along the import, from its trace: reading, validated, DuckDB's read done, just before the commit
        List<String> points = List.of("[import] register loaded", "[import] file validated", "[import] DuckDB's read done", "[import] batch+audit");
        for (String point : points) {
            Path log = dir.resolve("import" + points.indexOf(point) + ".log");
            Process p = momentum(log, "import", "--db", url, "--reports", reports.toString(), "--actor", "crash");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (p.isAlive() && !read(log).contains(point) && System.nanoTime() < deadline) Thread.sleep(1);
            Thread.sleep(random.nextInt(20));
            boolean alive = p.isAlive();
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            long stored = count(url, "SELECT count(*) FROM report");
            assertTrue(stored == 0 || stored == rows, "after the kill the store holds " + stored + " of " + rows + " rows");
            System.out.printf("import killed after '%s' (alive: %s): %s%n", point, alive, stored == 0 ? "nothing applied" : "all applied");
            if (alive && stored == 0) killedBeforeCommit = true;
            if (stored == rows) break;
        }
        assertTrue(killedBeforeCommit, "no kill landed before the commit: the file is too small for this machine");
        assertEquals(0, momentum(dir.resolve("reimport.log"), "import", "--db", url, "--reports", reports.toString()).waitFor(),
                () -> read(dir.resolve("reimport.log")));
        assertEquals(rows, count(url, "SELECT count(*) FROM report"));
        assertEquals(rows, count(url, "SELECT count(*) FROM (SELECT DISTINCT enterprise_id, period, indicator FROM report) d"));
        assertEquals(0, count(url, "SELECT count(*) FROM report_history"));
        try (Database db = Database.open(url); Connection c = db.connect()) {
            assertNull(AuditLog.verify(c));
        }
    }

    /** The last percentage of the console progress bar in a log, -1 before the first. */
    static int progress(String log) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)%").matcher(log);
        int last = -1;
        while (m.find()) last = Integer.parseInt(m.group(1));
        return last;
    }

    private static long count(String url, String sql) throws Exception {
        try (Database db = Database.open(url); Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
