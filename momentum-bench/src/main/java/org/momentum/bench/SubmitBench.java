package org.momentum.bench;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.intake.ImportService;
import org.momentum.app.security.AccountService;
import org.momentum.app.web.Server;
import org.momentum.classification.Period;
import org.momentum.security.Role;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/**
 * Issue 9's load test: closed-loop clients on loopback POST reports (6 rows each, an Idempotency-Key each) to the
 * server while dashboard clients GET the public page and /api/series; each client count runs for --seconds. Reported:
 * submissions a second, latency percentiles, errors, and a count check (every acknowledged report is in the store once).
 * On PostgreSQL (--pg-url) the baseline is pgbench on the same server in the same run: single-row INSERTs, each its
 * own transaction, same client count (what the durable commits of a plain OLTP insert reach on this machine).
 */
final class SubmitBench {
    private SubmitBench() {}

    static final String[] INDICATORS = {"output_value", "sales_value", "export_value", "revenue", "electricity", "employment"};
    static final int ENTERPRISES = 20_000;

    static void run(String[] args, Path dir) throws Exception {
        int seconds = Integer.parseInt(Bench.opt(args, "--seconds", "300"));
        int[] clients = Arrays.stream(Bench.opt(args, "--clients", "32").split(",")).mapToInt(Integer::parseInt).toArray();
        int readers = Integer.parseInt(Bench.opt(args, "--readers", "2"));
        String which = Bench.opt(args, "--db", "duckdb");
        String pgUrl = Bench.opt(args, "--pg-url", null);
        String pgbench = Bench.opt(args, "--pgbench", null); // "host port user database" for the pgbench baseline
        System.out.printf(Locale.ROOT, "load: %s clients submitting, %d dashboard readers, %d s each%n", Arrays.toString(clients), readers, seconds);
        for (int n : clients) {
            if (which.equals("duckdb") || which.equals("both")) {
                Path f = dir.resolve("submit-bench-" + n + ".duckdb");
                Files.deleteIfExists(f);
                Files.deleteIfExists(Path.of(f + ".wal"));
                once("DuckDB", "jdbc:duckdb:" + f, n, readers, seconds, dir);
            }
            if (which.equals("postgresql") || which.equals("both")) {
                if (pgUrl == null) throw new IllegalArgumentException("--pg-url is required for PostgreSQL (run.sh submit starts one)");
                resetPostgres(pgUrl);
                once("PostgreSQL", pgUrl, n, readers, seconds, dir);
                if (pgbench != null) pgbench(pgbench.split(" "), n, seconds, dir);
            }
        }
    }

