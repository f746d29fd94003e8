package org.momentum.app.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.Main;
import org.momentum.app.demo.PanelFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.intake.ImportService;
import org.momentum.app.web.Server;
import org.momentum.classification.Period;
import org.momentum.forecast.AnnualOutlook;
import org.momentum.indicators.IndicatorRow;
import org.momentum.store.AuditLog;
import org.momentum.store.Database;
import org.momentum.store.ForecastVintages;
import org.momentum.store.IndicatorValues;
import org.momentum.store.ReferenceData;
import org.momentum.synthetic.GeneratorSpec;
import picocli.CommandLine;

/**
 * On a demo-like panel (2015–2017): the outlook made at mid-2017 for ALL and each section, kept as a vintage, not
 * repeated when nothing changed, scored once the year's outturns arrive, and served by the API.
 */
class OutlookServiceTest {
    @TempDir Path dir;
    final ReferenceData ref = ReferenceData.shipped();
    static final ForecastVintages.SeriesKey HEADLINE = new ForecastVintages.SeriesKey("output_value_real", "ALL", "ALL");

    @Test
    void outlookIsStoredScoredAndServed() throws Exception {
        PanelFiles.Written w = PanelFiles.generate(GeneratorSpec.of(400, Period.of(2015, 1), Period.of(2017, 12), 17L), dir.resolve("panel"), Progress.NONE);
        List<String> lines = Files.readAllLines(w.reports());
        List<String> firstHalf = new ArrayList<>(), secondHalf = new ArrayList<>();
        firstHalf.add(lines.get(0));
        secondHalf.add(lines.get(0));
        int period = List.of(lines.get(0).split(",")).indexOf("period");
        for (String l : lines.subList(1, lines.size()))
            (Period.parse(l.split(",", -1)[period]) <= Period.of(2017, 6) ? firstHalf : secondHalf).add(l);
        Path early = Files.write(dir.resolve("early.csv"), firstHalf), late = Files.write(dir.resolve("late.csv"), secondHalf);

        try (Database db = Database.open("jdbc:duckdb:" + dir.resolve("o.duckdb"))) {
            ref.installIfEmpty(db);
            ImportService s = new ImportService(db, ref, Period.of(2026, 11), "test");
            assertFalse(s.importEnterprises(w.enterprises(), ReadOptions.strict(), Progress.NONE).refused());
            assertFalse(s.importPrices(w.prices(), ReadOptions.strict(), Progress.NONE).refused());
            assertFalse(s.importReports(early, ReadOptions.strict(), Progress.NONE).refused());
            new IndicatorService(ref).recomputeAll(db, "test");
            OutlookService svc = new OutlookService(ref);
            String method = OutlookService.method().name();

            List<OutlookService.Made> made = svc.run(db, Instant.parse("2017-07-15T02:00:00Z"), "test");
            assertEquals(svc.series().size(), made.size());
            OutlookService.Made all = made.get(0);
            assertEquals(HEADLINE, all.key());
            assertTrue(all.stored(), all.note());
            assertEquals(method, all.method());  // ets until auto exists: the stored name says which ran
            assertEquals(Period.of(2017, 6), all.origin());
            AnnualOutlook o = all.outlook();
            assertEquals(6, o.months().horizon());
            double rest = 0;
            for (double v : o.months().mean()) rest += v;
            assertEquals(((o.observed() + rest) / o.previousYearTotal() - 1) * 100, o.growthPct(), 1e-9);
            assertTrue(o.lo95() < o.lo80() && o.lo80() < o.growthPct() && o.growthPct() < o.hi80() && o.hi80() < o.hi95(), o.statement());
            // the first half's growth at comparable prices is the published year-to-date real growth up to weighting
            IndicatorRow june = IndicatorValues.series(db, "output_value_real", "ALL", "ALL", Period.of(2017, 6), Period.of(2017, 6)).get(0);
            OutlookService.Volumes v = OutlookService.volumes(db, HEADLINE);
            double firstHalfPrev = 0;
            for (int m = 1; m <= 6; m++) firstHalfPrev += v.at(Period.of(2016, m));
            assertEquals(june.ytdYoyPct(), (o.observed() / firstHalfPrev - 1) * 100, 0.5);
            for (OutlookService.Made m : made) assertTrue(m.stored(), m.key() + ": " + m.note());

            // nothing new: no second vintage
            List<OutlookService.Made> again = svc.run(db, Instant.parse("2017-07-16T02:00:00Z"), "test");
            assertFalse(again.get(0).stored());
            assertEquals(1, ForecastVintages.vintages(db, HEADLINE).size());
            ForecastVintages.AccuracyRow before = ForecastVintages.accuracy(db, HEADLINE).get(0);
            assertEquals(0, before.points());

            // the outturns of July–December arrive: the year is complete, the vintage is scored
            assertFalse(s.importReports(late, ReadOptions.strict(), Progress.NONE).refused());
            StringWriter out = new StringWriter();
            int rc = new CommandLine(new Main()).setOut(new PrintWriter(out)).execute("compute", "--db", db.url());
            assertEquals(0, rc, out.toString());
            assertTrue(out.toString().contains("outlook output_value_real/ALL/ALL from 2017-12: the year 2017 is complete"), out.toString());
            ForecastVintages.AccuracyRow acc = ForecastVintages.accuracy(db, HEADLINE).get(0);
            assertEquals(method, acc.method());
            assertEquals(6, acc.points());
            assertEquals(1, acc.vintages());
            assertEquals(1, acc.outlooks());
            v = OutlookService.volumes(db, HEADLINE);
            double smape = 0, in80 = 0;
            for (int i = 0; i < 6; i++) {
                double y = v.at(Period.of(2017, 7 + i)), f = o.months().mean(i);
                smape += 200 * Math.abs(y - f) / (y + f) / 6;
                if (y >= o.months().lo80(i) && y <= o.months().hi80(i)) in80 += 1 / 6.0;
            }
            assertEquals(smape, acc.smape(), 1e-9);
            assertEquals(in80, acc.coverage80(), 1e-12);
            assertEquals(Math.abs(o.growthPct() - v.annualGrowth(2017)), acc.growthMaePp(), 1e-9);
            System.out.printf("outlook for 2017 from 2017-06 (%s, %s): %s; outturn %.2f%%%n", method, o.intervalMethod(), o.statement(),
                    v.annualGrowth(2017));

            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'forecast.vintage'")) {
                rs.next();
                assertEquals(made.size(), rs.getInt(1));
                assertNull(AuditLog.verify(c));
            }

            auth = org.momentum.app.web.TestAccounts.analyst(db, "analyst"); // working data: staff only
            Javalin app = new Server(db, ref).start("127.0.0.1", 0);
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + app.port();
                JsonNode outlook = get(http, base + "/api/outlook");
                assertEquals("output_value_real", outlook.get("measure").asText());
                JsonNode latest = outlook.get("latest");
                assertEquals("2017-06", latest.get("origin").asText());
                assertEquals(2017, latest.get("year").asInt());
                assertEquals(o.growthPct(), latest.get("growth_pct").asDouble(), 1e-12);
                assertEquals(o.statement(), latest.get("statement").asText());
                assertEquals(6, latest.get("months").size());
                assertEquals("2017-07", latest.get("months").get(0).get("period").asText());
                assertEquals(1, outlook.get("vintages").size());
                JsonNode section = get(http, base + "/api/outlook?industry=C");
                assertEquals("C", section.get("industry").asText());
                assertEquals(1, section.get("vintages").size());
                JsonNode accuracy = get(http, base + "/api/forecasts/accuracy?measure=output_value_real&industry=ALL&region=ALL");
                assertEquals(6, accuracy.get("methods").get(0).get("points").asInt());
                assertEquals(acc.smape(), accuracy.get("methods").get(0).get("smape").asDouble(), 1e-12);
                JsonNode none = get(http, base + "/api/outlook?region=110000");
                assertTrue(none.get("latest").isNull());
                HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base + "/api/outlook?industry=XX")).header("Authorization", auth).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(400, bad.statusCode());
                assertTrue(bad.body().contains("industry"));
            } finally {
                app.stop();
            }
        }
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }

    private static String auth;

}
