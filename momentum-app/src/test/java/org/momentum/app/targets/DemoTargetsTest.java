package org.momentum.app.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.demo.DemoTargets;
import org.momentum.app.demo.PanelFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.intake.ImportService;
import org.momentum.app.web.Server;
import org.momentum.classification.Period;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.synthetic.DemoProgramme;
import org.momentum.synthetic.DemoZones;
import org.momentum.synthetic.GeneratorSpec;

/**
 * The demo's targets and pilots on a smaller deterministic equivalent of the demo (3,000 enterprises, the demo's
 * months and seed, output and steel capacity only: the national calibration holds at any size), through the same
 * path as {@code momentum demo}: generate with the pilots' effect, import, compute, load the targets and programme,
 * then the board, the API and the programme page.
 */
class DemoTargetsTest {
    @TempDir static Path dir;
    static Database db;
    static Javalin app;
    static DemoProgramme pilots;
    static final ReferenceData REF = ReferenceData.shipped();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadSmallDemo() {
        GeneratorSpec demo = GeneratorSpec.demo();
        GeneratorSpec spec = new GeneratorSpec(3_000, demo.fromPeriod(), demo.toPeriod(), demo.seed(),
                Set.of("output_value", "capacity.crude_steel"), true);
        pilots = DemoProgramme.of(spec);
        PanelFiles.Written w = PanelFiles.generate(spec, pilots.effect(), dir.resolve("demo"), Progress.NONE);
        db = Database.open("jdbc:duckdb:" + dir.resolve("demo.duckdb"));
        REF.installIfEmpty(db);
        ImportService svc = new ImportService(db, REF, Period.of(2026, 1), "test");
        assertFalse(svc.importEnterprises(w.enterprises(), ReadOptions.strict(), Progress.NONE).refused());
        assertFalse(svc.importReports(w.reports(), ReadOptions.strict(), Progress.NONE).refused());
        assertFalse(svc.importPrices(w.prices(), ReadOptions.strict(), Progress.NONE).refused()); // growth at comparable prices
        new IndicatorService(REF).recomputeAll(db, "test");
        for (TargetImport.Result r : DemoTargets.load(db, REF, pilots, dir.resolve("demo"), "test"))
            assertFalse(r.refused(), () -> r.kind() + ": " + r.read().errors());
        app = new Server(db, REF).start("127.0.0.1", 0);
        analyst = org.momentum.app.web.TestAccounts.analyst(db, "analyst");
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (db != null) db.close();
    }

    private static String analyst;

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).header("Authorization", analyst).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode target(JsonNode board, String id) {
        for (JsonNode t : board.get("targets")) if (t.get("id").asText().equals(id)) return t;
        throw new AssertionError("no target " + id + " in " + board);
    }

    @Test
    void theSteelTargetIsAchievedWithExitsCountedAsCuts() throws Exception {
        JsonNode board = JSON.readTree(get("/api/targets").body());
        assertEquals("2018-12", board.get("period").asText());
        JsonNode steel = target(board, DemoTargets.STEEL);
        assertEquals("achieved", steel.get("status").asText());
        assertEquals("2018-12", steel.get("assessed_at").asText());
        assertEquals("2017-12", steel.get("outcome_period").asText());
        JsonNode cut = steel.get("capacity_cut");
        // the demo's national steel capacity falls 1185 → 1130 Mt in 2017 (ProductPlan), split over the makers in scope
        assertEquals(55e6, cut.get("cut").asDouble(), 1e3, cut.toString());
        assertEquals(-cut.get("cut").asDouble(), steel.get("outcome").asDouble(), 1e-6);
        assertEquals(cut.get("cut").asDouble(), cut.get("cut_by_exits").asDouble() + cut.get("cut_by_continuing").asDouble()
                - cut.get("added_by_newcomers").asDouble(), 1e-3);
        assertEquals(1.1, steel.get("progress").asDouble(), 1e-4);
    }

    @Test
    void theGrowthTargetHasAProbabilityAtEachRelease() throws Exception {
        // at 2018-06 the year is not over: status from the probability of the forecast distribution
        JsonNode june = target(JSON.readTree(get("/api/targets?period=2018-06").body()), DemoTargets.GROWTH);
        double p = june.get("probability").asDouble();
        assertTrue(p > 0 && p <= 1, june.toString());
        assertEquals("ets", june.get("forecast").get("method").asText());
        assertTrue(june.get("forecast").get("sd").asDouble() > 0);
        assertEquals(p >= 0.66 ? "on_track" : p >= 0.33 ? "at_risk" : "off_track", june.get("status").asText());
        // the calibrated comparable-price growth to June 2018 (NBS: 6.7%) is the outcome so far
        assertEquals(6.7, june.get("outcome").asDouble(), 0.1);
        // at 2018-12 the outcome is final: the demo's 2018 growth is 6.2%, within "about 6%"
        JsonNode dec = target(JSON.readTree(get("/api/targets").body()), DemoTargets.GROWTH);
        assertEquals("achieved", dec.get("status").asText());
        assertEquals(6.2, dec.get("outcome").asDouble(), 0.1);
        // the release-by-release path: every month of 2018, each with a probability until the deadline
        JsonNode history = JSON.readTree(get("/api/targets/" + DemoTargets.GROWTH).body()).get("history");
        assertEquals(12, history.size());
        for (int i = 0; i < 11; i++) assertFalse(history.get(i).get("probability").isNull(), history.get(i).toString());
    }

    @Test
    void theBoardAndTheProgrammePageShowThePilotsResults() throws Exception {
        String page = get("/targets").body();
        assertTrue(page.contains("Cut crude-steel capacity by more than 50 Mt in 2017"), page);
        assertTrue(page.contains("class=\"achieved\">Achieved"), page);
        assertTrue(page.contains("/programmes/" + DemoProgramme.ID), page);
        String zh = get("/targets?lang=zh").body();
        assertTrue(zh.contains("2017年压减粗钢产能5000万吨以上") && zh.contains("已完成"), zh);

        JsonNode prog = JSON.readTree(get("/api/programmes/" + DemoProgramme.ID).body());
        assertEquals(pilots.pilots().size(), prog.get("participants").size());
        assertTrue(pilots.pilots().size() > 0);
        assertEquals(5, prog.get("participants").get(0).get("kpis").size());
        assertEquals(5, prog.get("aggregates").get("all").size());
        assertTrue(prog.get("evaluation").get("statement").asText().length() > 20);
        String ppage = get("/programmes/" + DemoProgramme.ID + "?lang=zh").body();
        assertTrue(ppage.contains("智能制造试点示范项目") && ppage.contains("专项是否产生了效果"), ppage);
        assertEquals(404, get("/programmes/none").statusCode());
        assertEquals(404, get("/api/programmes/none").statusCode());
        assertEquals(400, get("/api/targets?period=2018-13").statusCode());
    }

    @Test
    void theDemonstrationZonesAreLoadedAndTheirEvaluationFindsNoInjectedEffect() throws Exception {
        JsonNode prog = JSON.readTree(get("/api/programmes/" + DemoZones.ID).body());
        assertEquals("zone", prog.get("kind").asText(), prog.toString());
        assertEquals(DemoZones.of().zones().size(), prog.get("zones").size());
        // the demo injects an effect for the pilots only: the zones' verdict must not claim one
        String verdict = prog.get("evaluation").get("verdict").asText();
        assertTrue(verdict.equals("cannot_tell") || verdict.equals("too_few_data"), prog.get("evaluation").toString());
        String page = get("/programmes/" + DemoZones.ID).body();
        assertTrue(page.contains("Zhengzhou") && page.contains("410100"), page);
    }
}
