package org.momentum.bench;

import io.javalin.Javalin;
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.momentum.app.demo.PanelFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.intake.ImportService;
import org.momentum.app.ops.JsonLog;
import org.momentum.app.releases.ReleaseService;
import org.momentum.app.web.OpsRoutes;
import org.momentum.app.web.Server;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;
import org.momentum.synthetic.GeneratorSpec;

/**
 * Issue 6's API throughput: wrk (Debian's) on loopback, 200 connections, GET /api/series/{id}/observations for
 * series drawn at random (a Lua script) from every series of a published release, against the same server
 * returning a fixed small JSON body ({@link OpsRoutes#CEILING_PATH}, a bench-only route) in the same run: the
 * ceiling of the HTTP stack, security filter and request log. Goal: at least half the ceiling's throughput, p99
 * under 20 ms. Each target gets a warm-up run, then the runs alternate ceiling, observations, ceiling, ….
 */
final class ApiBench {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ApiBench() {}

    static void run(int enterprises, int repeat, int connections, int seconds, int threads, Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("api"));
        // the store is kept between runs of the same size (building it is not what is measured)
        Path dbFile = data.resolve("api-" + enterprises + ".duckdb");
        boolean reuse = Files.exists(dbFile);
        Database db = Database.open("jdbc:duckdb:" + dbFile);
        ReferenceData ref = ReferenceData.shipped();
        int last = Period.of(2018, 6);
        long t0 = System.nanoTime();
        if (reuse && Releases.series(db, Instant.now()).isEmpty()) {
            db.close();
            Files.delete(dbFile);
            db = Database.open("jdbc:duckdb:" + dbFile);
            reuse = false;
        }
        if (!reuse) build(db, ref, enterprises, last, data);
        List<String> ids = new ArrayList<>();
        for (Releases.PublishedSeries s : Releases.series(db, Instant.now())) ids.add(s.key().id());
        Collections.shuffle(ids, new Random(7));
        System.out.printf(Locale.ROOT, "store: %,d enterprises 2016-01..%s, release of %s published: %,d series (%s)%n",
                enterprises, Period.format(last), Period.format(last), ids.size(),
                reuse ? "reused " + dbFile : String.format(Locale.ROOT, "%.0f s to build", (System.nanoTime() - t0) / 1e9));

