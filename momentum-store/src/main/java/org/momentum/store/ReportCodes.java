package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.momentum.classification.Period;
import org.momentum.registry.EnterpriseIndex;
import org.momentum.reports.Report;

/**
 * Appends reports to DuckDB as numbers and lets DuckDB spell them out. DuckDB's appender writes numbers in Java
 * but every string of 12 bytes or more through JNI (an enterprise id, most indicator codes), which made the
 * appends the slowest step of an import. Here each report is staged as (enterprise number in the register,
 * period, indicator number, value, prev_year_value) in a temporary table, and every {@link #CHUNK} rows one
 * INSERT … SELECT joins the small temporary lookup tables and moves them into {@code report}, in file order.
 * All within the importer's transaction; used by one thread (DuckDB confines an appender to its thread).
 */
final class ReportCodes {
    /** Rows per INSERT … SELECT: large enough for DuckDB to work on whole row groups, small enough to overlap with reading. */
    static final int CHUNK = 1 << 20;
    /** {@link #CHUNK}, lowered by tests to cross chunk boundaries with few rows. */
    static int chunkRows = CHUNK;

    private final Connection c;
    private final long batchId;
    private final EnterpriseIndex register;
    private final Map<String, Integer> indicators = new HashMap<>();
    private final Map<Integer, Boolean> periods = new HashMap<>();
    private DuckDBAppender appender;
    private int pending;
    private String lastId;
    private int lastIndex;
    private String lastIndicator;
    private int lastIndicatorIndex;
    private int lastPeriod = Integer.MIN_VALUE;

    private ReportCodes(Connection c, long batchId, EnterpriseIndex register) {
        this.c = c;
        this.batchId = batchId;
        this.register = register;
    }

    static boolean supported(Connection c) throws SQLException { return c.isWrapperFor(DuckDBConnection.class); }

    /** Numbers the register in a temporary table and reads it back in that order (one string, not a row per id). */
    static ReportCodes open(Connection c, long batchId) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE import_register AS SELECT CAST(row_number() OVER () - 1 AS INTEGER) AS i, enterprise_id FROM enterprise");
            st.execute("CREATE TEMP TABLE import_indicator (i INTEGER NOT NULL, code VARCHAR NOT NULL)");
            st.execute("CREATE TEMP TABLE import_period (p INTEGER NOT NULL, text VARCHAR NOT NULL)");
            st.execute("CREATE TEMP TABLE import_codes (e INTEGER NOT NULL, p INTEGER NOT NULL, ind INTEGER NOT NULL, value DOUBLE NOT NULL, prev DOUBLE)");
            long n;
            String all;
            try (ResultSet rs = st.executeQuery("SELECT count(*), string_agg(enterprise_id, chr(10) ORDER BY i) FROM import_register")) {
                rs.next();
                n = rs.getLong(1);
                all = rs.getString(2);
            }
            String[] ids = n == 0 ? new String[0] : all.split("\n", -1);
            if (ids.length != n) { // an id holding a line break (not a valid id, but never trust a split): read row by row
                ids = new String[(int) n];
                try (ResultSet rs = st.executeQuery("SELECT i, enterprise_id FROM import_register")) {
                    while (rs.next()) ids[rs.getInt(1)] = rs.getString(2);
                }
            }
            return new ReportCodes(c, batchId, new EnterpriseIndex(ids));
        }
    }

    EnterpriseIndex register() { return register; }

    void add(Report r) throws SQLException {
        if (appender == null) appender = c.unwrap(DuckDBConnection.class).createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "import_codes");
        String id = r.enterpriseId();
        if (id != lastId) { // reports come grouped by enterprise, with the register's own string
            int e = register.indexOf(id);
            if (e < 0) throw new SQLException("enterprise '" + id + "' is not in the register");
            lastId = id;
            lastIndex = e;
        }
        if (r.period() != lastPeriod && periods.putIfAbsent(r.period(), Boolean.TRUE) == null)
            lookup("INSERT INTO import_period VALUES (?, ?)", r.period(), Period.format(r.period()));
        lastPeriod = r.period();
        String code = r.indicator();
        if (code != lastIndicator) {
            Integer k = indicators.get(code);
            if (k == null) {
                k = indicators.size();
                indicators.put(code, k);
                lookup("INSERT INTO import_indicator VALUES (?, ?)", k, code);
            }
            lastIndicator = code;
            lastIndicatorIndex = k;
        }
        appender.beginRow();
        appender.append(lastIndex).append(r.period()).append(lastIndicatorIndex).append(r.value());
        if (Double.isNaN(r.prevYearValue())) appender.appendNull(); else appender.append(r.prevYearValue());
        appender.endRow();
        if (++pending >= chunkRows) move();
    }

    private void lookup(String sql, int key, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, key);
            ps.setString(2, text);
            ps.executeUpdate();
        }
    }

    /** Moves the staged rows into report (revision 1 of this batch) in the order they were appended. */
    private long moveNanos;

    private void move() throws SQLException {
        long t0 = System.nanoTime();
        appender.flush();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO report (enterprise_id, period, indicator, value, prev_year_value, revision, batch_id)
                SELECT r.enterprise_id, p.text, d.code, s.value, s.prev, 1, ?
                FROM import_codes s JOIN import_register r ON r.i = s.e JOIN import_period p ON p.p = s.p
                  JOIN import_indicator d ON d.i = s.ind
                ORDER BY s.rowid""")) {
            ps.setLong(1, batchId);
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM import_codes");
        }
        pending = 0;
        moveNanos += System.nanoTime() - t0;
    }

    /** Moves the last rows and closes the appender; afterwards report holds every added row. */
    void finish() throws SQLException {
        if (appender == null) return;
        if (pending > 0) move();
        appender.close();
        if (Boolean.getBoolean("momentum.trace")) System.err.printf("  [import] moving staged reports took %.2f s%n", moveNanos / 1e9);
        appender = null;
    }

    /** Closes the appender without moving anything (the transaction is being rolled back). */
    void abandon() {
        if (appender == null) return;
        try { appender.close(); } catch (SQLException ignored) { /* the rollback discards the rows anyway */ }
        appender = null;
    }
}
