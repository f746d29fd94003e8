package org.momentum.app.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.TestFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.forecast.OutlookComponent;
import org.momentum.app.forecast.OutlookService;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.intake.ImportService;
import org.momentum.app.targets.ProgrammeService;
import org.momentum.app.targets.TargetImport;
import org.momentum.app.targets.TargetService;
import org.momentum.app.targets.TargetsComponent;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.store.ForecastVintages;
import org.momentum.store.PublishedOutlook;
import org.momentum.store.PublishedTargets;
import org.momentum.store.Releases;
import org.momentum.targets.KpiSummary;

/**
 * A release carries its outlook and targets board (V12 tables), frozen: on the release scenario with prices (so
 * output_value_real exists), a growth target, a level target and four pilots, the published copies equal what
 * {@link OutlookService} and {@link TargetService}/{@link ProgrammeService} compute from the same data; nothing of
 * them is public before the embargo; the pilots' aggregates of fewer than three enterprises are withheld; a later
 * change of the targets leaves the release's copy as it was.
 */
class PublishedOutlookTargetsTest {
    @TempDir static Path dir;
    static ReleaseScenario s;
    static Release release;

    static final ForecastVintages.SeriesKey HEADLINE = new ForecastVintages.SeriesKey("output_value_real", "ALL", "ALL");

    @BeforeAll
    static void releaseWithOutlookAndTargets() throws Exception {
        s = new ReleaseScenario(dir);
        StringBuilder prices = new StringBuilder("industry,period,ppi_yoy\n");
        for (int p = Period.of(2016, 1); p <= Period.of(2017, 3); p++) prices.append("ALL,").append(Period.format(p)).append(",1.02\n");
        ImportService intake = new ImportService(s.db, s.ref, Period.of(2026, 11), "test");
        assertFalse(intake.importPrices(TestFiles.write(dir, "prices.csv", prices.toString()), ReadOptions.strict(), Progress.NONE).refused());
        TargetImport imp = new TargetImport(s.db, s.ref, "test");
        List<TargetImport.Result> loaded = List.of(
                imp.programmes(TestFiles.write(dir, "programmes.csv", """
                        programme_id,kind,name,name_zh,threshold_production_efficiency,threshold_operating_cost
                        smart,pilot,Smart manufacturing pilots,智能制造试点,10,5
                        """), ReadOptions.strict()),
                imp.pilots(TestFiles.write(dir, "pilots.csv", """
                        project_id,programme_id,batch,year,enterprise_id,project_type
                        P1,smart,2016,2016,E1a,robots
                        P2,smart,2016,2016,E1b,robots
                        P3,smart,2016,2016,E1c,robots
                        P4,smart,2016,2016,E2a,vehicles
                        """), ReadOptions.strict()),
                imp.kpis(TestFiles.write(dir, "kpis.csv", """
                        project_id,kpi,period,baseline,current
                        P1,production_efficiency,2017-03,100,130
                        P2,production_efficiency,2017-03,100,105
                        P3,production_efficiency,2017-03,100,121
                        P4,production_efficiency,2017-03,100,140
                        P4,operating_cost,2017-03,100,90
                        """), ReadOptions.strict()),
                imp.targets(TestFiles.write(dir, "targets.csv", """
                        target_id,name,name_zh,measure,industry,region,baseline_value,baseline_period,goal_kind,goal_value,deadline,direction,tolerance
                        growth-2017,Output growth of about 6% in 2017,2017年工业增长6%左右,output_value_real,ALL,ALL,4154,2016-12,growth,6,2017-12,up,0.5
                        total-2017,Output of 4400 in 2017,2017年产值4400,output_value,ALL,ALL,4154,2016-12,level,4400,2017-12,up,0
                        """), ReadOptions.strict()));
        for (TargetImport.Result r : loaded) assertFalse(r.refused(), () -> r.kind() + ": " + r.read().errors());
        new IndicatorService(s.ref).recomputeAll(s.db, "test");   // the services' working data: the same reports
        Thread.sleep(5);
        s.clock.set(Instant.now().truncatedTo(ChronoUnit.MICROS));
        Instant embargo = s.clock.instant().plus(1, ChronoUnit.HOURS);
        Release draft = s.service().create(Period.of(2017, 3), null, embargo, 0, null, "analyst").release();
        release = Releases.approve(s.db, draft.id(), "publisher", null, s.clock.instant());
    }

