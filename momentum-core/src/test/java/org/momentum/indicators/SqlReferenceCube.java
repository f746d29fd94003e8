package org.momentum.indicators;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;

/**
 * An independent second implementation of indicators.md: plain DuckDB SQL over an in-memory database
 * ({@code jdbc:duckdb:}). {@link #SQL} is read from the main resource
 * {@code org/momentum/indicators/reference-cube.sql} (a test keeps them equal); this class is self-contained so
 * that momentum-bench can copy it.
 */
public final class SqlReferenceCube implements AutoCloseable {
    /** The cross-check SQL, statements separated by {@code -- @statement <name>} lines. */
    public static final String SQL = ReferenceCubeSql.text();

    private final Connection connection;

    public SqlReferenceCube() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE enterprises(seq INTEGER, enterprise_id VARCHAR, industry VARCHAR, region VARCHAR, scope_from INTEGER, scope_to INTEGER)");
            s.execute("CREATE TABLE reports(seq INTEGER, enterprise_id VARCHAR, period INTEGER, indicator VARCHAR, value DOUBLE, prev_year_value DOUBLE)");
            s.execute("CREATE TABLE prices(seq INTEGER, industry VARCHAR, period INTEGER, ppi_yoy DOUBLE)");
            s.execute("CREATE TABLE settings(with_prices BOOLEAN)");
        }
    }

    /** The named statements of {@link #SQL}, in order. */
    public static Map<String, String> statements() { return ReferenceCubeSql.statements(); }

    /** Loads the register, the reports in arrival order (later rows are revisions) and the prices (null = no file). */
    public void load(List<Enterprise> enterprises, List<Report> reports, List<PriceObservation> pricesOrNull) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : List.of("enterprises", "reports", "prices", "settings")) s.execute("DELETE FROM " + table);
            s.execute("INSERT INTO settings VALUES (" + (pricesOrNull != null) + ")");
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO enterprises VALUES (?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Enterprise e : enterprises) {
                p.setInt(1, seq++);
                p.setString(2, e.id());
                p.setString(3, e.industry());
                p.setString(4, e.region());
                p.setInt(5, e.scopeFrom());
                p.setInt(6, e.scopeTo());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Report r : reports) {
                p.setInt(1, seq++);
                p.setString(2, r.enterpriseId());
                p.setInt(3, r.period());
                p.setString(4, r.indicator());
                p.setDouble(5, r.value());
                if (r.hasPrevYearValue()) p.setDouble(6, r.prevYearValue());
                else p.setNull(6, java.sql.Types.DOUBLE);
                p.addBatch();
            }
            p.executeBatch();
        }
        if (pricesOrNull != null) {
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO prices VALUES (?, ?, ?, ?)")) {
                int seq = 0;
                for (PriceObservation o : pricesOrNull) {
                    p.setInt(1, seq++);
                    p.setString(2, o.industry());
                    p.setInt(3, o.period());
                    p.setDouble(4, o.ppiYoy());
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String part : statements().get("views").split(";\\s*\n")) {
                if (!part.replaceAll("(?m)^--.*$", "").isBlank()) s.execute(part);
            }
        }
    }

    /** The rows of indicators.csv, NULL read as NaN, in the order of {@link IndicatorRow#ORDER}. */
    public List<IndicatorRow> cube() throws SQLException {
        List<IndicatorRow> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(stripSemicolon(statements().get("cube")))) {
            while (rs.next()) {
                rows.add(new IndicatorRow(rs.getString("measure"), rs.getString("industry"), rs.getString("region"),
                        rs.getInt("period"), num(rs, "value"), rs.getInt("enterprises"), num(rs, "yoy_pct"),
                        num(rs, "ytd_value"), num(rs, "ytd_yoy_pct"), num(rs, "contribution_pp")));
            }
        }
        return rows;
    }

    /** "industry YYYY-MM" for each matched output_value observation that no price index covers. */
    public List<String> missingPrices() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery(stripSemicolon(statements().get("missing_prices")))) {
            while (rs.next()) out.add(rs.getString("industry") + " " + Period.format(rs.getInt("period")));
        }
        return out;
    }

    private static String stripSemicolon(String sql) {
        String t = sql.strip();
        return t.endsWith(";") ? t.substring(0, t.length() - 1) : t;
    }

    private static double num(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    @Override
    public void close() throws SQLException { connection.close(); }
}
