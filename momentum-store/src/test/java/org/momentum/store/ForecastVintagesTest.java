package org.momentum.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.classification.Period;

class ForecastVintagesTest {
    @TempDir Path dir;
    private static final ForecastVintages.SeriesKey KEY = new ForecastVintages.SeriesKey("output_value_real", "ALL", "ALL");

    @Test
    void vintagesAndAccuracyRoundTripWithAuditEntries() throws Exception {
        try (Database db = Database.open("jdbc:duckdb:" + dir.resolve("v.duckdb"))) {
            Instant t0 = Instant.parse("2026-01-05T10:00:00Z");
            ForecastVintages.Vintage a = new ForecastVintages.Vintage(0, KEY, "ets", Period.of(2017, 10), t0, 12.5, List.of(
                    new ForecastVintages.Point(1, Period.of(2017, 11), 100, 95, 105, 90, 110),
                    new ForecastVintages.Point(2, Period.of(2017, 12), 101, Double.NaN, Double.NaN, Double.NaN, Double.NaN)),
                    new ForecastVintages.OutlookRow(2017, 800, 900, 6.1, 5.3, 6.7, 4.9, 7.2, "simulated"));
            ForecastVintages.Vintage b = new ForecastVintages.Vintage(0, new ForecastVintages.SeriesKey("output_value_real", "C", "ALL"), "ets",
                    Period.of(2017, 9), t0, Double.NaN, List.of(new ForecastVintages.Point(1, Period.of(2017, 10), 5, 4, 6, 3, 7)), null);
            long ida = ForecastVintages.add(db, a, "test"), idb = ForecastVintages.add(db, b, "test");
            assertTrue(idb > ida);
            List<ForecastVintages.Vintage> got = ForecastVintages.vintages(db, KEY);
            assertEquals(1, got.size());
            ForecastVintages.Vintage g = got.get(0);
            assertEquals(ida, g.id());
            assertEquals(a.points().get(0), g.points().get(0));
            assertTrue(Double.isNaN(g.points().get(1).lo80()));
            assertEquals(a.outlook(), g.outlook());
            assertEquals(t0, g.madeAt());
            assertNull(ForecastVintages.vintages(db, b.key()).get(0).outlook());
            assertTrue(Double.isNaN(ForecastVintages.vintages(db, b.key()).get(0).scale()));

            ForecastVintages.AccuracyRow r = new ForecastVintages.AccuracyRow(KEY, "ets", 2, 1, 3.5, 0.8, 0.5, 1.0, 0, Double.NaN, t0);
            ForecastVintages.replaceAccuracy(db, KEY, List.of(r), "test");
            ForecastVintages.replaceAccuracy(db, KEY, List.of(r), "test");  // replaced, not added
            assertEquals(List.of(r), ForecastVintages.accuracy(db, KEY));
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT action, COUNT(*) FROM audit_log GROUP BY action ORDER BY action")) {
                rs.next();
                assertEquals("forecast.score", rs.getString(1));
                assertEquals(2, rs.getInt(2));
                rs.next();
                assertEquals("forecast.vintage", rs.getString(1));
                assertEquals(2, rs.getInt(2));
                assertNull(AuditLog.verify(c));
            }
        }
    }
}
