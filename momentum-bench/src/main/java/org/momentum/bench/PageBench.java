package org.momentum.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.momentum.app.web.Server;
import org.momentum.classification.Period;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/**
 * Issue 7's page budget: first contentful paint (Paint Timing, {@code first-contentful-paint}) and transferred
 * JavaScript (Resource Timing {@code transferSize} of scripts) of the public dashboard, against an empty page
 * from the same server, in a fresh headless Chromium session each time (cold cache), in the same run. The store is
 * a generated panel with its latest month published as a release. Chromium is driven through chromedriver's
 * W3C WebDriver protocol (plain HTTP/JSON), so the bench needs nothing beyond the app.
 */
final class PageBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PageBench() {}

    static void run(String[] args, int enterprises, int repeat, Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("page"));
        Path dbFile = data.resolve("page.duckdb");
        Files.deleteIfExists(dbFile);
        Database db = Database.open("jdbc:duckdb:" + dbFile);
        ReferenceData ref = ReferenceData.shipped();
        int last = Period.of(2018, 6);
        long t0 = System.nanoTime();
        ApiBench.build(db, ref, enterprises, last, data);
        System.out.printf(Locale.ROOT, "store: %,d enterprises 2016-01..%s, release of %s published (%.0f s to build)%n",
                enterprises, Period.format(last), Period.format(last), (System.nanoTime() - t0) / 1e9);

        Javalin app = new Server(db, ref).start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + app.port();
        int driverPort;
        try (ServerSocket s = new ServerSocket(0)) { driverPort = s.getLocalPort(); }
        Process driver = new ProcessBuilder("/usr/bin/chromedriver", "--port=" + driverPort).redirectErrorStream(true)
                .redirectOutput(data.resolve("chromedriver.log").toFile()).start();
        String wd = "http://127.0.0.1:" + driverPort;
        try {
            waitReady(wd);
            measure(wd, base + "/", true); // warm-up, not counted: the server reads the release once, then serves it from memory
            double[] fcpEmpty = new double[repeat], fcpDash = new double[repeat], jsEmpty = new double[repeat], jsDash = new double[repeat],
                    allDash = new double[repeat];
            for (int i = 0; i < repeat; i++) {
                Map<String, Double> e = measure(wd, base + "/assets/bench/empty.html", false);
                Map<String, Double> m = measure(wd, base + "/", true);
                fcpEmpty[i] = e.get("fcp"); jsEmpty[i] = e.get("js");
                fcpDash[i] = m.get("fcp"); jsDash[i] = m.get("js"); allDash[i] = m.get("all");
                System.out.printf(Locale.ROOT, "run %d: empty FCP %.0f ms, dashboard FCP %.0f ms (first byte at %.0f ms), dashboard JS %.0f bytes, all %.0f bytes%n",
                        i + 1, fcpEmpty[i], fcpDash[i], m.get("ttfb"), jsDash[i], allDash[i]);
            }
            double fe = Bench.median(fcpEmpty), fd = Bench.median(fcpDash);
            System.out.printf(Locale.ROOT, "median of %d cold loads: first contentful paint dashboard %.0f ms vs empty page %.0f ms (ratio %.2f; budget 300 ms: %s)%n",
                    repeat, fd, fe, fd / fe, fd < 300 ? "met" : "NOT met");
            System.out.printf(Locale.ROOT, "transferred JavaScript: dashboard %.2f MB vs empty page %.2f MB (budget 1.5 MB: %s); everything transferred %.2f MB%n",
                    Bench.median(jsDash) / 1e6, Bench.median(jsEmpty) / 1e6, Bench.median(jsDash) < 1.5e6 ? "met" : "NOT met", Bench.median(allDash) / 1e6);
        } finally {
            driver.destroy();
            app.stop();
            db.close();
        }
    }

    /** One cold load in a new browser session: FCP in ms, script bytes and all bytes transferred (after the charts). */
    private static Map<String, Double> measure(String wd, String url, boolean waitForCharts) throws Exception {
        String caps = """
                {"capabilities":{"alwaysMatch":{"browserName":"chrome","goog:chromeOptions":{"binary":"/usr/bin/chromium",
                "args":["--headless=new","--no-sandbox","--disable-dev-shm-usage","--window-size=1280,900"]}}}}""";
        String session = post(wd + "/session", caps).get("value").get("sessionId").asText();
        try {
            post(wd + "/session/" + session + "/url", JSON.writeValueAsString(Map.of("url", url)));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (true) {
                String ready = waitForCharts
                        ? "var c = document.querySelector('#map canvas'); return !!(c && document.querySelector('#map').getAttribute('data-drawn') && performance.getEntriesByName('first-contentful-paint').length);"
                        : "return performance.getEntriesByName('first-contentful-paint').length > 0;";
                if (script(wd, session, ready).asBoolean()) break;
                if (System.nanoTime() > deadline) throw new IllegalStateException("the page did not finish drawing: " + url);
                Thread.sleep(50);
            }
            JsonNode r = script(wd, session, """
                    var js = 0, all = 0;
                    performance.getEntriesByType('resource').forEach(function (e) {
                      all += e.transferSize; if (e.initiatorType === 'script' || /\\.js($|\\?)/.test(e.name)) js += e.transferSize; });
                    var nav = performance.getEntriesByType('navigation')[0];
                    return {fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime, js: js, all: all + (nav ? nav.transferSize : 0), ttfb: nav ? nav.responseStart : 0};""");
            return Map.of("fcp", r.get("fcp").asDouble(), "js", r.get("js").asDouble(), "all", r.get("all").asDouble(), "ttfb", r.get("ttfb").asDouble());
        } finally {
            HTTP.send(HttpRequest.newBuilder(URI.create(wd + "/session/" + session)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static JsonNode script(String wd, String session, String body) throws Exception {
        return post(wd + "/session/" + session + "/execute/sync", JSON.writeValueAsString(Map.of("script", body, "args", List.of()))).get("value");
    }

    private static JsonNode post(String url, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    private static void waitReady(String wd) throws Exception {
        for (int i = 0; i < 200; i++) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(wd + "/status")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && JSON.readTree(r.body()).get("value").get("ready").asBoolean()) return;
            } catch (java.io.IOException notYet) {
                // chromedriver is still starting
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("chromedriver did not start (is scripts/install-browser.sh run?)");
    }
}
