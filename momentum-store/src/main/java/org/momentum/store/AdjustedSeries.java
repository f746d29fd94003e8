package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.momentum.classification.Period;
import org.momentum.seasonal.AdjustmentResult;

/**
 * Seasonally adjusted series in the store (tables adjusted_series and adjusted_value, migration V4): replaced
 * whole at each computation, read by series for the API and by the next computation for its revision policy.
 */
public final class AdjustedSeries {
    private AdjustedSeries() {}

    /** A published cell: measure × industry × region. */
    public record Key(String measure, String industry, String region) {}

    /**
     * One series of a computation: adjusted ({@code result} set) or skipped ({@code reason} set).
     *
     * @param model the estimated model in the text form the core's revision policies read back (null when skipped)
     */
    public record Entry(Key key, String method, String spec, String policy, AdjustmentResult result, String reason, String model) {
        public static Entry skipped(Key key, String method, String spec, String policy, String reason) {
            return new Entry(key, method, spec, policy, null, reason, null);
        }

        public boolean adjusted() { return result != null; }
    }

    /** A level series as computed: its months (ascending) and values. */
    public record Levels(Key key, int[] periods, double[] values) {}

    /** The stored description of one series. */
    public record Header(Key key, String status, String reason, String method, String spec, String policy, String firstPeriod,
                         String lastPeriod, String mode, String arima, Boolean log, Boolean seasonal, String outliers,
                         String regressors, double saQsPValue, double saFPValue, double irrQsPValue, double q, double m7,
                         String notes, String model, Instant computedAt) {}

    /** One stored month. */
    public record Observation(int period, double value, double sa, double trend, double seasonal, double calendar,
                              double irregular, double saMomPct, boolean estimated) {}

