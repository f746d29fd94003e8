package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.momentum.classification.Period;
import org.momentum.reports.Report;

/** Reads of the current report revisions and of a report's history. */
public final class Reports {
    private Reports() {}

    @FunctionalInterface
    public interface ReportConsumer {
        void accept(String enterpriseId, int period, String indicator, double value, double prevYearValue);
    }

    /** Streams the rows of a query selecting (enterprise_id, period, indicator, value, prev_year_value). */
    static long stream(PreparedStatement ps, ReportConsumer consumer) throws SQLException {
        ps.setFetchSize(10_000);
        long n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double prev = rs.getDouble(5);
                if (rs.wasNull()) prev = Double.NaN;
                consumer.accept(rs.getString(1), Period.parse(rs.getString(2)), rs.getString(3), rs.getDouble(4), prev);
                n++;
            }
        }
        return n;
    }

    /** Streams the current revision of every report with period in [from, to] (Period ints, inclusive). */
    public static long forEachCurrent(Database db, int from, int to, ReportConsumer consumer) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT enterprise_id, period, indicator, value, prev_year_value FROM report WHERE period BETWEEN ? AND ?")) {
            ps.setString(1, Period.format(from));
            ps.setString(2, Period.format(to));
            return stream(ps, consumer);
        } catch (SQLException e) {
            throw new StoreException("cannot read reports: " + e.getMessage(), e);
        }
    }

    /** The current reports that batch holds (what its import added or revised; unchanged rows keep their batch). */
    public static List<Report> ofBatch(Database db, long batchId) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT enterprise_id, period, indicator, value, prev_year_value FROM report WHERE batch_id = ?")) {
            ps.setLong(1, batchId);
            List<Report> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double prev = rs.getDouble(5);
                    if (rs.wasNull()) prev = Double.NaN;
                    out.add(new Report(rs.getString(1), Period.parse(rs.getString(2)), rs.getString(3), rs.getDouble(4), prev));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the reports of batch " + batchId + ": " + e.getMessage(), e);
        }
    }

    /** The first and last period with any report, or null when there are none. */
    public static int[] periodRange(Database db) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT MIN(period), MAX(period) FROM report");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getString(1) == null) return null;
            return new int[] {Period.parse(rs.getString(1)), Period.parse(rs.getString(2))};
        } catch (SQLException e) {
            throw new StoreException("cannot read reports: " + e.getMessage(), e);
        }
    }

    /** Every revision of one report, oldest first (history, then the current one). */
    public static List<Report> history(Database db, String enterpriseId, int period, String indicator) {
        String sql = """
                SELECT value, prev_year_value, revision FROM report_history WHERE enterprise_id = ? AND period = ? AND indicator = ?
                UNION ALL
                SELECT value, prev_year_value, revision FROM report WHERE enterprise_id = ? AND period = ? AND indicator = ?
                ORDER BY revision""";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < 2; k++) {
                ps.setString(1 + 3 * k, enterpriseId);
                ps.setString(2 + 3 * k, Period.format(period));
                ps.setString(3 + 3 * k, indicator);
            }
            List<Report> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double prev = rs.getDouble(2);
                    if (rs.wasNull()) prev = Double.NaN;
                    out.add(new Report(enterpriseId, period, indicator, rs.getDouble(1), prev));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read report history: " + e.getMessage(), e);
        }
    }

    public record Price(String industry, int period, double ppiYoy) {}

    public static List<Price> prices(Database db) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT industry, period, ppi_yoy FROM price_index");
             ResultSet rs = ps.executeQuery()) {
            List<Price> out = new ArrayList<>();
            while (rs.next()) out.add(new Price(rs.getString(1), Period.parse(rs.getString(2)), rs.getDouble(3)));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read prices: " + e.getMessage(), e);
        }
    }
}
