package org.momentum.app.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.EndToEndTest;
import org.momentum.app.TestFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
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
                """);
        List<String> direct = importAndDump("direct", f, ReadOptions.strict());
        List<String> appender = importAndDump("appender", f, new ReadOptions(null, false, true));
        assertEquals(appender, direct);
        assertEquals(5, direct.size());
        assertTrue(direct.contains("E2|2016-01|output_value|200.0|null|1"), direct.toString());
    }

    @Test
    void controlCharacterPaddingAndRepeatedRowsTakeTheAppenderPath() throws Exception {
        Path f = TestFiles.write(dir, "t.csv", "enterprise_id,period,indicator,value\n\tE1,2017-01,output_value,5\nE2,2017-01,output_value,6\nE2,2017-01,output_value,6\n");
        List<String> rows = importAndDump("tabs", f, ReadOptions.strict());
        assertEquals(List.of("E1|2017-01|output_value|5.0|null|1", "E2|2017-01|output_value|6.0|null|1"), rows);
    }
}