    /** Replaces every stored adjustment by {@code entries} (one transaction, with an audit entry). */
    public static void replace(Database db, List<Entry> entries, String actor) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM adjusted_value")) { ps.executeUpdate(); }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM adjusted_series")) { ps.executeUpdate(); }
            Timestamp now = Timestamp.from(Instant.now());
            int adjusted = 0;
            long months = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO adjusted_series (measure, industry, region, status, reason, method, spec, policy, first_period, last_period,
                        mode, arima, log_transform, seasonal, outliers, regressors, sa_qs_pvalue, sa_f_pvalue, irr_qs_pvalue, q_stat, m7,
                        notes, model, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Entry e : entries) {
                    AdjustmentResult r = e.result();
                    AdjustmentResult.Diagnostics d = r == null ? null : r.diagnostics();
                    int i = 1;
                    ps.setString(i++, e.key().measure());
                    ps.setString(i++, e.key().industry());
                    ps.setString(i++, e.key().region());
                    ps.setString(i++, r == null ? "skipped" : "adjusted");
                    ps.setString(i++, clip(e.reason(), 1000));
                    ps.setString(i++, e.method());
                    ps.setString(i++, e.spec());
                    ps.setString(i++, e.policy());
                    ps.setString(i++, r == null ? null : Period.format(r.startPeriod()));
                    ps.setString(i++, r == null ? null : Period.format(r.startPeriod() + r.length() - 1));
                    ps.setString(i++, r == null ? null : r.mode().name().toLowerCase(Locale.ROOT));
                    ps.setString(i++, d == null ? null : d.arima());
                    setBool(ps, i++, d == null ? null : d.log());
                    setBool(ps, i++, d == null ? null : d.seasonal());
                    ps.setString(i++, d == null ? null : clip(String.join("; ", d.outliers()), 4000));
                    ps.setString(i++, d == null ? null : clip(regressors(d), 4000));
                    AdjustmentResult.Quality q = d == null ? AdjustmentResult.Quality.NONE : d.quality();
                    setNum(ps, i++, q.saQsPValue());
                    setNum(ps, i++, q.saFPValue());
                    setNum(ps, i++, q.irrQsPValue());
                    setNum(ps, i++, q.q());
                    setNum(ps, i++, q.m7());
                    ps.setString(i++, d == null || d.notes().isEmpty() ? null : clip(String.join("; ", d.notes()), 4000));
                    ps.setString(i++, clip(e.model(), 4000));
                    ps.setTimestamp(i, now);
                    ps.addBatch();
                    if (r != null) adjusted++;
                }
                ps.executeBatch();
            }
            try (BulkWriter w = BulkWriter.open(c, "adjusted_value", "measure", "industry", "region", "period", "value", "sa", "trend",
                    "seasonal", "calendar", "irregular", "sa_mom_pct", "estimated")) {
                for (Entry e : entries) {
                    AdjustmentResult r = e.result();
                    if (r == null) continue;
                    double[] y = r.original(), sa = r.sa(), t = r.trend(), s = r.seasonal(), cal = r.calendar(), irr = r.irregular(), mom = r.saMomPct();
                    boolean[] est = r.estimated();
                    for (int k = 0; k < y.length; k++) {
                        w.str(e.key().measure()).str(e.key().industry()).str(e.key().region()).str(Period.format(r.startPeriod() + k))
                                .num(y[k]).num(sa[k]).num(t[k]).num(s[k]).num(cal[k]).num(irr[k]).num(mom[k]).bool(est[k]);
                        w.endRow();
                        months++;
                    }
                }
            }
            AuditLog.append(c, actor, "seasonal.adjust", "adjusted_series", entries.size() + " series",
                    adjusted + " adjusted, " + (entries.size() - adjusted) + " skipped, " + months + " months");
            return null;
        });
    }

    private static String regressors(AdjustmentResult.Diagnostics d) {
        List<String> parts = new ArrayList<>();
        for (var e : d.regressors())
            parts.add(String.format(Locale.ROOT, "%s %.6g (se %.3g, t %.2f, p %.3g)", e.name(), e.coefficient(), e.stderr(), e.tStat(), e.pValue()));
        return String.join("; ", parts);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    private static void setBool(PreparedStatement ps, int i, Boolean b) throws SQLException {
        if (b == null) ps.setNull(i, java.sql.Types.BOOLEAN); else ps.setBoolean(i, b);
    }

    private static void setNum(PreparedStatement ps, int i, double d) throws SQLException {
        if (Double.isNaN(d)) ps.setNull(i, java.sql.Types.DOUBLE); else ps.setDouble(i, d);
    }

    /** The level series of the given measures in indicator_value (months with a value), keyed by cell. */
    public static List<Levels> levels(Database db, Collection<String> measures) {
        if (measures.isEmpty()) return List.of();
        String sql = "SELECT measure, industry, region, period, value FROM indicator_value WHERE value IS NOT NULL AND measure IN ("
                + "?, ".repeat(measures.size() - 1) + "?) ORDER BY measure, industry, region, period";
        Map<Key, List<double[]>> byKey = new LinkedHashMap<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String m : measures) ps.setString(i++, m);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Key k = new Key(rs.getString(1), rs.getString(2), rs.getString(3));
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(new double[] {Period.parse(rs.getString(4)), rs.getDouble(5)});
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read indicators: " + e.getMessage(), e);
        }
        List<Levels> out = new ArrayList<>(byKey.size());
        byKey.forEach((k, rows) -> {
            int[] p = new int[rows.size()];
            double[] v = new double[rows.size()];
            for (int j = 0; j < p.length; j++) { p[j] = (int) rows.get(j)[0]; v[j] = rows.get(j)[1]; }
            out.add(new Levels(k, p, v));
        });
        return out;
    }

    /** The measures present in indicator_value. */
    public static List<String> measures(Database db) { return IndicatorValues.measures(db); }

    /** The stored models of the last computation made by {@code method} (adjusted series only), for the revision policy. */
    public static Map<Key, String> models(Database db, String method) {
        Map<Key, String> out = new HashMap<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT measure, industry, region, model FROM adjusted_series WHERE status = ? AND method = ? AND model IS NOT NULL")) {
            ps.setString(1, "adjusted");
            ps.setString(2, method);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(new Key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read adjusted series: " + e.getMessage(), e);
        }
        return out;
    }

    /** The stored description of one series, or null when it was not in the last computation. */
    public static Header header(Database db, Key key) {
        String sql = """
                SELECT status, reason, method, spec, policy, first_period, last_period, mode, arima, log_transform, seasonal, outliers,
                       regressors, sa_qs_pvalue, sa_f_pvalue, irr_qs_pvalue, q_stat, m7, notes, model, computed_at
                FROM adjusted_series WHERE measure = ? AND industry = ? AND region = ?""";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key.measure());
            ps.setString(2, key.industry());
            ps.setString(3, key.region());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                return new Header(key, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), bool(rs, 10), bool(rs, 11),
                        rs.getString(12), rs.getString(13), num(rs, 14), num(rs, 15), num(rs, 16), num(rs, 17), num(rs, 18),
                        rs.getString(19), rs.getString(20), rs.getTimestamp(21).toInstant());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read adjusted series: " + e.getMessage(), e);
        }
    }

    /** The stored months of one series within [from, to], ascending. */
    public static List<Observation> observations(Database db, Key key, int from, int to) {
        String sql = """
                SELECT period, value, sa, trend, seasonal, calendar, irregular, sa_mom_pct, estimated FROM adjusted_value
                WHERE measure = ? AND industry = ? AND region = ? AND period BETWEEN ? AND ? ORDER BY period""";
        List<Observation> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key.measure());
            ps.setString(2, key.industry());
            ps.setString(3, key.region());
            ps.setString(4, Period.format(from));
            ps.setString(5, Period.format(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new Observation(Period.parse(rs.getString(1)), num(rs, 2), num(rs, 3), num(rs, 4), num(rs, 5), num(rs, 6),
                            num(rs, 7), num(rs, 8), rs.getBoolean(9)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read adjusted series: " + e.getMessage(), e);
        }
        return out;
    }

    private static double num(ResultSet rs, int i) throws SQLException {
        double d = rs.getDouble(i);
        return rs.wasNull() ? Double.NaN : d;
    }

    private static Boolean bool(ResultSet rs, int i) throws SQLException {
        boolean b = rs.getBoolean(i);
        return rs.wasNull() ? null : b;
    }
}
