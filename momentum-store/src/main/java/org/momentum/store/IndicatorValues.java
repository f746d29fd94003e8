package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorRow;

/** The computed indicator cube in the store: replaced period by period, queried by cell and time range. */
public final class IndicatorValues {
    private IndicatorValues() {}

    /** Replaces the stored rows of the given periods by {@code rows} (one transaction, with an audit entry). */
    public static void replace(Database db, Collection<Integer> periods, List<IndicatorRow> rows, String actor) {
        replace(db, periods, rows, actor, null);
    }

    /**
     * As {@link #replace(Database, Collection, List, String)}; {@code source} (e.g. "file=… sha256=…", null for the
     * store's own computation) is added to the audit entry, so a cube not computed here can be traced to its file.
     */
    public static void replace(Database db, Collection<Integer> periods, List<IndicatorRow> rows, String actor, String source) {
        db.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM indicator_value WHERE period = ?")) {
                for (int p : periods) {
                    del.setString(1, Period.format(p));
                    del.addBatch();
                }
                del.executeBatch();
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (BulkWriter w = BulkWriter.open(c, "indicator_value", "measure", "industry", "region", "period", "value",
                    "enterprises", "yoy_pct", "ytd_value", "ytd_yoy_pct", "contribution_pp", "computed_at")) {
                for (IndicatorRow r : rows) {
                    w.str(r.measure()).str(r.industry()).str(r.region()).str(Period.format(r.period())).num(r.value())
                            .lng(r.enterprises()).num(r.yoyPct()).num(r.ytdValue()).num(r.ytdYoyPct()).num(r.contributionPp());
                    w.ts(now);
                    w.endRow();
                }
            }
            AuditLog.append(c, actor, "indicators.compute", "indicator_value", periods.size() + " periods",
                    rows.size() + " rows for " + describe(periods) + (source == null ? "" : " from " + source));
            return null;
        });
    }

    private static String describe(Collection<Integer> periods) {
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int p : periods) { min = Math.min(min, p); max = Math.max(max, p); }
        return periods.isEmpty() ? "no period" : Period.format(min) + ".." + Period.format(max);
    }

    /** Rows of one cell and measure, periods in [from, to] ascending. */
    public static List<IndicatorRow> series(Database db, String measure, String industry, String region, int from, int to) {
        String sql = """
                SELECT measure, industry, region, period, value, enterprises, yoy_pct, ytd_value, ytd_yoy_pct, contribution_pp
                FROM indicator_value WHERE measure = ? AND industry = ? AND region = ? AND period BETWEEN ? AND ? ORDER BY period""";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, measure);
            ps.setString(2, industry);
            ps.setString(3, region);
            ps.setString(4, Period.format(from));
            ps.setString(5, Period.format(to));
            return read(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read indicators: " + e.getMessage(), e);
        }
    }

    /** All rows of one measure and period with region ALL or industry ALL (a headline table). */
    public static List<IndicatorRow> slice(Database db, String measure, int period, String industry, String region) {
        String sql = """
                SELECT measure, industry, region, period, value, enterprises, yoy_pct, ytd_value, ytd_yoy_pct, contribution_pp
                FROM indicator_value WHERE measure = ? AND period = ? AND (? IS NULL OR industry = ?) AND (? IS NULL OR region = ?)
                ORDER BY industry, region""";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, measure);
            ps.setString(2, Period.format(period));
            ps.setString(3, industry);
            ps.setString(4, industry);
            ps.setString(5, region);
            ps.setString(6, region);
            return read(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read indicators: " + e.getMessage(), e);
        }
    }

    /** The latest period with computed indicators for a measure, or null. */
    public static Integer latestPeriod(Database db, String measure) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT MAX(period) FROM indicator_value WHERE measure = ?")) {
            ps.setString(1, measure);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String p = rs.getString(1);
                return p == null ? null : Period.parse(p);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read indicators: " + e.getMessage(), e);
        }
    }

    /** The measures with computed indicators. */
    public static List<String> measures(Database db) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT DISTINCT measure FROM indicator_value ORDER BY measure");
             ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read indicators: " + e.getMessage(), e);
        }
    }

    private static List<IndicatorRow> read(PreparedStatement ps) throws SQLException {
        List<IndicatorRow> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new IndicatorRow(rs.getString(1), rs.getString(2), rs.getString(3), Period.parse(rs.getString(4)),
                        num(rs, 5), rs.getInt(6), num(rs, 7), num(rs, 8), num(rs, 9), num(rs, 10)));
            }
        }
        return out;
    }

    private static double num(ResultSet rs, int i) throws SQLException {
        double d = rs.getDouble(i);
        return rs.wasNull() ? Double.NaN : d;
    }
}
