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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
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
 * server while dashboard readers GET the public page and /api/series at --read-rate a second; each client count runs for --seconds. Reported:
 * submissions a second, latency percentiles, errors, and a count check (every acknowledged report is in the store once).
 * On PostgreSQL (--pg-url) the baseline is pgbench on the same server in the same run: single-row INSERTs, each its
 * own transaction, same client count (what the durable commits of a plain OLTP insert reach on this machine).
 */
final class SubmitBench {
    private SubmitBench() {}

    static final String[] INDICATORS = {"output_value", "sales_value", "export_value", "revenue", "electricity", "employment"};
    static final int ENTERPRISES = 400_000; // a national register: one report each a month
    /** Dashboard GETs a second, all readers together (a reader waits for its next turn; the server is not flooded). */
    static double readRate = 50;

    static void run(String[] args, Path dir) throws Exception {
        int seconds = Integer.parseInt(Bench.opt(args, "--seconds", "300"));
        int[] clients = Arrays.stream(Bench.opt(args, "--clients", "32").split(",")).mapToInt(Integer::parseInt).toArray();
        int readers = Integer.parseInt(Bench.opt(args, "--readers", "2"));
        readRate = Double.parseDouble(Bench.opt(args, "--read-rate", "50"));
        String which = Bench.opt(args, "--db", "duckdb");
        String pgUrl = Bench.opt(args, "--pg-url", null);
        String pgbench = Bench.opt(args, "--pgbench", null); // "host port user database" for the pgbench baseline
        int pgbenchSeconds = Integer.parseInt(Bench.opt(args, "--pgbench-seconds", String.valueOf(seconds))); // its rate is steady: 60 s tell it
        System.out.printf(Locale.ROOT, "load: %s clients submitting, %d dashboard readers (%.0f GETs/s together), %d s each%n",
                Arrays.toString(clients), readers, readRate, seconds);
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
                if (pgbench != null) pgbench(pgbench.split(" "), n, pgbenchSeconds, dir);
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
                Result warm = load(base, auth, clients, readers, Math.min(10, seconds), 0, dir);
                Thread.sleep(500); // the warm-up's last commits
                long receipts0 = count(db, "SELECT count(*) FROM submission_receipt"), rows0 = count(db, "SELECT count(*) FROM report");
                long cpu0 = cpuNanos();
                Result r = load(base, auth, clients, readers, seconds, warm.next, dir);
                double cpu = (cpuNanos() - cpu0) / 1e9;
                Thread.sleep(500); // reports in flight when wrk stopped: committed, their answers unread
                long stored = count(db, "SELECT count(*) FROM submission_receipt") - receipts0;
                long rows = count(db, "SELECT count(*) FROM report") - rows0;
                long keys = count(db, "SELECT count(DISTINCT idem_key) FROM idempotency_key") - (receipts0);
                // wrk does not say which requests were answered, so the check is by count: every answered report is
                // there (receipts >= answers), none twice (one key, one receipt, six rows each), and at most one
                // report per connection committed without its answer being read when wrk stopped
                boolean complete = stored >= r.acknowledged && stored <= r.acknowledged + clients && keys == stored && rows == stored * INDICATORS.length;
                System.out.printf(Locale.ROOT, "%s, %d clients: %,d reports in %d s = %,.0f submissions/s (%,.0f rows/s); latency p50 %.1f ms, p90 %.1f ms, "
                                + "p99 %.1f ms, p99.9 %.1f ms, max %.1f ms; %d errors; dashboard GETs %,d (p99 %.1f ms); count check: %s (%,d answered, %,d receipts, %,d keys, %,d rows); "
                                + "the server JVM (%s) used %.1f CPU s = %,.0f submissions per CPU second%n",
                        name, clients, r.acknowledged, seconds, r.acknowledged / (double) seconds, r.acknowledged * INDICATORS.length / (double) seconds,
                        r.p50Ms, r.p90Ms, r.p99Ms, r.p999Ms, r.maxMs, r.errors, r.reads, r.readP99, complete ? "every answered report present once" : "MISMATCH",
                        r.acknowledged, stored, keys, rows, name.equals("DuckDB") ? "with DuckDB and the dashboard readers" : "and the dashboard readers; PostgreSQL's own CPU not counted",
                        cpu, r.acknowledged / cpu);
            } finally {
                app.stop();
            }
        }
    }

    /** CPU time of this process (all its threads): a rate per CPU second is comparable on a shared machine. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String id(int i) { return String.format("B%06d", i); }

    static long count(Database db, String sql) throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What one load run measured; {@code next} is the first report number the next run may use. */
    record Result(long acknowledged, long errors, double p50Ms, double p90Ms, double p99Ms, double p999Ms, double maxMs, long reads, double readP99, int next) {}

    /**
     * wrk's script: thread t of T sends reports first + t, first + t + T, … (6 rows) and an Idempotency-Key each; done() prints the numbers this class reads.
     */
    static String lua() {
        StringBuilder ind = new StringBuilder();
        for (String i : INDICATORS) ind.append(ind.length() > 0 ? ", " : "").append('"').append(i).append('"');
        return """
                -- generated by SubmitBench: report n = first + thread + k * threads, a new enterprise-month each
                local indicators = {%s}
                local enterprises = %d
                local base = %d -- 2015-01 as year * 12 + month - 1
                local threads = {}
                setup = function(thread)
                  thread:set("tid", #threads)
                  table.insert(threads, thread)
                end
                init = function(args)
                  first = tonumber(args[1]); nthreads = tonumber(args[2]); auth = args[3]; k = 0
                end
                request = function()
                  local n = first + tid + k * nthreads
                  k = k + 1
                  local m = base + math.floor(n / enterprises)
                  local rows = {}
                  for i, name in ipairs(indicators) do
                    rows[i] = string.format('{"indicator":"%%s","value":%%.2f}', name, 1000 + (n %% 997) * 3.25 + i - 1)
                  end
                  local body = string.format('{"enterprise_id":"B%%06d","period":"%%04d-%%02d","rows":[%%s]}',
                    n %% enterprises, math.floor(m / 12), m %% 12 + 1, table.concat(rows, ","))
                  return wrk.format("POST", "/api/reports", {["Authorization"] = auth, ["Content-Type"] = "application/json",
                    ["Idempotency-Key"] = "bench-" .. n}, body)
                end
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("MOMENTUM requests=%%d status=%%d connect=%%d read=%%d write=%%d timeout=%%d p50=%%.3f p99=%%.3f max=%%.3f p90=%%.3f p999=%%.3f\\n",
                    summary.requests, e.status, e.connect, e.read, e.write, e.timeout,
                    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
                    latency:percentile(90) / 1000, latency:percentile(99.9) / 1000))
                  local next = 0
                  for _, t in ipairs(threads) do next = math.max(next, t:get("first") + t:get("k") * #threads) end
                  io.write(string.format("MOMENTUM next=%%d\\n", next))
                end
                """.formatted(ind, ENTERPRISES, Period.of(2015, 1));
    }

    /**
     * wrk (a separate process, so that the server's CPU is its own) sends the reports over {@code clients}
     * connections while this JVM's readers GET the dashboard at {@link #readRate} a second.
     */
    static Result load(String base, String auth, int clients, int readers, int seconds, int first, Path dir) throws Exception {
        Path script = dir.resolve("submit.lua");
        Files.writeString(script, lua(), StandardCharsets.UTF_8);
        int threads = Math.min(2, clients);
        Process wrk = new ProcessBuilder("wrk", "-t" + threads, "-c" + clients, "-d" + seconds + "s", "--timeout", "10s", "-s", script.toString(),
                base + "/api/reports", "--", String.valueOf(first), String.valueOf(threads), auth).redirectErrorStream(true).start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threadsList = new ArrayList<>();
        long[] readLat = new long[2_000_000];
        AtomicInteger reads = new AtomicInteger();
        for (int t = 0; t < readers; t++) {
            int me = t;
            threadsList.add(new Thread(() -> {
                int k = 0;
                long interval = (long) (readers * 1e9 / readRate), due = System.nanoTime();
                while (System.nanoTime() < end) {
                    due += interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
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
        for (Thread th : threadsList) th.start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(60, TimeUnit.SECONDS) || wrk.exitValue() != 0) throw new IllegalStateException("wrk failed:\n" + out);
        for (Thread th : threadsList) th.join();
        Matcher m = Pattern.compile("MOMENTUM requests=(\\d+) status=(\\d+) connect=(\\d+) read=(\\d+) write=(\\d+) timeout=(\\d+) "
                + "p50=([0-9.]+) p99=([0-9.]+) max=([0-9.]+) p90=([0-9.]+) p999=([0-9.]+)").matcher(out);
        Matcher next = Pattern.compile("MOMENTUM next=(\\d+)").matcher(out);
        if (!m.find() || !next.find()) throw new IllegalStateException("cannot read wrk's output:\n" + out);
        long status = Long.parseLong(m.group(2));
        long wrkErrors = status + Long.parseLong(m.group(3)) + Long.parseLong(m.group(4)) + Long.parseLong(m.group(5)) + Long.parseLong(m.group(6));
        if (wrkErrors > 0) System.err.println("wrk saw errors:\n" + out);
        int nr = Math.min(reads.get(), readLat.length);
        double[] rms = new double[nr];
        for (int i = 0; i < nr; i++) rms[i] = readLat[i] / 1e6;
        Arrays.sort(rms);
        return new Result(Long.parseLong(m.group(1)) - status, wrkErrors + errors.get(), Double.parseDouble(m.group(7)), Double.parseDouble(m.group(10)),
                Double.parseDouble(m.group(8)), Double.parseDouble(m.group(11)), Double.parseDouble(m.group(9)), nr, nr == 0 ? Double.NaN : rms[(int) Math.max(0, Math.ceil(0.99 * nr) - 1)], Integer.parseInt(next.group(1)));
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
