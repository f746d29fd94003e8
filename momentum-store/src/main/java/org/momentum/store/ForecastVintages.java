package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.Period;

/**
 * Forecast vintages and their accuracy records (migration V2). A vintage is never changed once stored; the accuracy
 * of a series and method is replaced at each scoring. Every write is one transaction with an audit entry.
 */
public final class ForecastVintages {
    private ForecastVintages() {}

    /** A series of the indicator cube. */
    public record SeriesKey(String measure, String industry, String region) {
        @Override public String toString() { return measure + "/" + industry + "/" + region; }
    }

    /** One forecast month. */
    public record Point(int h, int period, double mean, double lo80, double hi80, double lo95, double hi95) {}

    /** The outlook a vintage states for its origin's year. */
    public record OutlookRow(int year, double observed, double previousTotal, double growthPct, double lo80, double hi80,
                             double lo95, double hi95, String intervalMethod) {}

    /** A vintage as stored; {@code id} 0 before it is. {@code outlook} may be null. */
    public record Vintage(long id, SeriesKey key, String method, int origin, Instant madeAt, double scale, List<Point> points,
                          OutlookRow outlook) {
        public Vintage { points = List.copyOf(points); }
    }

    /** The accuracy record of a series and method. */
    public record AccuracyRow(SeriesKey key, String method, int points, int vintages, double smape, double mase,
                              double coverage80, double coverage95, int outlooks, double growthMaePp, Instant scoredAt) {}

