package org.momentum.app.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.EndToEndTest;
import org.momentum.app.TestFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.files.ReportsCorpus;
import org.momentum.classification.Period;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/**
 * The two ways reports reach the store — DuckDB reading the validated file itself, and the appender (taken with
 * --partial, for GB18030 files, and whenever the two readers could disagree) — give the same rows.
 */
class DirectIngestTest {
    @TempDir Path dir;
    final ReferenceData ref = ReferenceData.shipped();

    private List<String> importAndDump(String name, Path reports, ReadOptions opt) throws Exception {
        try (Database db = Database.open("jdbc:duckdb:" + dir.resolve(name + ".duckdb"))) {
            ref.installIfEmpty(db);
            ImportService s = new ImportService(db, ref, Period.of(2026, 11), "test");
            assertFalse(s.importEnterprises(TestFiles.write(dir, name + "-e.csv", EndToEndTest.ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE).refused());
            ImportService.Result r = s.importReports(reports, opt, Progress.NONE);
            assertFalse(r.refused(), () -> r.read().errors().toString());
            List<String> rows = new ArrayList<>();
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT enterprise_id, period, indicator, value, prev_year_value, revision FROM report ORDER BY ALL")) {
                while (rs.next()) rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getDouble(4) + "|" + rs.getObject(5) + "|" + rs.getInt(6));
            }
            return rows;
        }
    }

    @Test
    void directAndAppenderPathsStoreTheSameRows() throws Exception {
        Path f = TestFiles.write(dir, "r.csv", """
                prev_year_value,value,indicator,period,enterprise_id
                ,100,output_value,2016-01,E1
                , 200 ,output_value,2016-01, E2
                190,230,output_value,2017-01,E2
                "",1e2,sales_value,2017-01,"E1"

                +5,0.000001,product.industrial_robot,2017-01,E1
                -0,-0,product.nev,2017-01,E1
                """);
        List<String> direct = importAndDump("direct", f, ReadOptions.strict());
        List<String> appender = importAndDump("appender", f, new ReadOptions(null, false, true));
        assertEquals(appender, direct);
        assertEquals(6, direct.size());
        assertTrue(direct.contains("E1|2017-01|product.nev|0.0|0.0|1"), "-0 is stored as 0: " + direct);

        // the same rows with a byte order mark and CRLF line ends
        Path bom = dir.resolve("bom.csv");
        Files.writeString(bom, "\uFEFF" + Files.readString(f).replace("\n", "\r\n"));
        assertEquals(direct, importAndDump("bom", bom, ReadOptions.strict()));
        assertTrue(direct.contains("E2|2016-01|output_value|200.0|null|1"), direct.toString());
    }

    /** Seeded random files meant to be clean (padding, quotes, BOM, CRLF, blank lines, -0, exponents, a note column). */
    @Test
    void directAndAppenderPathsAgreeOnASeededCorpus() throws Exception {
        Random rnd = new Random(2018);
        int compared = 0;
        for (int k = 0; compared < 3; k++) {
            ReportsCorpus.File g = new ReportsCorpus(rnd, List.of("E1", "E2", "E3"), null).file(true);
            Path f = dir.resolve("c" + k + ".csv");
            Files.write(f, g.bytes());
            if (g.leftToCsvParser()) continue;
            List<String> direct = importAndDump("cd" + k, f, g.options());
            List<String> appender = importAndDump("ca" + k, f, new ReadOptions(g.options().encoding(), g.options().ignoreUnknownColumns(), true));
            assertEquals(appender, direct, () -> new String(g.bytes(), java.nio.charset.StandardCharsets.UTF_8));
            compared++;
        }
    }

    @Test
    void controlCharacterPaddingAndRepeatedRowsTakeTheAppenderPath() throws Exception {
        Path f = TestFiles.write(dir, "t.csv", "enterprise_id,period,indicator,value\n\tE1,2017-01,output_value,5\nE2,2017-01,output_value,6\nE2,2017-01,output_value,6\n");
        List<String> rows = importAndDump("tabs", f, ReadOptions.strict());
        assertEquals(List.of("E1|2017-01|output_value|5.0|null|1", "E2|2017-01|output_value|6.0|null|1"), rows);
    }
}
