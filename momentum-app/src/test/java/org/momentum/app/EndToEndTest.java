package org.momentum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.intake.ImportService;
import org.momentum.app.web.Server;
import org.momentum.classification.Period;
import org.momentum.reports.Report;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Reports;

/** From a temporary database through import and compute to /api/indicators, against a hand-worked example. */
public class EndToEndTest {
    @TempDir Path dir;
    Database db;
    ImportService intake;
    final ReferenceData ref = ReferenceData.shipped();

    public static final String ENTERPRISES_TEXT = """
            enterprise_id,name,industry,region,size,scope_from,scope_to
            E1,北京机器人有限公司,3491,110101,large,2016-01,
            E2,"Shanghai NEV Co., Ltd.",3612,310101,medium,2016-01,
            E3,煤矿,0610,110105,small,2016-01,2017-06
            """;

    // Hand-worked (indicators.md), 2017-01, output_value:
    //   level ALL = 110 + 230 + 50 = 390, 3 enterprises
    //   matched set: E1 (110 against its 2016-01 report 100), E2 (230 against prev_year_value 190, which wins over 200);
    //   E3 has no base and stays out of growth. yoy = (340 / 290 - 1) * 100 = 17.241379310344827
    //   contributions: division 34 (110 - 100) / 290 * 100 = 3.4482758620689653; division 36 (230 - 190) / 290 * 100 = 13.793103448275861
    //   province 110000: level 160, yoy (110 / 100 - 1) * 100 = 10
    public static final String REPORTS_TEXT = """
            enterprise_id,period,indicator,value,prev_year_value
            E1,2016-01,output_value,100,
            E2,2016-01,output_value,200,
            E1,2017-01,output_value,110,
            E2,2017-01,output_value,230,190
            E3,2017-01,output_value,50,
            """;

    @BeforeEach
    void open() {
        db = Database.open(newDatabaseUrl());
        ref.installIfEmpty(db);
        intake = new ImportService(db, ref, Period.of(2026, 11), "test");
    }

    /** The store under test: a DuckDB file here, PostgreSQL in {@link EndToEndPostgresTest}. */
    protected String newDatabaseUrl() { return "jdbc:duckdb:" + dir.resolve("test.duckdb"); }

    @AfterEach
    void close() { db.close(); }