    @AfterAll
    static void close() {
        if (s != null) s.close();
    }

    @Test
    void theOutlookIsFrozenWithTheReleaseAsTheServiceComputesIt() {
        OutlookService.Made m = OutlookService.state(s.db, HEADLINE, OutlookService.method(), true);
        assertNotNull(m.outlook(), m.note());
        PublishedOutlook.Series expected = OutlookComponent.series(HEADLINE, m.origin(), m.outlook());
        PublishedOutlook.Series frozen = PublishedOutlook.read(s.db, release.id(), "output_value_real", "ALL", "ALL");
        assertEquals(expected, frozen);
        assertEquals(Period.of(2017, 3), frozen.origin());
        assertEquals(2017, frozen.year());
        assertEquals(9, frozen.points().size());
        assertEquals(Period.of(2017, 12), frozen.points().get(8).period());
        for (PublishedOutlook.Point p : frozen.points())
            assertTrue(p.lo95() <= p.lo80() && p.lo80() <= p.mean() && p.mean() <= p.hi80() && p.hi80() <= p.hi95(), p.toString());
        // the year's growth is the sum of the observed and forecast months over 2016's total (at comparable prices)
        double sum = frozen.observed();
        for (PublishedOutlook.Point p : frozen.points()) sum += p.mean();
        assertEquals((sum / frozen.previousTotal() - 1) * 100, frozen.growthPct(), 1e-9);
        // 2016 is the base year at its own prices: 300 + 294 + … + 410
        assertEquals(4154, frozen.previousTotal(), 1e-9);
    }

    @Test
    void theBoardAndTheProgrammeAreFrozenAsTheServicesComputeThem() {
        PublishedTargets.Copy copy = PublishedTargets.read(s.db, release.id());
        assertEquals(new TargetService(s.db, s.ref).board(Period.of(2017, 3)), copy.board());
        assertEquals(2, copy.board().size());
        // the growth target reads comparable-price growth: 2017's year to date deflated by the 2% price rise
        double nominal = (350 + 358 + 392) / (300.0 + 294 + 320) - 1;
        assertEquals(((1 + nominal) / 1.02 - 1) * 100, copy.target("growth-2017").outcome(), 1e-9);
        assertEquals("ets", copy.target("total-2017").forecast().method());

        ProgrammeService.View v = new ProgrammeService(s.db).view("smart");
        assertEquals(TargetsComponent.published(v), copy.programme("smart"));
        PublishedTargets.ProgrammeResult p = copy.programme("smart");
        assertEquals(4, p.projects());
        assertEquals(4, p.enterprises());
        KpiSummary all = v.summaries().get(KpiSummary.By.ALL).get(0);
        PublishedTargets.Aggregate allPublished = find(p, "all", "ALL", "production_efficiency");
        assertFalse(allPublished.withheld());
        assertEquals(all.meanPct(), allPublished.meanPct(), 1e-12);
        assertEquals((30 + 5 + 21 + 40) / 4.0, allPublished.meanPct(), 1e-9);
        assertEquals(3, allPublished.meeting());   // 30, 21 and 40 meet the 10% threshold, 5 does not
        // Beijing's three pilots are published, Shanghai's one is not (it would be that enterprise's own KPI)
        assertFalse(find(p, "region", "110000", "production_efficiency").withheld());
        PublishedTargets.Aggregate shanghai = find(p, "region", "310000", "production_efficiency");
        assertTrue(shanghai.withheld());
        assertTrue(Double.isNaN(shanghai.meanPct()));
        assertTrue(find(p, "all", "ALL", "operating_cost").withheld());
    }

    private static PublishedTargets.Aggregate find(PublishedTargets.ProgrammeResult p, String by, String group, String kpi) {
        for (PublishedTargets.Aggregate a : p.aggregates())
            if (a.groupedBy().equals(by) && a.group().equals(group) && a.kpi().code().equals(kpi)) return a;
        throw new AssertionError("no aggregate " + by + " " + group + " " + kpi + " in " + p.aggregates());
    }

