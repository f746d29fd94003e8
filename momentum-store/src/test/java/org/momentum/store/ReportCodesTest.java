package org.momentum.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.classification.Period;
import org.momentum.reports.Report;

/** Reports staged as numbers come out in report as the strings and values given, in the order given, across chunks. */
class ReportCodesTest {
    @TempDir Path dir;

    @Test
    void reportsAreSpelledOutInOrderAcrossChunks() throws Exception {
        int saved = ReportCodes.chunkRows;
        ReportCodes.chunkRows = 7; // many chunks, and a partial last one
        try (Database db = Database.open("jdbc:duckdb:" + dir.resolve("r.duckdb"))) {
            ReferenceData.shipped().installIfEmpty(db);
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO enterprise SELECT 'E' || i, 'n', '3612', '110000', 'large', '2010-01', NULL, 0 FROM range(50) t(i)");
            }
            List<Report> given = new ArrayList<>();
            String[] inds = {"output_value", "sales_value", "product.nev", "capacity.industrial_robot", "employment"};
            try (Importer imp = new Importer(db, Importer.Kind.REPORTS, "test")) {
                assertEquals(50, imp.register().size());
                int line = 2;
                for (int e = 49; e >= 0; e -= 3)
                    for (int p = 0; p < 3; p++)
                        for (String ind : inds) {
                            Report r = new Report(imp.register().id(imp.register().indexOf("E" + e)), Period.of(2018, 10 + p), ind,
                                    e * 1000 + p + 0.25, (e + p) % 2 == 0 ? Double.NaN : e + 0.5);
                            given.add(r);
                            imp.add(line++, r);
                        }
                imp.commit(new BatchInfo("f.csv", "00", "UTF-8", "test"), given.size(), 0);
            }
            List<Report> stored = new ArrayList<>();
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT enterprise_id, period, indicator, value, prev_year_value, revision FROM report ORDER BY rowid")) {
                while (rs.next()) {
                    double prev = rs.getDouble(5);
                    if (rs.wasNull()) prev = Double.NaN;
                    assertEquals(1, rs.getInt(6));
                    stored.add(new Report(rs.getString(1), Period.parse(rs.getString(2)), rs.getString(3), rs.getDouble(4), prev));
                }
            }
            assertEquals(given, stored);
        } finally {
            ReportCodes.chunkRows = saved;
        }
    }
}