    /** Empties the benchmark's PostgreSQL database (a fresh store for each run). */
    static void resetPostgres(String url) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
    }

    static void once(String name, String url, int clients, int readers, int seconds, Path dir) throws Exception {
        ReferenceData ref = ReferenceData.shipped();
        Path register = dir.resolve("submit-register.csv");
        StringBuilder b = new StringBuilder("enterprise_id,name,industry,region,size,scope_from,scope_to\n");
        for (int i = 0; i < ENTERPRISES; i++) b.append(id(i)).append(",企业").append(i).append(",3120,130102,large,2010-01,\n");
        Files.writeString(register, b, StandardCharsets.UTF_8);
        try (Database db = Database.open(url)) {
            ref.installIfEmpty(db);
            if (new ImportService(db, ref, Period.of(2026, 11), "bench").importEnterprises(register, ReadOptions.strict(), Progress.NONE).refused())
                throw new IllegalStateException("register refused");
            AccountService accounts = new AccountService(db, Clock.systemUTC());
            accounts.create("bench", "bench.admin", Role.ADMIN, "bench password 1234".toCharArray(), Set.of(), Set.of());
            String auth = "Bearer " + accounts.createToken("bench", "bench.admin", "write", Duration.ofDays(1));
            Javalin app = new Server(db, ref).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                Result warm = load(base, auth, clients, readers, Math.min(10, seconds), 0);
                Result r = load(base, auth, clients, readers, seconds, warm.next);
                long stored = count(db, "SELECT count(*) FROM submission_receipt") - warm.acknowledged;
                long rows = count(db, "SELECT count(*) FROM report") - warm.acknowledged * INDICATORS.length;
                boolean complete = stored == r.acknowledged && rows == r.acknowledged * INDICATORS.length;
                System.out.printf(Locale.ROOT, "%s, %d clients: %,d reports in %d s = %,.0f submissions/s (%,.0f rows/s); latency p50 %.1f ms, p99 %.1f ms, "
                                + "max %.1f ms; %d errors; dashboard GETs %,d (p99 %.1f ms); count check: %s (%,d receipts, %,d rows)%n",
                        name, clients, r.acknowledged, seconds, r.acknowledged / (double) seconds, r.acknowledged * INDICATORS.length / (double) seconds,
                        r.p(0.50), r.p(0.99), r.p(1.0), r.errors, r.reads, r.readP99, complete ? "every acknowledged report present once" : "MISMATCH",
                        stored, rows);
            } finally {
                app.stop();
            }
        }
    }

    static String id(int i) { return String.format("B%06d", i); }

    static long count(Database db, String sql) throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    record Result(long acknowledged, long errors, double[] latenciesMs, long reads, double readP99, int next) {
        double p(double q) {
            if (latenciesMs.length == 0) return Double.NaN;
            return latenciesMs[(int) Math.min(latenciesMs.length - 1, Math.ceil(q * latenciesMs.length) - 1 < 0 ? 0 : Math.ceil(q * latenciesMs.length) - 1)];
        }
    }

    /** Report number n: its enterprise and month follow from n (a new report each time: no two share a key). */
    static String body(int n) {
        StringBuilder b = new StringBuilder(256).append("{\"enterprise_id\":\"").append(id(n % ENTERPRISES)).append("\",\"period\":\"")
                .append(Period.format(Period.of(2015, 1) + n / ENTERPRISES)).append("\",\"rows\":[");
        for (int i = 0; i < INDICATORS.length; i++)
            b.append(i > 0 ? "," : "").append("{\"indicator\":\"").append(INDICATORS[i]).append("\",\"value\":").append(1000 + (n % 997) * 3.25 + i).append('}');
        return b.append("]}").toString();
    }

    static Result load(String base, String auth, int clients, int readers, int seconds, int first) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger(first);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> lat = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[clients];
        for (int t = 0; t < clients; t++) {
            long[] mine = new long[4_000_000 / clients + 1000];
            lat.add(mine);
            int me = t;
            Thread th = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int n = next.getAndIncrement();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/reports")).header("Authorization", auth)
                                .header("Content-Type", "application/json").header("Idempotency-Key", "bench-" + n)
                                .POST(HttpRequest.BodyPublishers.ofString(body(n))).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 201) {
                            if (errors.incrementAndGet() < 5) System.err.println("error " + r.statusCode() + ": " + r.body());
                            continue;
                        }
                    } catch (Exception e) {
                        if (errors.incrementAndGet() < 5) System.err.println("error: " + e);
                        continue;
                    }
                    if (counts[me] < mine.length) mine[counts[me]++] = System.nanoTime() - t0;
                }
            }, "submit-" + t);
            threads.add(th);
        }
        long[] readLat = new long[2_000_000];
        AtomicInteger reads = new AtomicInteger();
        for (int t = 0; t < readers; t++) {
            int me = t;
            threads.add(new Thread(() -> {
                int k = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        String path = (k++ + me) % 2 == 0 ? "/" : "/api/series?limit=100";
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            if (errors.incrementAndGet() < 5) System.err.println("read error " + r.statusCode());
                            continue;
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        continue;
                    }
                    int i = reads.getAndIncrement();
                    if (i < readLat.length) readLat[i] = System.nanoTime() - t0;
                }
            }, "read-" + t));
        }
        for (Thread th : threads) th.start();
        for (Thread th : threads) th.join();
        long total = 0;
        for (int c : counts) total += c;
        double[] ms = new double[(int) total];
        int k = 0;
        for (int t = 0; t < clients; t++) for (int i = 0; i < counts[t]; i++) ms[k++] = lat.get(t)[i] / 1e6;
        Arrays.sort(ms);
        int nr = Math.min(reads.get(), readLat.length);
        double[] rms = new double[nr];
        for (int i = 0; i < nr; i++) rms[i] = readLat[i] / 1e6;
        Arrays.sort(rms);
        return new Result(total, errors.get(), ms, nr, nr == 0 ? Double.NaN : rms[(int) Math.max(0, Math.ceil(0.99 * nr) - 1)], next.get());
    }

    /** pgbench on the same server: one single-row INSERT per transaction, the same number of clients, the same time. */
    static void pgbench(String[] conn, int clients, int seconds, Path dir) throws Exception {
        String url = "jdbc:postgresql://" + conn[0] + ":" + conn[1] + "/" + conn[3] + "?user=" + conn[2];
        try (Connection c = java.sql.DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS pgbench_report");
            st.execute("CREATE TABLE pgbench_report (enterprise_id VARCHAR(32) NOT NULL, period VARCHAR(7) NOT NULL, indicator VARCHAR(80) NOT NULL, "
                    + "value DOUBLE PRECISION NOT NULL)");
        }
        Path script = dir.resolve("pgbench-insert.sql");
        Files.writeString(script, "\\set e random(1, " + ENTERPRISES + ")\n"
                + "INSERT INTO pgbench_report VALUES ('B' || :e, '2015-01', 'output_value', random() * 1000);\n", StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("pgbench", "-n", "-h", conn[0], "-p", conn[1], "-U", conn[2], "-c", String.valueOf(clients),
                "-j", "2", "-T", String.valueOf(seconds), "-f", script.toString(), conn[3]).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String tps = out.lines().filter(l -> l.startsWith("tps")).findFirst().orElse("(no tps line: " + out + ")");
        String lat = out.lines().filter(l -> l.startsWith("latency average")).findFirst().orElse("");
        System.out.printf(Locale.ROOT, "pgbench, %d clients, single-row INSERT transactions: %s; %s%n", clients, tps, lat);
    }
}
