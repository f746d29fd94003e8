package org.momentum.app.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.classification.Period;
import org.momentum.disclosure.AttackerAudit;
import org.momentum.disclosure.Cell;
import org.momentum.disclosure.DisclosureRules;
import org.momentum.disclosure.ProtectedCell;
import org.momentum.disclosure.ReleaseCells;
import org.momentum.disclosure.Status;
import org.momentum.dissemination.Release;

/**
 * A release through disclosure control, end to end: 14 enterprises 2015-01..2017-12, every province × division
 * cell with three of them except division 34 in Shanghai, with two (B1, B2: FREQ(3) makes it primary). After
 * {@code create} and publication, the public JSON API and SDMX show that cell, its growth, year to date and
 * adjusted series as C without a value, the enterprise count stays, complementary cells of its row and column are
 * C too, and the attacker's LP audit over the published numbers of the table finds no leak.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosedReleaseTest {
    /** id, class, county, size: monthly output = size × (1 + 0.1·sin(2π·month/12)) × (1 + 0.01·t), rounded. */
    static final Object[][] ENTERPRISES = {
            {"A1", "3491", "110101", 100}, {"A2", "3491", "110101", 120}, {"A3", "3491", "110101", 90},
            {"B1", "3491", "310101", 80}, {"B2", "3491", "310101", 70},
            {"C1", "3491", "440103", 110}, {"C2", "3491", "440103", 95}, {"C3", "3491", "440103", 105},
            {"D1", "3612", "310101", 200}, {"D2", "3612", "310101", 180}, {"D3", "3612", "310101", 210},
            {"G1", "3612", "440103", 150}, {"G2", "3612", "440103", 160}, {"G3", "3612", "440103", 140}};
    static final int FROM = Period.of(2015, 1), TO = Period.of(2017, 12);

    ReleaseScenario s;
    Release published;

    @BeforeAll
    void publish(@TempDir Path dir) throws Exception {
        StringBuilder ent = new StringBuilder("enterprise_id,name,industry,region,size,scope_from,scope_to\n");
        StringBuilder rep = new StringBuilder(ReleaseScenario.HEADER);
        for (Object[] e : ENTERPRISES) {
            ent.append(e[0]).append(",企业").append(e[0]).append(',').append(e[1]).append(',').append(e[2]).append(",medium,2015-01,\n");
            for (int t = FROM; t <= TO; t++)
                rep.append(e[0]).append(',').append(Period.format(t)).append(",output_value,").append(output((Integer) e[3], t)).append('\n');
        }
        s = new ReleaseScenario(dir, ent.toString(), rep.toString());
        published = s.publishAtEmbargo(s.approved(TO, s.afterFile1, 0, null));
    }

    static long output(int size, int t) {
        return Math.round(size * (1 + 0.1 * Math.sin(2 * Math.PI * Period.month(t) / 12)) * (1 + 0.01 * (t - FROM)));
    }

    @AfterAll
    void stop() { s.close(); }

    /** period → value (NaN when withheld) of a public series, checking that a withheld number says C. */
    Map<String, Double> json(String id) throws Exception {
        Map<String, Double> out = new HashMap<>();
        for (JsonNode o : s.get("/api/series/" + id + "/observations").get("observations")) {
            boolean withheld = o.get("value").isNull();
            if (o.has("status")) assertEquals(withheld ? "C" : "A", o.get("status").asText(), o::toString);
            out.put(o.get("period").asText(), withheld ? Double.NaN : o.get("value").asDouble());
        }
        return out;
    }

    @Test
    void theSmallCellItsGrowthYearToDateAndAdjustmentAreWithheld() throws Exception {
        String dec = Period.format(TO);
        for (String v : List.of("", ".yoy_pct", ".ytd_value", ".ytd_yoy_pct")) {
            Map<String, Double> obs = json("output_value.34.310000" + v);
            assertFalse(obs.isEmpty(), v);
            assertTrue(Double.isNaN(obs.get(dec)), v + " " + obs);
            assertTrue(obs.values().stream().allMatch(x -> Double.isNaN(x)), v + ": every month of the cell is withheld " + obs);
        }
        // the count of contributors is not a magnitude: it stays
        assertEquals(2.0, json("output_value.34.310000.enterprises").get(dec));
        // a seasonally adjusted series would give the level back with its factors: withheld whole
        for (String v : List.of("sa", "trend", "seasonal", "calendar", "sa_mom_pct")) {
            Map<String, Double> obs = json("output_value.34.310000." + v);
            assertFalse(obs.isEmpty(), v);
            assertTrue(obs.values().stream().allMatch(x -> Double.isNaN(x)), v + " " + obs);
        }
        // the total of fourteen enterprises is shown, with its adjustment
        long total = 0;
        for (Object[] e : ENTERPRISES) total += output((Integer) e[3], TO);
        assertEquals(total, json("output_value.ALL.ALL").get(dec), 1e-9);
        assertFalse(Double.isNaN(json("output_value.ALL.ALL.sa").get(dec)));
        // complements: another province of division 34, and another cell of Shanghai's column
        assertTrue(Double.isNaN(json("output_value.34.110000").get(dec)) || Double.isNaN(json("output_value.34.440000").get(dec)));
        assertTrue(Double.isNaN(json("output_value.C.310000").get(dec)) || Double.isNaN(json("output_value.36.310000").get(dec)));
    }

    @Test
    void theExplorersMonthOnMonthGrowthIsOfTheAdjustedSeries() throws Exception {
        HttpResponse<String> page = s.request("/explorer?measure=output_value&industry=ALL&region=ALL&units=pch");
        assertEquals(200, page.statusCode(), page::body);
        assertTrue(page.body().contains("seasonally and calendar adjusted series"), "says which series the growth is of");
        assertTrue(page.body().contains("output_value.ALL.ALL.sa"), "the chart reads the published adjusted series");
        // the CSV's December value is the month-on-month growth of the published sa series, by hand
        Map<String, Double> sa = json("output_value.ALL.ALL.sa");
        String dec = Period.format(TO), nov = Period.format(TO - 1);
        double expected = (sa.get(dec) / sa.get(nov) - 1) * 100;
        String csv = s.request("/downloads/explorer.csv?measure=output_value&industry=ALL&region=ALL&units=pch").body();
        String row = csv.lines().filter(l -> l.startsWith(dec)).findFirst().orElseThrow(() -> new AssertionError(csv));
        assertEquals(expected, Double.parseDouble(row.split(",")[1]), 1e-6, row);
    }

    /** Every table the public API and dashboard serve as CSV comes as XLSX too: same rows, withheld cells marked C. */
    @Test
    void workbooksMarkTheWithheldCellsTheCsvLeavesEmpty() throws Exception {
        String id = "output_value.34.310000";
        String csv = s.request("/api/series/" + id + "/observations?format=csv").body();
        HttpResponse<byte[]> r = s.bytes("/api/series/" + id + "/observations?format=xlsx");
        assertEquals(200, r.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.headers().firstValue("Content-Type").orElse(""));
        List<String> lines = csv.lines().toList();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = 0; i < lines.size(); i++) {
                String[] f = lines.get(i).split(",", -1);
                Row row = sheet.getRow(i);
                assertEquals(f[0], row.getCell(0).getStringCellValue());
                if (i == 0) continue;
                assertEquals("C", f[3], lines.get(i));
                assertEquals("", f[2], "the CSV leaves the withheld value empty");
                assertEquals(CellType.STRING, row.getCell(2).getCellType());
                assertEquals("C", row.getCell(2).getStringCellValue(), "the workbook marks it");
                assertEquals(Double.parseDouble(f[6]), row.getCell(6).getNumericCellValue(), "release is a number");
            }
            assertTrue(sheet.getRow(lines.size() + 1).getCell(0).getStringCellValue().startsWith("C: value withheld"), "and explains the mark");
        }
        // the industry table's download: both formats, same rows, a withheld Shanghai figure of division 34 shown as C in the province table
        String provinces = s.request("/downloads/provinces.csv").body();
        HttpResponse<byte[]> px = s.bytes("/downloads/provinces.xlsx");
        assertEquals(200, px.statusCode());
        assertEquals("attachment; filename=\"provinces.xlsx\"", px.headers().firstValue("Content-Disposition").orElse(""));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(px.body()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> rows = provinces.lines().toList();
            for (int i = 1; i < rows.size(); i++) {
                String[] f = rows.get(i).split(",", -1);
                assertEquals(f[2], sheet.getRow(i).getCell(2).getStringCellValue(), "region code as text");
                if (f[4].isEmpty()) assertEquals("C", sheet.getRow(i).getCell(4).getStringCellValue());
                else assertEquals(Double.parseDouble(f[4]), sheet.getRow(i).getCell(4).getNumericCellValue(), 1e-9);
            }
        }
        for (String path : List.of("/downloads/headline.xlsx", "/downloads/sectors.xlsx", "/downloads/explorer.xlsx?measure=output_value&industry=34&region=ALL",
                "/api/series?format=xlsx", "/api/releases?format=xlsx", "/api/releases/" + published.id() + "?format=xlsx",
                "/api/series/" + id + "/vintages?format=xlsx")) {
            HttpResponse<byte[]> x = s.bytes(path);
            assertEquals(200, x.statusCode(), path);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
                assertTrue(book.getSheetAt(0).getLastRowNum() >= 1, path);
            }
        }
        // the release's own table: its withheld cells are marked in the workbook and empty in the CSV
        String rel = s.request("/api/releases/" + published.id() + "?format=csv&limit=100000").body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(s.bytes("/api/releases/" + published.id() + "?format=xlsx&limit=100000").body()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> rows = rel.lines().toList();
            int marked = 0;
            for (int i = 1; i < rows.size(); i++) {
                String[] f = rows.get(i).split(",", -1);
                Row row = sheet.getRow(i);
                assertEquals(f[0], row.getCell(0).getStringCellValue());
                if (f[3].equals("C")) {
                    assertEquals("", f[2]);
                    assertEquals("C", row.getCell(2).getStringCellValue());
                    marked++;
                } else if (!f[2].isEmpty()) assertEquals(Double.parseDouble(f[2]), row.getCell(2).getNumericCellValue());
            }
            assertTrue(marked > 0, "the release withholds cells");
        }
        assertEquals(400, s.request("/api/releases?format=xls").statusCode());
        assertEquals(404, s.request("/downloads/products/robots.xls").statusCode());
    }

    @Test
    void sdmxShowsTheCellAsConfidentialWithoutAValue() throws Exception {
        HttpResponse<String> r = s.request("/sdmx/data/INDUSTRY/M.output_value.34.310000.value?format=csv");
        assertEquals(200, r.statusCode(), r::body);
        List<String> lines = r.body().lines().toList();
        List<String> head = Arrays.asList(lines.get(0).split(","));
        int value = head.indexOf("OBS_VALUE"), status = head.indexOf("OBS_STATUS"), conf = head.indexOf("CONF_STATUS");
        assertEquals(TO - FROM + 2, lines.size(), r::body);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals("", f[value], line);
            assertEquals("C", f[status], line);
            assertEquals("C", f[conf], line);
        }
    }

    @Test
    void theAttackerRecoversNoPrimaryCellFromThePublishedTable() throws Exception {
        // the true cells of December, with the status the public API gives them
        List<ProtectedCell> table = new ArrayList<>();
        DisclosureRules rules = DisclosureRules.defaults();
        int primaries = 0, withheld = 0;
        for (Cell c : decemberCells()) {
            boolean ytd = c.table().endsWith(ReleaseCells.YTD_SUFFIX);
            String id = "output_value." + c.industry() + "." + c.region() + (ytd ? ".ytd_value" : "");
            double shown = json(id).get(Period.format(TO));
            org.momentum.disclosure.SensitivityRule rule = rules.firstSensitive(c);
            boolean primary = rule != null;
            if (primary) primaries++;
            if (Double.isNaN(shown)) withheld++;
            else assertEquals(c.value(), shown, 1e-9, id);
            assertTrue(!primary || Double.isNaN(shown), id + " is sensitive and shown");
            table.add(new ProtectedCell(c, primary ? Status.PRIMARY : Double.isNaN(shown) ? Status.SECONDARY : Status.PUBLISHED, primary ? rule.label() : ""));
        }
        assertTrue(primaries >= 2, "34 × Shanghai, level and year to date");
        assertTrue(withheld > primaries, "a primary needs complements");
        AttackerAudit.Report audit = AttackerAudit.audit(table, s.ref.industries(), 10);
        assertTrue(audit.intervals().size() >= 2);
        assertTrue(audit.clean(), () -> audit.leaks().toString());
    }

    /** December's level and year-to-date cells of output_value from the enterprises' own figures. */
    List<Cell> decemberCells() {
        List<String> provinces = List.of("110000", "310000", "440000");
        ReleaseCells rc = new ReleaseCells(s.ref.industries(), provinces, ReleaseCells.Shape.INDICATORS);
        int n = ENTERPRISES.length;
        int[] cls = new int[n], prov = new int[n];
        double[] month = new double[n], ytd = new double[n];
        for (int e = 0; e < n; e++) {
            cls[e] = rc.classIndex((String) ENTERPRISES[e][1]);
            prov[e] = provinces.indexOf(((String) ENTERPRISES[e][2]).substring(0, 2) + "0000");
            month[e] = output((Integer) ENTERPRISES[e][3], TO);
            for (int t = Period.january(TO); t <= TO; t++) ytd[e] += output((Integer) ENTERPRISES[e][3], t);
        }
        List<Cell> out = new ArrayList<>(rc.cells("output_value", TO, cls, prov, month));
        out.addAll(rc.cells("output_value" + ReleaseCells.YTD_SUFFIX, TO, cls, prov, ytd));
        return out;
    }
}