    /** Stores a new vintage (its id from the sequence) and returns its id. */
    public static long add(Database db, Vintage v, String actor) {
        return db.inTransaction(c -> {
            long id;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT nextval('forecast_vintage_seq')")) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO forecast_vintage (id, measure, industry, region, method, origin, made_at, scale) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, v.key().measure());
                ps.setString(3, v.key().industry());
                ps.setString(4, v.key().region());
                ps.setString(5, v.method());
                ps.setString(6, Period.format(v.origin()));
                ps.setTimestamp(7, Timestamp.from(v.madeAt()));
                num(ps, 8, v.scale());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO forecast_point (vintage_id, h, period, mean, lo80, hi80, lo95, hi95) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Point p : v.points()) {
                    ps.setLong(1, id);
                    ps.setInt(2, p.h());
                    ps.setString(3, Period.format(p.period()));
                    ps.setDouble(4, p.mean());
                    num(ps, 5, p.lo80());
                    num(ps, 6, p.hi80());
                    num(ps, 7, p.lo95());
                    num(ps, 8, p.hi95());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            OutlookRow o = v.outlook();
            if (o != null) {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO forecast_outlook (vintage_id, year, observed, previous_total, growth_pct, lo80, hi80, lo95, hi95, interval_method)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    ps.setLong(1, id);
                    ps.setInt(2, o.year());
                    ps.setDouble(3, o.observed());
                    ps.setDouble(4, o.previousTotal());
                    ps.setDouble(5, o.growthPct());
                    num(ps, 6, o.lo80());
                    num(ps, 7, o.hi80());
                    num(ps, 8, o.lo95());
                    num(ps, 9, o.hi95());
                    ps.setString(10, o.intervalMethod());
                    ps.executeUpdate();
                }
            }
            AuditLog.append(c, actor, "forecast.vintage", "forecast_vintage", Long.toString(id),
                    v.key() + " " + v.method() + " from " + Period.format(v.origin()) + ", " + v.points().size() + " months"
                            + (o == null ? "" : String.format(java.util.Locale.ROOT, ", outlook %d growth %.2f%%", o.year(), o.growthPct())));
            return id;
        });
    }

    /** Every vintage of a series, oldest first (by origin, then made_at), with points and outlook. */
    public static List<Vintage> vintages(Database db, SeriesKey key) {
        String sql = """
                SELECT v.id, v.method, v.origin, v.made_at, v.scale,
                       o.year, o.observed, o.previous_total, o.growth_pct, o.lo80, o.hi80, o.lo95, o.hi95, o.interval_method
                FROM forecast_vintage v LEFT JOIN forecast_outlook o ON o.vintage_id = v.id
                WHERE v.measure = ? AND v.industry = ? AND v.region = ? ORDER BY v.origin, v.made_at, v.id""";
        try (Connection c = db.connect()) {
            Map<Long, Object[]> head = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, key.measure());
                ps.setString(2, key.industry());
                ps.setString(3, key.region());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getInt(6);
                        OutlookRow o = rs.wasNull() ? null : new OutlookRow(rs.getInt(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9),
                                num(rs, 10), num(rs, 11), num(rs, 12), num(rs, 13), rs.getString(14));
                        head.put(rs.getLong(1), new Object[] {rs.getString(2), Period.parse(rs.getString(3)),
                                rs.getTimestamp(4).toInstant(), num(rs, 5), o});
                    }
                }
            }
            Map<Long, List<Point>> points = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT p.vintage_id, p.h, p.period, p.mean, p.lo80, p.hi80, p.lo95, p.hi95
                    FROM forecast_point p JOIN forecast_vintage v ON v.id = p.vintage_id
                    WHERE v.measure = ? AND v.industry = ? AND v.region = ? ORDER BY p.vintage_id, p.h""")) {
                ps.setString(1, key.measure());
                ps.setString(2, key.industry());
                ps.setString(3, key.region());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next())
                        points.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Point(rs.getInt(2), Period.parse(rs.getString(3)),
                                rs.getDouble(4), num(rs, 5), num(rs, 6), num(rs, 7), num(rs, 8)));
                }
            }
            List<Vintage> out = new ArrayList<>();
            for (var e : head.entrySet()) {
                Object[] h = e.getValue();
                out.add(new Vintage(e.getKey(), key, (String) h[0], (Integer) h[1], (Instant) h[2], (Double) h[3],
                        points.getOrDefault(e.getKey(), List.of()), (OutlookRow) h[4]));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read forecast vintages: " + e.getMessage(), e);
        }
    }

    /** Replaces the accuracy records of a series by {@code rows} (one transaction, audited). */
    public static void replaceAccuracy(Database db, SeriesKey key, List<AccuracyRow> rows, String actor) {
        db.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM forecast_accuracy WHERE measure = ? AND industry = ? AND region = ?")) {
                del.setString(1, key.measure());
                del.setString(2, key.industry());
                del.setString(3, key.region());
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO forecast_accuracy (measure, industry, region, method, points, vintages, smape, mase, coverage80, coverage95,
                                                   outlooks, growth_mae_pp, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (AccuracyRow r : rows) {
                    if (!r.key().equals(key)) throw new IllegalArgumentException("accuracy row of " + r.key() + " among " + key);
                    ps.setString(1, key.measure());
                    ps.setString(2, key.industry());
                    ps.setString(3, key.region());
                    ps.setString(4, r.method());
                    ps.setInt(5, r.points());
                    ps.setInt(6, r.vintages());
                    num(ps, 7, r.smape());
                    num(ps, 8, r.mase());
                    num(ps, 9, r.coverage80());
                    num(ps, 10, r.coverage95());
                    ps.setInt(11, r.outlooks());
                    num(ps, 12, r.growthMaePp());
                    ps.setTimestamp(13, Timestamp.from(r.scoredAt()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            StringBuilder d = new StringBuilder();
            for (AccuracyRow r : rows)
                d.append(String.format(java.util.Locale.ROOT, "%s%s: %d points, sMAPE %.3f", d.length() == 0 ? "" : "; ", r.method(), r.points(), r.smape()));
            AuditLog.append(c, actor, "forecast.score", "forecast_accuracy", key.toString(), d.length() == 0 ? "no vintage" : d.toString());
            return null;
        });
    }

    /** The accuracy records of a series, by method. */
    public static List<AccuracyRow> accuracy(Database db, SeriesKey key) {
        String sql = """
                SELECT method, points, vintages, smape, mase, coverage80, coverage95, outlooks, growth_mae_pp, scored_at
                FROM forecast_accuracy WHERE measure = ? AND industry = ? AND region = ? ORDER BY method""";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key.measure());
            ps.setString(2, key.industry());
            ps.setString(3, key.region());
            List<AccuracyRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new AccuracyRow(key, rs.getString(1), rs.getInt(2), rs.getInt(3), num(rs, 4), num(rs, 5), num(rs, 6), num(rs, 7),
                            rs.getInt(8), num(rs, 9), rs.getTimestamp(10).toInstant()));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read forecast accuracy: " + e.getMessage(), e);
        }
    }

    private static void num(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) ps.setNull(i, Types.DOUBLE); else ps.setDouble(i, v);
    }

    private static double num(ResultSet rs, int i) throws SQLException {
        double d = rs.getDouble(i);
        return rs.wasNull() ? Double.NaN : d;
    }
}
