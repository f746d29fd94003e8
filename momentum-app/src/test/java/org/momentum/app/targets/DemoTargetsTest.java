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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.demo.DemoRelease;
import org.momentum.app.demo.DemoTargets;
import org.momentum.app.demo.PanelFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.forecast.OutlookComponent;
import org.momentum.app.forecast.OutlookService;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.intake.ImportService;
import org.momentum.app.releases.IndicatorsComponent;
import org.momentum.app.releases.ReleaseService;
import org.momentum.app.web.Server;
import org.momentum.classification.Period;
import org.momentum.dissemination.ObservationStatus;
import org.momentum.dissemination.Release;
import org.momentum.dissemination.SeriesKey;
import org.momentum.indicators.IndicatorRow;
import org.momentum.store.Database;
import org.momentum.store.ForecastVintages;
import org.momentum.store.IndicatorValues;
import org.momentum.store.PublishedOutlook;
import org.momentum.store.PublishedTargets;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;
import org.momentum.synthetic.DemoProgramme;
import org.momentum.synthetic.GeneratorSpec;
import org.momentum.targets.TargetAssessment;

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
        assertFalse(svc.importPrices(w.prices(), ReadOptions.strict(), Progress.NONE).refused()); // output_value_real: the growth target's measure
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
        JsonNode board = JSON.readTree(get("/api/working/targets").body());
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
        JsonNode june = target(JSON.readTree(get("/api/working/targets?period=2018-06").body()), DemoTargets.GROWTH);
        double p = june.get("probability").asDouble();
        assertTrue(p > 0 && p <= 1, june.toString());
        assertEquals("ets", june.get("forecast").get("method").asText());
        assertTrue(june.get("forecast").get("sd").asDouble() > 0);
        assertEquals(p >= 0.66 ? "on_track" : p >= 0.33 ? "at_risk" : "off_track", june.get("status").asText());
        // the outcome so far is 2018's year-to-date growth at comparable prices (output_value_real), as the regulator states it
        assertEquals(real(Period.of(2018, 6)).ytdYoyPct(), june.get("outcome").asDouble(), 1e-9);
        // at 2018-12 the outcome is final: achieved when within "about 6%" (at least 5.5%), probability 1 or 0
        JsonNode dec = target(JSON.readTree(get("/api/working/targets").body()), DemoTargets.GROWTH);
        double final2018 = real(Period.of(2018, 12)).ytdYoyPct();
        assertEquals(final2018, dec.get("outcome").asDouble(), 1e-9);
        assertEquals(final2018 >= 5.5 ? "achieved" : "off_track", dec.get("status").asText());
        assertEquals(final2018 >= 5.5 ? 1 : 0, dec.get("probability").asDouble(), 0);
        // the release-by-release path: every month of 2018, each with a probability until the deadline
        JsonNode history = JSON.readTree(get("/api/working/targets/" + DemoTargets.GROWTH).body()).get("history");
        assertEquals(12, history.size());
        for (int i = 0; i < 11; i++) assertFalse(history.get(i).get("probability").isNull(), history.get(i).toString());
    }

    static IndicatorRow real(int period) {
        return IndicatorValues.series(db, "output_value_real", "ALL", "ALL", period, period).get(0);
    }

    /**
     * A release of the demo's last month carries the board, the programme and the outlook, public once published.
     * Its components are the release's own but for seasonal adjustment, which takes minutes on this panel (the
     * demo's own release, {@link DemoRelease}, uses {@link ReleaseService#allComponents}; DemoReleaseTest runs it).
     */
    @Test
    void theDemosReleaseCarriesTheBoardAndTheOutlook() throws Exception {
        Thread.sleep(5); // the cut-off (now) strictly after the imports
        java.time.Instant now = java.time.Instant.now();
        ReleaseService releases = new ReleaseService(db, REF, java.time.Clock.systemUTC(),
                List.of(new IndicatorsComponent(), new OutlookComponent(), new TargetsComponent()));
        Release draft = releases.create(Period.of(2018, 12), now, now, 0, null, "analyst").release();
        Releases.approve(db, draft.id(), "publisher", now, now);
        Release r = Releases.publish(db, draft.id(), "publisher", java.time.Instant.now(), false);
        PublishedTargets.Copy copy = PublishedTargets.read(db, r.id());
        // the board is the service's, but for an outcome the release withholds: the national year to date is confidential
        // when disclosure control suppresses it (then so is the growth target's outcome)
        ObservationStatus ytd = Releases.vintagesAt(db, Period.of(2018, 12), r.publishedAt())
                .get(new SeriesKey("output_value_real", "ALL", "ALL", "ytd_yoy_pct")).get(0).status();
        List<TargetAssessment> service = new TargetService(db, REF).board(Period.of(2018, 12));
        assertEquals(service.get(0), copy.board().get(0));
        TargetAssessment growth = service.get(1), published = copy.board().get(1);
        System.out.printf("growth target: service %s, published %s, national ytd status %s%n", growth, published, ytd);
        if (ytd == ObservationStatus.NORMAL) assertEquals(growth, published);
        else assertEquals(new TargetAssessment(growth.target(), growth.period(), Double.NaN, Double.NaN, growth.status(), growth.probability(), null), published);
        JsonNode board = JSON.readTree(publicGet("/api/targets").body());
        assertEquals(r.id(), board.get("release").get("id").asLong());
        JsonNode steel = target(board, DemoTargets.STEEL);
        assertEquals("achieved", steel.get("status").asText());
        assertEquals(1.0, steel.get("probability").asDouble(), 0);
        assertFalse(target(board, DemoTargets.GROWTH).get("probability").isNull());
        String page = publicGet("/targets").body();
        assertTrue(page.contains("data-target=\"" + DemoTargets.STEEL + "\"") && page.contains("class=\"achieved\">Achieved"), page);
        JsonNode prog = JSON.readTree(publicGet("/api/programmes/" + DemoProgramme.ID).body());
        assertEquals(pilots.pilots().size(), prog.get("projects").asInt());
        assertTrue(prog.get("participants") == null, "no pilot's own KPI values in public");
        assertEquals(5, prog.get("aggregates").get("all").size());
        // a December release states the next year: all twelve months of 2019 forecast, at comparable prices, as the
        // service computes it — for each series whose 2018 levels the release publishes (an outlook sums them)
        java.util.Map<String, PublishedOutlook.Series> expected = new java.util.TreeMap<>();
        for (ForecastVintages.SeriesKey k : new OutlookService(REF).series()) {
            List<org.momentum.dissemination.Vintage> levels = Releases.vintages(db, SeriesKey.level("output_value", k.industry(), k.region()), r.publishedAt());
            long shown = levels.stream().filter(v -> v.period() >= Period.of(2018, 1) && v.status() == ObservationStatus.NORMAL).count();
            OutlookService.Made m = OutlookService.state(db, k, OutlookService.method(), true);
            if (shown == 12 && m.outlook() != null) expected.put(k.measure() + "." + k.industry() + "." + k.region(), OutlookComponent.series(k, m.origin(), m.outlook()));
        }
        java.util.Map<String, PublishedOutlook.Series> outlook = new java.util.TreeMap<>();
        for (PublishedOutlook.Series x : PublishedOutlook.read(db, r.id())) outlook.put(x.id(), x);
        assertEquals(expected, outlook);
        assertFalse(outlook.isEmpty());
        JsonNode series = JSON.readTree(publicGet("/api/forecasts").body()).get("series");
        assertEquals(outlook.size(), series.size());
        for (JsonNode x : series) {
            assertEquals(2019, x.get("year").asInt());
            assertEquals(12, x.get("forecasts").size());
            assertEquals("2019-01", x.get("forecasts").get(0).get("period").asText());
        }
        System.out.printf("demo release %d: 2018 growth at comparable prices %.2f%%, nominal %.2f%%; outlooks %s%n", r.id(),
                real(Period.of(2018, 12)).ytdYoyPct(), IndicatorValues.series(db, "output_value", "ALL", "ALL", Period.of(2018, 12), Period.of(2018, 12)).get(0).ytdYoyPct(),
                series.toString().replaceAll("\\{\"h\"[^}]*},?", ""));
    }

    static HttpResponse<String> publicGet(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBoardAndTheProgrammePageShowThePilotsResults() throws Exception {
        String page = get("/working/targets").body();
        assertTrue(page.contains("Cut crude-steel capacity by more than 50 Mt in 2017"), page);
        assertTrue(page.contains("class=\"achieved\">Achieved"), page);
        assertTrue(page.contains("/working/programmes/" + DemoProgramme.ID), page);
        String zh = get("/working/targets?lang=zh").body();
        assertTrue(zh.contains("2017年压减粗钢产能5000万吨以上") && zh.contains("已完成"), zh);

        JsonNode prog = JSON.readTree(get("/api/working/programmes/" + DemoProgramme.ID).body());
        assertEquals(pilots.pilots().size(), prog.get("participants").size());
        assertTrue(pilots.pilots().size() > 0);
        assertEquals(5, prog.get("participants").get(0).get("kpis").size());
        assertEquals(5, prog.get("aggregates").get("all").size());
        assertTrue(prog.get("evaluation").get("statement").asText().length() > 20);
        String ppage = get("/working/programmes/" + DemoProgramme.ID + "?lang=zh").body();
        assertTrue(ppage.contains("智能制造试点示范项目") && ppage.contains("专项是否产生了效果"), ppage);
        assertEquals(404, get("/working/programmes/none").statusCode());
        assertEquals(404, get("/api/working/programmes/none").statusCode());
        assertEquals(400, get("/api/working/targets?period=2018-13").statusCode());
    }
}
