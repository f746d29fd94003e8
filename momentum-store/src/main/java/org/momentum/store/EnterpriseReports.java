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
import java.util.Map;
import java.util.TreeSet;
import org.momentum.classification.Period;

/**
 * One enterprise's own reports, as its portal shows them: the current values of a few months, the indicators it
 * reports, and every revision with the batch that brought it. Every query is bound to one enterprise id.
 */
public final class EnterpriseReports {
    private EnterpriseReports() {}

    /** The enterprise's name in the register, or null when it is not registered. */
    public static String name(Database db, String enterpriseId) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT name FROM enterprise WHERE enterprise_id = ?")) {
            ps.setString(1, enterpriseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the register: " + e.getMessage(), e);
        }
    }

    /** The indicator codes the enterprise has ever reported (current or superseded), sorted. */
    public static TreeSet<String> indicators(Database db, String enterpriseId) {
        String sql = "SELECT DISTINCT indicator FROM report WHERE enterprise_id = ? UNION SELECT DISTINCT indicator FROM report_history WHERE enterprise_id = ?";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, enterpriseId);
            ps.setString(2, enterpriseId);
            TreeSet<String> out = new TreeSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read reports: " + e.getMessage(), e);
        }
    }

    /** The latest month the enterprise has reported, or {@link Period#NONE}. */
    public static int latestPeriod(Database db, String enterpriseId) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT MAX(period) FROM report WHERE enterprise_id = ?")) {
            ps.setString(1, enterpriseId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String p = rs.getString(1);
                return p == null ? Period.NONE : Period.parse(p);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read reports: " + e.getMessage(), e);
        }
    }

    /** The current value of each indicator the enterprise reported for a month (indicator → value). */
    public static Map<String, Double> month(Database db, String enterpriseId, int period) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT indicator, value FROM report WHERE enterprise_id = ? AND period = ? ORDER BY indicator")) {
            ps.setString(1, enterpriseId);
            ps.setString(2, Period.format(period));
            Map<String, Double> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getDouble(2));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read reports: " + e.getMessage(), e);
        }
    }

    /** The explanation sent with a submission (null without one, or for an unknown receipt). */
    public static String explanation(Database db, String receipt) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT explanation FROM submission_receipt WHERE receipt = ?")) {
            ps.setString(1, receipt);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read receipts: " + e.getMessage(), e);
        }
    }

    /**
     * One revision of one value: {@code current} for the value that stands, else superseded by a later batch.
     * {@code source} is the batch's file name (an upload's or a submission's), {@code actor} who sent it.
     */
    public record Revision(int period, String indicator, double value, double prevYearValue, int revision, boolean current,
                           long batchId, String source, String actor, Instant at) {}

    /** Every revision of the enterprise's reports, newest month first, then indicator, then newest revision first. */
    public static List<Revision> revisions(Database db, String enterpriseId) {
        String sql = """
                SELECT r.period, r.indicator, r.value, r.prev_year_value, r.revision, r.cur, r.batch_id, b.file_name, b.actor, b.finished_at
                FROM (SELECT period, indicator, value, prev_year_value, revision, TRUE AS cur, batch_id FROM report WHERE enterprise_id = ?
                      UNION ALL
                      SELECT period, indicator, value, prev_year_value, revision, FALSE AS cur, batch_id FROM report_history WHERE enterprise_id = ?) r
                LEFT JOIN import_batch b ON b.id = r.batch_id
                ORDER BY r.period DESC, r.indicator, r.revision DESC""";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, enterpriseId);
            ps.setString(2, enterpriseId);
            List<Revision> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double prev = rs.getDouble(4);
                    if (rs.wasNull()) prev = Double.NaN;
                    Timestamp at = rs.getTimestamp(10);
                    out.add(new Revision(Period.parse(rs.getString(1)), rs.getString(2), rs.getDouble(3), prev, rs.getInt(5), rs.getBoolean(6),
                            rs.getLong(7), rs.getString(8), rs.getString(9), at == null ? null : at.toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read report history: " + e.getMessage(), e);
        }
    }
}