        Path script = data.resolve("observations.lua");
        Files.writeString(script, lua(ids));
        // the request log goes to a file, as a server's would; both targets write it
        Path log = data.resolve("requests.log");
        PrintStream logStream = new PrintStream(new BufferedOutputStream(Files.newOutputStream(log), 1 << 16), false, java.nio.charset.StandardCharsets.UTF_8);
        JsonLog.to(logStream);
        System.setProperty(OpsRoutes.CEILING_PROPERTY, "true");
        Javalin app = new Server(db, ref).start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + app.port();
        try {
            check(base + "/api/series/" + ids.get(0) + "/observations");
            check(base + OpsRoutes.CEILING_PATH);
            System.out.printf(Locale.ROOT, "wrk: %d threads, %d connections, %d s per run, %d runs each (after a %d s warm-up of each); load before: %s%n",
                    threads, connections, seconds, repeat, Math.max(3, seconds / 2), load());
            wrk(base + OpsRoutes.CEILING_PATH, null, threads, connections, Math.max(3, seconds / 2));
            wrk(base, script, threads, connections, Math.max(3, seconds / 2));
            double[] cRps = new double[repeat], cP99 = new double[repeat], oRps = new double[repeat], oP99 = new double[repeat],
                    cCpu = new double[repeat], oCpu = new double[repeat];
            for (int i = 0; i < repeat; i++) {
                Result c = wrk(base + OpsRoutes.CEILING_PATH, null, threads, connections, seconds);
                Result o = wrk(base, script, threads, connections, seconds);
                cRps[i] = c.rps; cP99[i] = c.p99Ms; oRps[i] = o.rps; oP99[i] = o.p99Ms; cCpu[i] = c.cpuUsPerRequest; oCpu[i] = o.cpuUsPerRequest;
                System.out.printf(Locale.ROOT, "run %d: ceiling %,.0f req/s p99 %.2f ms (%d errors, server CPU %.0f µs/request); "
                                + "observations %,.0f req/s p99 %.2f ms (%d errors, server CPU %.0f µs/request), %.1f KB/response; load: %s%n",
                        i + 1, c.rps, c.p99Ms, c.errors, c.cpuUsPerRequest, o.rps, o.p99Ms, o.errors, o.cpuUsPerRequest, o.bytesPerSec / o.rps / 1024, load());
                if (o.errors > 0 || c.errors > 0) System.out.println("  errors: non-2xx or socket errors, see above");
            }
            double cr = Bench.median(cRps), or = Bench.median(oRps), op = Bench.median(oP99);
            System.out.printf(Locale.ROOT, "median of %d runs: observations %,.0f req/s vs ceiling %,.0f req/s: ratio %.2f (goal >= 0.5: %s); "
                            + "observations p99 %.2f ms (goal < 20 ms: %s), ceiling p99 %.2f ms; load after: %s%n",
                    repeat, or, cr, or / cr, or / cr >= 0.5 ? "met" : "NOT met", op, op < 20 ? "met" : "NOT met", Bench.median(cP99), load());
            System.out.printf(Locale.ROOT, "server CPU per request (median): observations %.0f µs vs ceiling %.0f µs (ceiling/observations %.2f)%n",
                    Bench.median(oCpu), Bench.median(cCpu), Bench.median(cCpu) / Bench.median(oCpu));
        } finally {
            app.stop();
            logStream.close();
            JsonLog.to(System.err);
            db.close();
        }
    }

    /** A generated panel, its indicators, and its latest month published as a release (the API and page benches' store). */
    static void build(Database db, ReferenceData ref, int enterprises, int last, Path data) {
        ref.installIfEmpty(db);
        PanelFiles.Written w = PanelFiles.generate(GeneratorSpec.of(enterprises, Period.of(2016, 1), last, 7), data, Progress.NONE);
        ImportService intake = new ImportService(db, ref, last + 1, "bench");
        for (ImportService.Result r : List.of(intake.importEnterprises(w.enterprises(), ReadOptions.strict(), Progress.NONE),
                intake.importReports(w.reports(), ReadOptions.strict(), Progress.NONE), intake.importPrices(w.prices(), ReadOptions.strict(), Progress.NONE)))
            if (r.refused()) throw new IllegalStateException(r.read().file() + " was refused: " + r.read().errors());
        new IndicatorService(ref).recomputeAll(db, "bench");
        Instant now = Instant.now();
        Release d = new ReleaseService(db, ref, java.time.Clock.systemUTC()).create(last, now, null, 0, null, "bench").release();
        Releases.approve(db, d.id(), "bench", now, now);
        Releases.publish(db, d.id(), "bench", Instant.now(), true);
    }

    /** wrk picks a random series per request (math.random over the ids; wrk seeds it per thread). */
    static String lua(List<String> ids) {
        StringBuilder b = new StringBuilder("-- generated by ApiBench: random published series ids\nlocal ids = {\n");
        for (String id : ids) b.append("  \"").append(id).append("\",\n");
        b.append("""
                }
                local n = #ids
                init = function(args) math.randomseed(os.time() + math.floor(os.clock() * 1e6)) end
                request = function()
                  return wrk.format("GET", "/api/series/" .. ids[math.random(n)] .. "/observations")
                end
                """);
        return b.toString();
    }

    private static void check(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
    }

    /** wrk's numbers, and the server's CPU time per request (this JVM's, which wrk is not part of: steadier than rates on a shared machine). */
    record Result(double rps, double p99Ms, double bytesPerSec, long errors, double cpuUsPerRequest) {}

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Result wrk(String url, Path script, int threads, int connections, int seconds) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency"));
        if (script != null) cmd.addAll(List.of("-s", script.toString()));
        cmd.add(url);
        long cpu0 = cpuNanos();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException("wrk failed: " + out);
        long cpu = cpuNanos() - cpu0;
        Result r = parse(out);
        Matcher total = Pattern.compile("(\\d+) requests in").matcher(out);
        double us = total.find() ? cpu / 1e3 / Math.max(1, Long.parseLong(total.group(1))) : Double.NaN;
        return new Result(r.rps, r.p99Ms, r.bytesPerSec, r.errors, us);
    }

    /** Reads wrk's report: "Requests/sec:", "Transfer/sec:", the 99% line of --latency, non-2xx and socket errors. */
    static Result parse(String out) {
        Matcher rps = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
        Matcher p99 = Pattern.compile("\\n\\s*99%\\s+([0-9.]+)(us|ms|s)\\b").matcher(out);
        Matcher transfer = Pattern.compile("Transfer/sec:\\s+([0-9.]+)(B|KB|MB|GB)").matcher(out);
        if (!rps.find() || !p99.find() || !transfer.find()) throw new IllegalStateException("cannot read wrk's output:\n" + out);
        double ms = Double.parseDouble(p99.group(1)) * switch (p99.group(2)) { case "us" -> 1e-3; case "ms" -> 1; default -> 1e3; };
        double bytes = Double.parseDouble(transfer.group(1)) * switch (transfer.group(2)) { case "B" -> 1; case "KB" -> 1024; case "MB" -> 1 << 20; default -> 1 << 30; };
        long errors = 0;
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)").matcher(out);
        if (non2xx.find()) errors += Long.parseLong(non2xx.group(1));
        Matcher sock = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        if (sock.find()) for (int g = 1; g <= 4; g++) errors += Long.parseLong(sock.group(g));
        return new Result(Double.parseDouble(rps.group(1)), ms, bytes, errors, Double.NaN);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
