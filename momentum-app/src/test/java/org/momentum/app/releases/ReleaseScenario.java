package org.momentum.app.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.momentum.app.TestFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.intake.ImportService;
import org.momentum.app.web.Server;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;

/**
 * A small store for release tests: two firms with monthly output 2016-01..2017-03, imported in three files
 * (the second and third revise earlier months), and the server on a free port with a clock the test moves.
 * Each firm reports as three enterprises of the same class and county ({@link #parts}), so that every published
 * cell has the three contributors disclosure control asks for (FREQ 3, P 10, NK 2,85) and shows its value.
 * <pre>
 * output_value, ALL = E1 (3491, Beijing: E1a + E1b + E1c) + E2 (3612, Shanghai: E2a + E2b + E2c)
 *   2016: 300 294 320 328 327 345 343 360 367 370 390 410
 *   2017: 350 354 (358 after file 2 revises E1 126 → 130) 382 (392 after file 3 revises E2 250 → 260)
 * </pre>
 */
final class ReleaseScenario implements AutoCloseable {
    static final double[] E1 = {100, 104, 110, 108, 112, 115, 118, 120, 117, 125, 130, 140, 120, 126, 132};
    static final double[] E2 = {200, 190, 210, 220, 215, 230, 225, 240, 250, 245, 260, 270, 230, 228, 250};
    static final String ENTERPRISES = """
            enterprise_id,name,industry,region,size,scope_from,scope_to
            E1a,北京机器人有限公司,3491,110101,large,2016-01,
            E1b,北京机器人二厂,3491,110101,large,2016-01,
            E1c,北京机器人三厂,3491,110101,large,2016-01,
            E2a,上海新能源汽车有限公司,3612,310101,large,2016-01,
            E2b,上海新能源汽车二厂,3612,310101,large,2016-01,
            E2c,上海新能源汽车三厂,3612,310101,large,2016-01,
            """;

    final Database db;
    final ReferenceData ref = ReferenceData.shipped();
    final MutableClock clock;
    final Javalin app;
    final HttpClient http = HttpClient.newHttpClient();
    final String base;
    final ObjectMapper json = new ObjectMapper();
    /** Instants after each file was imported: the cut-offs of the releases. */
    final Instant afterFile1, afterFile2, afterFile3;

    static final String HEADER = "enterprise_id,period,indicator,value\n";

    ReleaseScenario(Path dir) throws Exception {
        this(dir, ENTERPRISES, REPORT_FILES);
    }

    /** The three report files of the default scenario. */
    static final String[] REPORT_FILES = {HEADER + reports("E1", E1) + reports("E2", E2),
            HEADER + parts("E1", "2017-02", 130) + parts("E1", "2017-03", 132) + parts("E2", "2017-03", 250),
            HEADER + parts("E2", "2017-03", 260)};

    /**
     * Three crude-steel makers (class 3120, Shijiazhuang) reporting capacity only, 100 t each through 2016 and 80 t
     * each in 2017: a cut of 60 t from the 2016-12 baseline, and no output, so the output figures above are unchanged.
     */
    static final String STEEL_MAKERS = """
            S1a,石家庄钢铁一厂,3120,130100,large,2016-01,
            S1b,石家庄钢铁二厂,3120,130100,large,2016-01,
            S1c,石家庄钢铁三厂,3120,130100,large,2016-01,
            """;

    static String steelCapacity() {
        StringBuilder b = new StringBuilder();
        for (int p = Period.of(2016, 1); p <= Period.of(2017, 3); p++)
            for (String e : new String[] {"S1a", "S1b", "S1c"})
                b.append(e).append(',').append(Period.format(p)).append(",capacity.crude_steel,").append(p < Period.of(2017, 1) ? 100 : 80).append('\n');
        return b.toString();
    }