    @Test
    void nothingIsPublicBeforeTheEmbargoAndTheCopyStaysFrozen() throws Exception {
        assertNull(PublishedOutlook.latestPublic(s.db, s.clock.instant()));
        assertNull(PublishedTargets.latestPublic(s.db, s.clock.instant()));
        for (String path : List.of("/api/forecasts", "/api/targets", "/api/targets/growth-2017", "/api/programmes", "/api/programmes/smart",
                "/programmes/smart", "/api/forecasts?release=" + release.id(), "/api/targets?release=" + release.id()))
            assertEquals(404, s.request(path).statusCode(), path);
        assertTrue(s.request("/targets").body().contains("id=\"no-release\""));
        Release published = s.publishAtEmbargo(release);
        assertEquals(release.id(), PublishedOutlook.latestPublic(s.db, published.publishedAt()));
        assertEquals(release.id(), PublishedTargets.latestPublic(s.db, published.publishedAt()));
        JsonNode forecasts = s.get("/api/forecasts");
        assertEquals(release.id(), forecasts.get("release").get("id").asLong());
        JsonNode headline = forecasts.get("series").get(0);
        assertEquals("output_value_real.ALL.ALL", headline.get("id").asText());
        PublishedOutlook.Series frozen = PublishedOutlook.read(s.db, release.id(), "output_value_real", "ALL", "ALL");
        assertEquals(frozen.growthPct(), headline.get("growth_pct").asDouble(), 0);
        assertEquals(frozen.points().get(0).lo80(), headline.get("forecasts").get(0).get("lo80").asDouble(), 0);
        String csv = s.request("/api/forecasts?format=csv").body();
        assertEquals(1 + frozen.points().size() * forecasts.get("series").size(), csv.lines().count(), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith(release.id() + ",output_value_real.ALL.ALL,output_value_real,ALL,ALL," + frozen.method() + ",2017-03,1,2017-04,")), csv);

        JsonNode board = s.get("/api/targets");
        assertEquals(2, board.get("targets").size());
        JsonNode growth = s.get("/api/targets/growth-2017");
        assertEquals(1, growth.get("history").size());
        assertEquals(PublishedTargets.read(s.db, release.id()).target("growth-2017").outcome(), growth.get("target").get("outcome").asDouble(), 0);
        assertEquals(3, s.request("/api/targets?format=csv").body().lines().count());
        JsonNode smart = s.get("/api/programmes/smart");
        assertEquals(4, smart.get("enterprises").asInt());
        assertTrue(smart.get("participants") == null, "no pilot's own KPI values in public");
        assertEquals("C", smart.get("aggregates").get("region").get(1).get("status").asText(), smart.toString());
        assertTrue(smart.get("aggregates").get("region").get(1).get("mean_improvement_pct").isNull());
        String page = s.request("/programmes/smart?lang=zh").body();
        assertTrue(page.contains("智能制造试点") && page.contains("×"), page);
        String boardPage = s.request("/targets").body();
        assertTrue(boardPage.contains("Output growth of about 6% in 2017") && boardPage.contains("<progress"), boardPage);
        // the working views stay staff-only
        assertEquals(401, s.request("/api/working/targets").statusCode());
        assertEquals(401, s.request("/working/targets").statusCode());
        // a later change of the targets does not change what the release published
        try (java.sql.Connection c = s.db.connect(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE target SET goal_value = 99 WHERE target_id = 'growth-2017'");
        }
        assertEquals(6, s.get("/api/targets/growth-2017").get("target").get("goal_value").asDouble(), 0);

        // a correction is a new version with its own copy, public once published; the first stays readable by id
        Release v2 = s.publishAtEmbargo(s.approved(Period.of(2017, 3), s.clock.instant(), release.id(), "targets revised"));
        assertEquals(2, s.get("/api/forecasts").get("release").get("version").asInt());
        assertEquals(99, s.get("/api/targets/growth-2017").get("target").get("goal_value").asDouble(), 0);
        assertEquals(2, s.get("/api/targets/growth-2017").get("history").size());
        assertEquals(6, s.get("/api/targets/growth-2017?release=" + release.id()).get("target").get("goal_value").asDouble(), 0);
        assertEquals(v2.id(), PublishedTargets.latestPublic(s.db, s.clock.instant()));
        // a discarded draft leaves no copy behind
        Release v3 = s.service().create(Period.of(2017, 3), null, null, v2.id(), "discarded", "analyst").release();
        assertFalse(PublishedOutlook.read(s.db, v3.id()).isEmpty());
        Releases.discard(s.db, v3.id(), "analyst");
        assertTrue(PublishedOutlook.read(s.db, v3.id()).isEmpty());
        assertTrue(PublishedTargets.read(s.db, v3.id()).board().isEmpty());
    }
}
