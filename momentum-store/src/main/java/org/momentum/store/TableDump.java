package org.momentum.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Every table of the store as text, and back: the portable core of backup and restore. Reading runs in one
 * read-only repeatable-read transaction, so the tables are one consistent snapshot while imports go on (both
 * DuckDB and PostgreSQL give a transaction a snapshot). Values are written in a form that reads back to the same
 * value on either database: numbers in Java's shortest round-trip form, timestamps as ISO local date-times.
 * Flyway's history table is not data: restore migrates the new database itself, to the backup's schema version.
 */
public final class TableDump {
    private TableDump() {}

    /** What a column holds, as far as writing it as text and reading it back goes. */
    public enum Kind { TEXT, DOUBLE, INTEGER, BIGINT, BOOLEAN, TIMESTAMP }

    public record Column(String name, Kind kind) {}

    public record Table(String name, List<Column> columns) {
        public List<String> columnNames() { return columns.stream().map(Column::name).toList(); }
    }

    /** The state besides the tables: the schema version, and each sequence's next value. */
    public record Meta(String schemaVersion, Map<String, Long> nextValues) {}

    /** Receives the snapshot table by table, pulling each table's rows from the cursor. */
    public interface Sink {
        void table(Table table, Cursor rows) throws Exception;
    }

    /** A table's rows: values as text, null for SQL NULL; {@code next} gives null after the last row. */
    public interface Cursor {
        String[] next() throws SQLException;
    }

    /** Reads every table, in name order, rows ordered by every column (the same content gives the same text). */
    public static Meta read(Database db, Sink sink) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            if (!db.isDuckDb()) c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(!db.isDuckDb()); // DuckDB's duplicated connections cannot change read-only mode
            try {
                Meta meta = new Meta(schemaVersion(c), nextValues(db, c));
                for (Table t : tables(c)) {
                    String order = IntStream.rangeClosed(1, t.columns().size()).mapToObj(Integer::toString).collect(Collectors.joining(", "));
                    try (Statement st = c.createStatement()) {
                        st.setFetchSize(10_000); // PostgreSQL streams rows in a transaction only with a fetch size
                        ResultSet rs = st.executeQuery("SELECT " + String.join(", ", t.columnNames()) + " FROM " + t.name() + " ORDER BY " + order);
                        sink.table(t, () -> {
                            if (!rs.next()) return null;
                            String[] row = new String[t.columns().size()];
                            for (int i = 0; i < row.length; i++) row[i] = text(rs, i + 1, t.columns().get(i).kind());
                            return row;
                        });
                    }
                }
                c.commit();
                return meta;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (StoreException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("cannot read the store for a backup: " + e.getMessage(), e);
        }
    }

