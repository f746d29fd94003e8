package org.momentum.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;
import org.momentum.reports.Report;

/** The importer on both databases: new rows, the same file twice (unchanged), a revision kept in history, a rollback. */
class ImporterTest {
    @TempDir Path dir;
    final int jan16 = Period.of(2016, 1), jan17 = Period.of(2017, 1);

    private static ImportSummary reports(Database db, String file, Report... rows) {
        try (Importer imp = new Importer(db, Importer.Kind.REPORTS, "test")) {
            for (int i = 0; i < rows.length; i++) imp.add(i + 2, rows[i]);
            return imp.commit(new BatchInfo(file, "sha-" + file, "UTF-8", "test"), rows.length, 0);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void importsTwiceRevisesAndRollsBack(TestDatabases kind) throws Exception {
        try (Database db = Database.open(kind.newUrl(dir, "importer"))) {
            ReferenceData.shipped().installIfEmpty(db);
            try (Importer imp = new Importer(db, Importer.Kind.ENTERPRISES, "test")) {
                imp.add(2, new Enterprise("E1", "北京机器人有限公司", "3491", "110101", EnterpriseSize.LARGE, jan16, Period.OPEN));
                imp.add(3, new Enterprise("E2", "Shanghai NEV Co., Ltd.", "3612", "310101", EnterpriseSize.MEDIUM, jan16, Period.OPEN));
                assertEquals(2, imp.commit(new BatchInfo("e.csv", "sha-e", "UTF-8", "test"), 2, 0).applied());
            }
            Report[] file = {
                new Report("E1", jan16, "output_value", 100, Double.NaN),
                new Report("E2", jan16, "output_value", 200, Double.NaN),
                new Report("E1", jan17, "output_value", 110, Double.NaN),
                new Report("E2", jan17, "output_value", 230, 190)};
            ImportSummary first = reports(db, "r.csv", file);
            assertEquals(4, first.applied());
            ImportSummary again = reports(db, "r.csv", file);
            assertEquals(0, again.applied(), "the same file twice duplicates nothing");
            assertEquals(4, again.unchanged());
            ImportSummary rev = reports(db, "rev.csv", new Report("E1", jan17, "output_value", 111.5, Double.NaN));
            assertEquals(1, rev.revisions());
            List<Report> h = Reports.history(db, "E1", jan17, "output_value");
            assertEquals(List.of(110.0, 111.5), h.stream().map(Report::value).toList());

            try (Importer imp = new Importer(db, Importer.Kind.REPORTS, "test")) {
                imp.add(2, new Report("E1", Period.of(2017, 2), "output_value", 120, Double.NaN));
                imp.rollback();
            }
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                ResultSet rs = st.executeQuery("SELECT COUNT(*), SUM(value) FROM report");
                rs.next();
                assertEquals(4, rs.getLong(1), "the rolled back row is not there");
                assertEquals(100 + 200 + 111.5 + 230, rs.getDouble(2), 1e-9);
                rs = st.executeQuery("SELECT prev_year_value FROM report WHERE enterprise_id = 'E2' AND period = '2017-01'");
                rs.next();
                assertEquals(190.0, rs.getDouble(1));
                rs = st.executeQuery("SELECT COUNT(*) FROM import_batch");
                rs.next();
                assertEquals(4, rs.getLong(1));
                assertNull(AuditLog.verify(c));
            }
        }
    }
}
