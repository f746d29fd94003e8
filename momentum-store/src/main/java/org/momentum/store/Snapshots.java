package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;

/**
 * The store as it was at a cut-off instant: the register, reports and prices of the import batches finished by
 * then, each in the revision that was current then. A row of {@code report} (or {@code enterprise},
 * {@code price_index}) counts when its batch finished by the cut-off; a row of the history tables counts when its
 * batch finished by the cut-off and the batch that superseded it did not. Read on one connection inside one
 * transaction, so a file arriving meanwhile is either wholly in or wholly out.
 */
public final class Snapshots {
    private Snapshots() {}

    private static final String REPORTS = """
            SELECT r.enterprise_id, r.period, r.indicator, r.value, r.prev_year_value
            FROM report r JOIN import_batch b ON b.id = r.batch_id
            WHERE b.finished_at <= ? AND r.period BETWEEN ? AND ?
            UNION ALL
            SELECT h.enterprise_id, h.period, h.indicator, h.value, h.prev_year_value
            FROM report_history h JOIN import_batch b ON b.id = h.batch_id JOIN import_batch s ON s.id = h.superseded_by
            WHERE b.finished_at <= ? AND s.finished_at > ? AND h.period BETWEEN ? AND ?""";

    /** Streams the reports current at the cut-off with period in [from, to]. */
    public static long forEachReport(Connection c, Instant cutoff, int from, int to, Reports.ReportConsumer consumer) throws SQLException {
        Timestamp t = Timestamp.from(cutoff);
        try (PreparedStatement ps = c.prepareStatement(REPORTS)) {
            ps.setTimestamp(1, t);
            ps.setString(2, Period.format(from));
            ps.setString(3, Period.format(to));
            ps.setTimestamp(4, t);
            ps.setTimestamp(5, t);
            ps.setString(6, Period.format(from));
            ps.setString(7, Period.format(to));
            return Reports.stream(ps, consumer);
        }
    }

    /** The first and last month with a report at the cut-off, or null. */
    public static int[] periodRange(Connection c, Instant cutoff) throws SQLException {
        String sql = "SELECT MIN(period), MAX(period) FROM (" + REPORTS + ") x";
        Timestamp t = Timestamp.from(cutoff);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, t);
            ps.setString(2, "0000-01");
            ps.setString(3, "9999-12");
            ps.setTimestamp(4, t);
            ps.setTimestamp(5, t);
            ps.setString(6, "0000-01");
            ps.setString(7, "9999-12");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getString(1) == null) return null;
                return new int[] {Period.parse(rs.getString(1)), Period.parse(rs.getString(2))};
            }
        }
    }

    /** The register at the cut-off. */
    public static List<Enterprise> enterprises(Connection c, Instant cutoff) throws SQLException {
        String sql = """
                SELECT e.enterprise_id, e.name, e.industry, e.region, e.size, e.scope_from, e.scope_to
                FROM enterprise e JOIN import_batch b ON b.id = e.batch_id WHERE b.finished_at <= ?
                UNION ALL
                SELECT h.enterprise_id, h.name, h.industry, h.region, h.size, h.scope_from, h.scope_to
                FROM enterprise_history h JOIN import_batch b ON b.id = h.batch_id JOIN import_batch s ON s.id = h.superseded_by
                WHERE b.finished_at <= ? AND s.finished_at > ?
                ORDER BY 1""";
        Timestamp t = Timestamp.from(cutoff);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, t);
            ps.setTimestamp(2, t);
            ps.setTimestamp(3, t);
            List<Enterprise> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String to = rs.getString(7);
                    out.add(new Enterprise(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            EnterpriseSize.parseOrNull(rs.getString(5)), Period.parse(rs.getString(6)),
                            to == null ? Period.OPEN : Period.parse(to)));
                }
            }
            return out;
        }
    }

    /** The producer price indices at the cut-off. */
    public static List<Reports.Price> prices(Connection c, Instant cutoff) throws SQLException {
        String sql = """
                SELECT p.industry, p.period, p.ppi_yoy FROM price_index p JOIN import_batch b ON b.id = p.batch_id WHERE b.finished_at <= ?
                UNION ALL
                SELECT h.industry, h.period, h.ppi_yoy
                FROM price_index_history h JOIN import_batch b ON b.id = h.batch_id JOIN import_batch s ON s.id = h.superseded_by
                WHERE b.finished_at <= ? AND s.finished_at > ?""";
        Timestamp t = Timestamp.from(cutoff);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, t);
            ps.setTimestamp(2, t);
            ps.setTimestamp(3, t);
            List<Reports.Price> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Reports.Price(rs.getString(1), Period.parse(rs.getString(2)), rs.getDouble(3)));
            }
            return out;
        }
    }

    /**
     * How many import batches had finished by the cut-off, as this connection sees it. Read again after the
     * snapshot: a different count means a batch stamped before the cut-off committed after the snapshot began,
     * and the snapshot must be taken again.
     */
    public static long batchesFinishedBy(Connection c, Instant cutoff) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM import_batch WHERE finished_at <= ?")) {
            ps.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
