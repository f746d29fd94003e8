package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows to a table inside the caller's transaction: DuckDB's appender where the store is DuckDB
 * (columnar, no SQL per row), batched parameterised INSERTs elsewhere. Values are given column by column.
 */
public abstract class BulkWriter implements AutoCloseable {

    public static BulkWriter open(Connection c, String table, String... columns) throws SQLException {
        if (c.isWrapperFor(DuckDBConnection.class)) return new Duck(c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table));
        return new Jdbc(c, table, columns);
    }

    /** The same for a temporary table of this connection (DuckDB keeps those in its "temp" catalog). */
    public static BulkWriter openTemp(Connection c, String table, String... columns) throws SQLException {
        if (c.isWrapperFor(DuckDBConnection.class)) return new Duck(c.unwrap(DuckDBConnection.class).createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, table));
        return new Jdbc(c, table, columns);
    }

    public abstract BulkWriter str(String s) throws SQLException;

    /** NaN is written as NULL. */
    public abstract BulkWriter num(double d) throws SQLException;

    public abstract BulkWriter lng(long l) throws SQLException;

    public abstract BulkWriter intg(int i) throws SQLException;

    public abstract BulkWriter ts(java.sql.Timestamp t) throws SQLException;

    public abstract BulkWriter bool(boolean b) throws SQLException;

    /** NULL in a column of this {@link java.sql.Types} type. */
    public abstract BulkWriter nul(int sqlType) throws SQLException;

    public abstract void endRow() throws SQLException;

    /** Makes every appended row visible to SQL in the same transaction. */
    public abstract void flush() throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    private static final class Duck extends BulkWriter {
        private final DuckDBAppender a;
        private boolean inRow;

        Duck(DuckDBAppender a) { this.a = a; }

        private void begin() throws SQLException {
            if (!inRow) { a.beginRow(); inRow = true; }
        }

        @Override public BulkWriter str(String s) throws SQLException {
            begin();
            if (s == null) a.appendNull(); else a.append(s);
            return this;
        }

        @Override public BulkWriter num(double d) throws SQLException {
            begin();
            if (Double.isNaN(d)) a.appendNull(); else a.append(d);
            return this;
        }

        @Override public BulkWriter lng(long l) throws SQLException {
            begin();
            a.append(l);
            return this;
        }

        @Override public BulkWriter intg(int i) throws SQLException {
            begin();
            a.append(i);
            return this;
        }

        @Override public BulkWriter bool(boolean b) throws SQLException {
            begin();
            a.append(b);
            return this;
        }

        @Override public BulkWriter ts(java.sql.Timestamp t) throws SQLException {
            begin();
            a.append(t.toLocalDateTime());
            return this;
        }

        @Override public BulkWriter nul(int sqlType) throws SQLException {
            begin();
            a.appendNull();
            return this;
        }

        @Override public void endRow() throws SQLException {
            begin();
            a.endRow();
            inRow = false;
        }

        @Override public void flush() throws SQLException { a.flush(); }

        @Override public void close() throws SQLException { a.close(); }
    }

    private static final class Jdbc extends BulkWriter {
        private static final int BATCH = 5000;
        private final PreparedStatement ps;
        private int col = 1;
        private int pending;

        Jdbc(Connection c, String table, String[] columns) throws SQLException {
            this.ps = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + "?, ".repeat(columns.length - 1) + "?)");
        }

        @Override public BulkWriter str(String s) throws SQLException {
            if (s == null) ps.setNull(col++, Types.VARCHAR); else ps.setString(col++, s);
            return this;
        }

        @Override public BulkWriter num(double d) throws SQLException {
            if (Double.isNaN(d)) ps.setNull(col++, Types.DOUBLE); else ps.setDouble(col++, d);
            return this;
        }

        @Override public BulkWriter lng(long l) throws SQLException {
            ps.setLong(col++, l);
            return this;
        }

        @Override public BulkWriter intg(int i) throws SQLException {
            ps.setInt(col++, i);
            return this;
        }

        @Override public BulkWriter bool(boolean b) throws SQLException {
            ps.setBoolean(col++, b);
            return this;
        }

        @Override public BulkWriter ts(java.sql.Timestamp t) throws SQLException {
            ps.setTimestamp(col++, t);
            return this;
        }

        @Override public BulkWriter nul(int sqlType) throws SQLException {
            ps.setNull(col++, sqlType);
            return this;
        }

        @Override public void endRow() throws SQLException {
            ps.addBatch();
            col = 1;
            if (++pending == BATCH) flush();
        }

        @Override public void flush() throws SQLException {
            if (pending > 0) ps.executeBatch();
            pending = 0;
        }

        @Override public void close() throws SQLException {
            flush();
            ps.close();
        }
    }
}