    /** The default scenario with the steel makers, prices (PPI +2% on a year earlier) and the steel target loaded after the reports. */
    static ReleaseScenario withPricesAndSteelTarget(Path dir) throws Exception {
        String[] files = REPORT_FILES.clone();
        files[0] = files[0] + steelCapacity();
        ReleaseScenario s = new ReleaseScenario(dir, ENTERPRISES + STEEL_MAKERS, files);
        StringBuilder prices = new StringBuilder("industry,period,ppi_yoy\n");
        for (int p = Period.of(2016, 1); p <= Period.of(2017, 3); p++) prices.append("ALL,").append(Period.format(p)).append(",1.02\n");
        ImportService intake = new ImportService(s.db, s.ref, Period.of(2026, 11), "test");
        assertFalse(intake.importPrices(TestFiles.write(dir, "prices.csv", prices.toString()), ReadOptions.strict(), Progress.NONE).refused());
        org.momentum.app.targets.TargetImport.Result t = new org.momentum.app.targets.TargetImport(s.db, s.ref, "test").targets(TestFiles.write(dir, "targets.csv", """
                target_id,name,name_zh,measure,industry,region,baseline_value,baseline_period,goal_kind,goal_value,deadline,direction,tolerance
                steel-capacity-2017,Cut crude-steel capacity by more than 50 t in 2017,2017年压减粗钢产能50吨以上,capacity.crude_steel,3120,ALL,300,2016-12,change,-50,2017-12,down,0
                """), ReadOptions.strict());
        assertFalse(t.refused(), () -> t.read().errors().toString());
        pause();
        s.clock.set(Instant.now().truncatedTo(ChronoUnit.MICROS));  // releases may now cut off after the prices
        return s;
    }

    /** A store of these enterprises and report files, imported in order (the cut-offs after the first three). */
    ReleaseScenario(Path dir, String enterprises, String... reportFiles) throws Exception {
        db = Database.open("jdbc:duckdb:" + dir.resolve("releases.duckdb"));
        ref.installIfEmpty(db);
        ImportService intake = new ImportService(db, ref, Period.of(2026, 11), "test");
        assertFalse(intake.importEnterprises(TestFiles.write(dir, "enterprises.csv", enterprises), ReadOptions.strict(), Progress.NONE).refused());
        Instant[] after = new Instant[3];
        for (int f = 0; f < reportFiles.length; f++) {
            importReports(intake, dir, "r" + (f + 1) + ".csv", reportFiles[f]);
            Instant t = pause();
            for (int k = Math.min(f, 2); k < 3; k++) after[k] = t;
        }
        afterFile1 = after[0];
        afterFile2 = after[1];
        afterFile3 = after[2];
        clock = new MutableClock(afterFile3.plusSeconds(1));
        app = new Server(db, ref, clock, 20).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    /** The monthly output of a firm from 2016-01, as its three enterprises' reports. */
    private static String reports(String firm, double[] output) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < output.length; i++) b.append(parts(firm, Period.format(Period.of(2016, 1) + i), (long) output[i]));
        return b.toString();
    }

    /**
     * A firm's output of a month split among its enterprises {@code a, b, c} in whole numbers ⌊x/3⌋, ⌊x/3⌋ and the
     * rest, so that every sum of them is exact and the firm's figures above are the cells' values.
     */
    static String parts(String firm, String period, long output) {
        long a = output / 3;
        return firm + "a," + period + ",output_value," + a + "\n" + firm + "b," + period + ",output_value," + a + "\n"
                + firm + "c," + period + ",output_value," + (output - 2 * a) + "\n";
    }

    private static void importReports(ImportService intake, Path dir, String name, String text) throws Exception {
        ImportService.Result r = intake.importReports(TestFiles.write(dir, name, text), ReadOptions.strict(), Progress.NONE);
        assertFalse(r.refused(), () -> r.read().errors().toString());
    }

    /** The current instant, strictly after the import just finished and before the next begins. */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(5);
        Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Thread.sleep(5);
        return t;
    }

    ReleaseService service() { return new ReleaseService(db, ref, clock); }

    /** Creates and approves a release with its embargo an hour after the clock's now; returns it approved. */
    Release approved(int period, Instant cutoff, long correctionOf, String reason) {
        Instant embargo = clock.instant().plus(1, ChronoUnit.HOURS);
        Release d = service().create(period, cutoff, embargo, correctionOf, reason, "analyst").release();
        return Releases.approve(db, d.id(), "publisher", null, clock.instant());
    }

    /** Moves the clock to the embargo time and waits until the running server's scheduler has published it. */
    Release publishAtEmbargo(Release r) throws Exception {
        clock.set(r.embargoAt());
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode j = get("/api/releases/" + r.id());
            if (j.get("status").asText().equals("published")) return Releases.get(db, r.id());
            Thread.sleep(20);
        }
        throw new AssertionError("the scheduler did not publish release " + r.id());
    }

    HttpResponse<String> request(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> r = request(path);
        assertEquals(200, r.statusCode(), () -> path + ": " + r.body());
        return json.readTree(r.body());
    }

    @Override
    public void close() {
        app.stop();
        db.close();
    }
}