    @Test
    void importComputeAndServe() throws Exception {
        assertFalse(intake.importEnterprises(TestFiles.write(dir, "enterprises.csv", ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE).refused());
        ImportService.Result r = intake.importReports(TestFiles.write(dir, "reports.csv", REPORTS_TEXT), ReadOptions.strict(), Progress.NONE);
        assertFalse(r.refused(), () -> r.read().errors().toString());
        assertEquals(5, r.applied().applied());
        new IndicatorService(ref).recomputeAll(db, "test");

        Javalin app = new Server(db, ref).start("127.0.0.1", 0);
        String analyst = org.momentum.app.web.TestAccounts.analyst(db, "analyst");
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port();
            JsonNode all = get(http, analyst, base + "/api/indicators?measure=output_value&industry=ALL&region=ALL&from=2017-01&to=2017-01");
            JsonNode o = all.get("observations").get(0);
            assertEquals("2017-01", o.get("period").asText());
            assertEquals(390.0, o.get("value").asDouble(), 1e-9);
            assertEquals(3, o.get("enterprises").asInt());
            assertEquals(17.241379310344827, o.get("yoy_pct").asDouble(), 1e-9);
            assertEquals(390.0, o.get("ytd_value").asDouble(), 1e-9);
            assertTrue(o.get("contribution_pp").isNull());

            JsonNode d34 = get(http, analyst, base + "/api/indicators?measure=output_value&industry=34&from=2017-01&to=2017-01").get("observations").get(0);
            assertEquals(3.4482758620689653, d34.get("contribution_pp").asDouble(), 1e-9);
            JsonNode d36 = get(http, analyst, base + "/api/indicators?measure=output_value&industry=36&from=2017-01&to=2017-01").get("observations").get(0);
            assertEquals(13.793103448275861, d36.get("contribution_pp").asDouble(), 1e-9);
            JsonNode d06 = get(http, analyst, base + "/api/indicators?measure=output_value&industry=06&from=2017-01&to=2017-01").get("observations").get(0);
            assertTrue(d06.get("yoy_pct").isNull(), "no base for E3: growth not defined");
            assertEquals(50.0, d06.get("value").asDouble(), 1e-9);

            JsonNode bj = get(http, analyst, base + "/api/indicators?measure=output_value&region=110000&from=2017-01&to=2017-01").get("observations").get(0);
            assertEquals(160.0, bj.get("value").asDouble(), 1e-9);
            assertEquals(10.0, bj.get("yoy_pct").asDouble(), 1e-9);

            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base + "/api/indicators?from=2017-13")).header("Authorization", analyst).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("from"));

            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).header("Authorization", analyst).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/working?lang=zh")).header("Authorization", analyst).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("工业总产值"));
            assertTrue(page.body().contains("+17.2%"), "headline growth shown to one decimal");
            HttpResponse<String> en = http.send(HttpRequest.newBuilder(URI.create(base + "/working")).header("Authorization", analyst).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(en.body().contains("Industrial output value"));
            assertTrue(en.body().contains("January–February 2017"), "January is published with February");
        } finally {
            app.stop();
        }
    }

    @Test
    void aRejectedFileLeavesTheStoreUnchanged() throws Exception {
        intake.importEnterprises(TestFiles.write(dir, "enterprises.csv", ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE);
        intake.importReports(TestFiles.write(dir, "reports.csv", REPORTS_TEXT), ReadOptions.strict(), Progress.NONE);
        String before = TestFiles.checksum(db);
        Path bad = TestFiles.write(dir, "bad.csv", """
                enterprise_id,period,indicator,value
                E1,2017-02,output_value,120
                E2,2017-02,output_value,-5
                E9,2017-02,output_value,1
                """);
        ImportService.Result r = intake.importReports(bad, ReadOptions.strict(), Progress.NONE);
        assertTrue(r.refused());
        assertEquals(2, r.read().errorCount());
        assertEquals("bad.csv:3: value: -5 is negative; values are ≥ 0", r.read().errors().get(0).toString().replace(dir.toString() + "/", ""));
        assertEquals(3, r.read().errors().get(0).line());
        assertEquals("enterprise_id", r.read().errors().get(1).column());
        assertEquals(before, TestFiles.checksum(db));
    }

    @Test
    void partialAppliesGoodRowsAndWritesRejects() throws Exception {
        intake.importEnterprises(TestFiles.write(dir, "enterprises.csv", ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE);
        Path file = TestFiles.write(dir, "reports.csv", """
                enterprise_id,period,indicator,value
                E1,2017-02,output_value,120
                E2,2017-02,output_value,abc
                """);
        ImportService.Result r = intake.importReports(file, new ReadOptions(null, false, true), Progress.NONE);
        assertFalse(r.refused());
        assertEquals(1, r.applied().applied());
        assertEquals(1, r.applied().rejected());
        Path rejects = dir.resolve("reports.rejects.csv");
        List<String> lines = Files.readAllLines(rejects);
        assertEquals("enterprise_id,period,indicator,value,line,error", lines.get(0));
        assertEquals("E2,2017-02,output_value,abc,3,value: 'abc' is not a number", lines.get(1));
    }

    @Test
    void revisionsSupersedeAndHistoryStays() throws Exception {
        intake.importEnterprises(TestFiles.write(dir, "enterprises.csv", ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE);
        Path f1 = TestFiles.write(dir, "r1.csv", REPORTS_TEXT);
        intake.importReports(f1, ReadOptions.strict(), Progress.NONE);
        ImportService.Result again = intake.importReports(f1, ReadOptions.strict(), Progress.NONE);
        assertEquals(0, again.applied().applied(), "the same file twice changes nothing");
        assertEquals(5, again.applied().unchanged());
        ImportService.Result rev = intake.importReports(TestFiles.write(dir, "r2.csv", """
                enterprise_id,period,indicator,value,prev_year_value
                E1,2017-01,output_value,111,
                """), ReadOptions.strict(), Progress.NONE);
        assertEquals(1, rev.applied().revisions());
        List<Report> h = Reports.history(db, "E1", Period.of(2017, 1), "output_value");
        assertEquals(2, h.size());
        assertEquals(110.0, h.get(0).value());
        assertEquals(111.0, h.get(1).value());
        // the store's current row is the revision, with its number; the earlier one is in history
        try (var c = db.connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT value, revision FROM report WHERE enterprise_id = 'E1' AND period = '2017-01'")) {
            assertTrue(rs.next());
            assertEquals(111.0, rs.getDouble(1));
            assertEquals(2, rs.getInt(2));
            assertFalse(rs.next());
        }
    }

    @Test
    void duplicateKeysWithinAFile() throws Exception {
        intake.importEnterprises(TestFiles.write(dir, "enterprises.csv", ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE);
        ImportService.Result same = intake.importReports(TestFiles.write(dir, "same.csv", """
                enterprise_id,period,indicator,value
                E1,2017-02,output_value,120
                E1,2017-02,output_value,120
                """), ReadOptions.strict(), Progress.NONE);
        assertFalse(same.refused(), "identical rows are not an error");
        assertEquals(1, same.applied().applied());
        ImportService.Result conflict = intake.importReports(TestFiles.write(dir, "conflict.csv", """
                enterprise_id,period,indicator,value
                E1,2017-03,output_value,120
                E1,2017-03,output_value,121
                """), ReadOptions.strict(), Progress.NONE);
        assertTrue(conflict.refused());
        assertEquals(3, conflict.read().errors().get(0).line());
        assertTrue(conflict.read().errors().get(0).reason().contains("line 2"));
    }

    private static JsonNode get(HttpClient http, String analyst, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", analyst).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode n = new ObjectMapper().readTree(r.body());
        assertNotNull(n.get("observations"));
        return n;
    }
}
