package org.momentum.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;
import org.momentum.registry.EnterpriseIndex;

/**
 * DuckDB reads a UTF-8 reports file with its own parallel CSV reader, straight into {@code report} as this batch's
 * revision 1, while Momentum's reader validates the same file on another thread. The Java reader stays the judge:
 * the caller commits only when it found no error and the row counts agree, and otherwise rolls back (and may import
 * through the appender instead). Why: DuckDB's appender alone cannot take rows at half of read_csv's rate.
 */
final class DirectReportIngest {
    private final Thread thread;
    private volatile Statement statement;
    private volatile long rows = -1;
    private volatile Throwable error;

    static boolean supported(Connection c) throws SQLException { return c.isWrapperFor(DuckDBConnection.class); }

    /**
     * The register for checking ids only (no numbering, no order, no temporary table as the appender path needs):
     * one string from DuckDB rather than a row per id.
     */
    static EnterpriseIndex register(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*), string_agg(enterprise_id, chr(10)) FROM enterprise")) {
            rs.next();
            long n = rs.getLong(1);
            String[] ids = n == 0 ? new String[0] : rs.getString(2).split("\n", -1);
            if (ids.length == n) return new EnterpriseIndex(ids);
        }
        return new EnterpriseIndex(Registers.enterpriseIds(c).toArray(new String[0])); // an id held a line break
    }

    DirectReportIngest(Connection c, long batchId, Path file, boolean hasPrevYearValue) {
        // read_csv takes its path at bind time, so the path is a quoted literal; the batch id is a number we made
        String path = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        // No trim of the text columns (a quarter of DuckDB's work): the Java reader says when a field was padded, and
        // trimText() then trims this batch. CAST accepts spaces around a number; "+ 0.0" stores -0 as 0, as Java does.
        String sql = "INSERT INTO report (enterprise_id, period, indicator, value, prev_year_value, revision, batch_id) "
                + "SELECT enterprise_id, period, indicator, CAST(value AS DOUBLE) + 0.0, "
                + (hasPrevYearValue ? "CAST(NULLIF(trim(prev_year_value), '') AS DOUBLE) + 0.0" : "CAST(NULL AS DOUBLE)")
                + ", 1, " + batchId
                + " FROM read_csv(" + path + ", header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"',"
                + " skip = 0, null_padding = false, encoding = 'utf-8')";
        thread = new Thread(() -> {
            try (Statement st = c.createStatement()) {
                statement = st;
                rows = st.executeLargeUpdate(sql);
            } catch (Throwable t) {
                error = t;
            }
        }, "import-duckdb-read-csv");
        thread.setDaemon(true);
        thread.start();
    }

    /** Rows DuckDB inserted; throws what DuckDB reported. */
    long await() throws SQLException {
        join();
        if (error instanceof SQLException se) throw se;
        if (error != null) throw new SQLException("DuckDB's read of the file failed: " + error, error);
        return rows;
    }

    /** Trims the spaces around this batch's ids, periods and indicators (after a file whose fields were padded). */
    static void trimText(Connection c, long batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE report SET enterprise_id = trim(enterprise_id), "
                + "period = trim(period), indicator = trim(indicator) WHERE batch_id = ? AND (enterprise_id <> trim(enterprise_id) "
                + "OR period <> trim(period) OR indicator <> trim(indicator))")) {
            ps.setLong(1, batchId);
            ps.executeUpdate();
        }
    }

    /** Stops DuckDB's read (when the Java reader found errors) and waits for it. */
    void cancel() {
        Statement st = statement;
        if (st != null && thread.isAlive()) {
            try {
                st.cancel();
            } catch (SQLException ignored) {
                // the read then runs to its end; the rollback discards it either way
            }
        }
        join();
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("import interrupted", e);
        }
    }
}