    /** The data tables of the current schema (names in lower case, sorted), with their columns in table order. */
    public static List<Table> tables(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals("flyway_schema_history")) names.add(name);
            }
        }
        names.sort(null);
        List<Table> out = new ArrayList<>();
        for (String name : names) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + name + " WHERE 1 = 0")) {
                ResultSetMetaData m = rs.getMetaData();
                List<Column> cols = new ArrayList<>();
                for (int i = 1; i <= m.getColumnCount(); i++) cols.add(new Column(m.getColumnName(i).toLowerCase(Locale.ROOT), kind(m.getColumnType(i))));
                out.add(new Table(name, List.copyOf(cols)));
            }
        }
        return out;
    }

    private static Kind kind(int sqlType) {
        return switch (sqlType) {
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> Kind.DOUBLE;
            case Types.BIGINT -> Kind.BIGINT;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            default -> Kind.TEXT;
        };
    }

    private static String text(ResultSet rs, int i, Kind kind) throws SQLException {
        switch (kind) {
            case DOUBLE -> { double d = rs.getDouble(i); return rs.wasNull() ? null : Double.toString(d); }
            case INTEGER, BIGINT -> { long l = rs.getLong(i); return rs.wasNull() ? null : Long.toString(l); }
            case BOOLEAN -> { boolean b = rs.getBoolean(i); return rs.wasNull() ? null : Boolean.toString(b); }
            case TIMESTAMP -> { Timestamp t = rs.getTimestamp(i); return t == null ? null : t.toLocalDateTime().toString(); }
            default -> { return rs.getString(i); }
        }
    }

    /** The latest applied Flyway version, e.g. "6". */
    public static String schemaVersion(Connection c) throws SQLException {
        String latest = null;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) latest = rs.getString(1);
        }
        return latest;
    }

    /** Each sequence's next value (sequences count up by one here). */
    static Map<String, Long> nextValues(Database db, Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        if (db.isDuckDb()) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sequence_name, last_value, start_value FROM duckdb_sequences()"
                    + " WHERE NOT temporary AND schema_name = current_schema() ORDER BY 1")) {
                while (rs.next()) {
                    long last = rs.getLong(2);
                    boolean unused = rs.wasNull(); // a new (or recreated) sequence: its start is the next value
                    out.put(rs.getString(1).toLowerCase(Locale.ROOT), unused ? rs.getLong(3) : last + 1);
                }
            }
            return out;
        }
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        for (String name : names) {
            if (!name.matches("[a-z_][a-z0-9_]*")) throw new SQLException("not a sequence name: " + name);
            // pg_sequences hides last_value after setval(…, false); the sequence itself says whether it was used
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_value, is_called FROM " + name)) {
                rs.next();
                out.put(name, rs.getBoolean(2) ? rs.getLong(1) + 1 : rs.getLong(1));
            }
        }
        return out;
    }

    /** Loads one table's rows inside the caller's transaction; the number of rows written. */
    public static long load(Connection c, Table target, List<String> columns, Cursor rows) throws SQLException {
        // values go in the table's own column order (DuckDB's appender takes whole rows in that order)
        int[] from = new int[target.columns().size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = columns.indexOf(target.columns().get(i).name());
            if (from[i] < 0) throw new SQLException("table " + target.name() + ": the backup has no column " + target.columns().get(i).name());
        }
        if (columns.size() != from.length) throw new SQLException("table " + target.name() + ": the backup has columns " + columns + ", the database " + target.columnNames());
        long n = 0;
        try (BulkWriter w = BulkWriter.open(c, target.name(), target.columnNames().toArray(new String[0]))) {
            for (String[] v = rows.next(); v != null; v = rows.next()) {
                for (int i = 0; i < from.length; i++) put(w, target.columns().get(i).kind(), v[from[i]]);
                w.endRow();
                n++;
            }
        }
        return n;
    }

    private static void put(BulkWriter w, Kind kind, String v) throws SQLException {
        if (v == null) {
            w.nul(switch (kind) {
                case DOUBLE -> Types.DOUBLE;
                case INTEGER -> Types.INTEGER;
                case BIGINT -> Types.BIGINT;
                case BOOLEAN -> Types.BOOLEAN;
                case TIMESTAMP -> Types.TIMESTAMP;
                case TEXT -> Types.VARCHAR;
            });
            return;
        }
        try {
            switch (kind) {
                case DOUBLE -> w.num(Double.parseDouble(v));
                case INTEGER -> w.intg(Integer.parseInt(v));
                case BIGINT -> w.lng(Long.parseLong(v));
                case BOOLEAN -> w.bool(parseBoolean(v));
                case TIMESTAMP -> w.ts(Timestamp.valueOf(LocalDateTime.parse(v)));
                case TEXT -> w.str(v);
            }
        } catch (RuntimeException e) {
            throw new SQLException("'" + v + "' is not a " + kind.name().toLowerCase(Locale.ROOT) + ": " + e.getMessage(), e);
        }
    }

    private static boolean parseBoolean(String v) {
        if (v.equals("true")) return true;
        if (v.equals("false")) return false;
        throw new IllegalArgumentException("expected true or false");
    }

    /** Sets each sequence so that its next value is the given one. */
    public static void setNextValues(Database db, Connection c, Map<String, Long> next) throws SQLException {
        for (Map.Entry<String, Long> e : next.entrySet()) {
            String seq = e.getKey();
            if (!seq.matches("[a-z_][a-z0-9_]*")) throw new SQLException("not a sequence name: " + seq);
            if (db.isDuckDb()) {
                // DuckDB has no setval: the sequence is made anew (nothing refers to it; ids come from nextval in code)
                try (Statement st = c.createStatement()) {
                    st.execute("DROP SEQUENCE " + seq);
                    st.execute("CREATE SEQUENCE " + seq + " START " + e.getValue());
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("SELECT setval(?, ?, false)")) {
                    ps.setString(1, seq);
                    ps.setLong(2, e.getValue());
                    ps.executeQuery().close();
                }
            }
        }
    }

    /** Rows in a table, to check a load. */
    public static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
