package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.momentum.classification.Period;

/**
 * The outlook a release publishes (V12 release_outlook, release_forecast): per headline series the forecasting
 * method, the monthly forecasts with 80% and 95% intervals and the year's expected growth, frozen as the release
 * computed them. {@link #read} gives a release's copy whatever its status; the public reads go through
 * {@link #latestPublic} so nothing of a draft or embargoed release is served.
 */
public final class PublishedOutlook {
    private PublishedOutlook() {}

    /** One forecast month: h months after the origin. */
    public record Point(int h, int period, double mean, double lo80, double hi80, double lo95, double hi95) {}

    /**
     * One series' outlook.
     *
     * @param observed      the sum of the year's months up to the origin (chain-linked volumes)
     * @param previousTotal the sum of the previous year's 12 months
     * @param growthPct     the year's expected growth in % (ΣY / ΣY−1 − 1), with its intervals
     */
    public record Series(String measure, String industry, String region, String method, int origin, int year, double observed,
                         double previousTotal, double growthPct, double lo80, double hi80, double lo95, double hi95,
                         String intervalMethod, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }

        public String id() { return measure + "." + industry + "." + region; }

        /** "about 6%, 80%: 5.3–6.7; 95%: 4.9–7.1" (as forecast.AnnualOutlook#statement says it). */
        public String statement() {
            String about = "about " + Math.round(growthPct) + "%";
            if (Double.isNaN(lo80)) return about;
            return about + String.format(Locale.ROOT, ", 80%%: %.1f–%.1f; 95%%: %.1f–%.1f", lo80, hi80, lo95, hi95);
        }
    }

    /** Writes a release's outlook (in the release's creating transaction, see {@link Releases.Attachment}). */
    public static void write(Connection c, long releaseId, List<Series> outlook) throws SQLException {
        try (PreparedStatement o = c.prepareStatement("""
                INSERT INTO release_outlook (release_id, measure, industry, region, method, origin, year, observed, previous_total,
                  growth_pct, lo80, hi80, lo95, hi95, interval_method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement f = c.prepareStatement("""
                INSERT INTO release_forecast (release_id, measure, industry, region, h, period, mean, lo80, hi80, lo95, hi95)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Series s : outlook) {
                o.setLong(1, releaseId);
                o.setString(2, s.measure());
                o.setString(3, s.industry());
                o.setString(4, s.region());
                o.setString(5, s.method());
                o.setString(6, Period.format(s.origin()));
                o.setInt(7, s.year());
                o.setDouble(8, s.observed());
                o.setDouble(9, s.previousTotal());
                o.setDouble(10, s.growthPct());
                num(o, 11, s.lo80());
                num(o, 12, s.hi80());
                num(o, 13, s.lo95());
                num(o, 14, s.hi95());
                o.setString(15, s.intervalMethod());
                o.addBatch();
                for (Point p : s.points()) {
                    f.setLong(1, releaseId);
                    f.setString(2, s.measure());
                    f.setString(3, s.industry());
                    f.setString(4, s.region());
                    f.setInt(5, p.h());
                    f.setString(6, Period.format(p.period()));
                    f.setDouble(7, p.mean());
                    num(f, 8, p.lo80());
                    num(f, 9, p.hi80());
                    num(f, 10, p.lo95());
                    num(f, 11, p.hi95());
                    f.addBatch();
                }
            }
            o.executeBatch();
            f.executeBatch();
        }
    }

    /** A release's outlook, series in key order (empty when it has none). */
    public static List<Series> read(Database db, long releaseId) {
        try (Connection c = db.connect()) {
            Map<String, List<Point>> points = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT measure, industry, region, h, period, mean, lo80, hi80, lo95, hi95 FROM release_forecast
                    WHERE release_id = ? ORDER BY measure, industry, region, h""")) {
                ps.setLong(1, releaseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next())
                        points.computeIfAbsent(rs.getString(1) + "." + rs.getString(2) + "." + rs.getString(3), k -> new ArrayList<>())
                                .add(new Point(rs.getInt(4), Period.parse(rs.getString(5)), rs.getDouble(6), num(rs, 7), num(rs, 8), num(rs, 9), num(rs, 10)));
                }
            }
            List<Series> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT measure, industry, region, method, origin, year, observed, previous_total, growth_pct, lo80, hi80, lo95, hi95,
                      interval_method FROM release_outlook WHERE release_id = ? ORDER BY measure, industry, region""")) {
                ps.setLong(1, releaseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1) + "." + rs.getString(2) + "." + rs.getString(3);
                        out.add(new Series(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Period.parse(rs.getString(5)),
                                rs.getInt(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), num(rs, 10), num(rs, 11), num(rs, 12),
                                num(rs, 13), rs.getString(14), points.getOrDefault(id, List.of())));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the outlook of release " + releaseId + ": " + e.getMessage(), e);
        }
    }

    /** One series of a release's outlook, or null. */
    public static Series read(Database db, long releaseId, String measure, String industry, String region) {
        for (Series s : read(db, releaseId))
            if (s.measure().equals(measure) && s.industry().equals(industry) && s.region().equals(region)) return s;
        return null;
    }

    /**
     * The public release whose outlook is current at {@code asOf}: of the releases published by then that carry
     * an outlook, the latest month's latest version; null when none.
     */
    public static Long latestPublic(Database db, Instant asOf) {
        return latestPublic(db, asOf, "release_outlook");
    }

    /** Shared with {@link PublishedTargets}: the latest public release having rows in one of {@code tables} (fixed names). */
    static Long latestPublic(Database db, Instant asOf, String... tables) {
        List<String> any = new ArrayList<>();
        for (String t : tables) any.add("EXISTS (SELECT 1 FROM " + t + " x WHERE x.release_id = r.id)");
        String sql = "SELECT r.id FROM release r WHERE r.status = 'PUBLISHED' AND r.published_at <= ? AND (" + String.join(" OR ", any)
                + ") ORDER BY r.period DESC, r.version DESC, r.id DESC LIMIT 1";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(asOf));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read published releases: " + e.getMessage(), e);
        }
    }

    /** Whether release {@code id} is public at {@code asOf} (published by then). */
    public static boolean isPublic(Database db, long id, Instant asOf) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM release WHERE id = ? AND status = 'PUBLISHED' AND published_at <= ?")) {
            ps.setLong(1, id);
            ps.setTimestamp(2, Timestamp.from(asOf));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read release " + id + ": " + e.getMessage(), e);
        }
    }

    static void delete(Connection c, long releaseId) throws SQLException {
        for (String t : new String[] {"release_outlook", "release_forecast"})
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t + " WHERE release_id = ?")) {
                ps.setLong(1, releaseId);
                ps.executeUpdate();
            }
    }

    static void num(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isFinite(v)) ps.setDouble(i, v);
        else ps.setNull(i, java.sql.Types.DOUBLE);
    }

    static double num(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? Double.NaN : v;
    }
}
