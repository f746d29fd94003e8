package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.momentum.classification.Period;
import org.momentum.targets.DemonstrationZone;
import org.momentum.targets.Direction;
import org.momentum.targets.GoalKind;
import org.momentum.targets.Kpi;
import org.momentum.targets.KpiReport;
import org.momentum.targets.PilotProject;
import org.momentum.targets.Programme;
import org.momentum.targets.Target;

/**
 * Targets, programmes, zones, pilot projects and KPI reports in the store (migration V6), and the report queries
 * their assessment needs. Writes replace rows by key inside the caller's transaction; every statement is
 * parameterised.
 */
public final class TargetStore {
    private static final Kpi[] KPIS = Kpi.values();

    private TargetStore() {}

    // ---- writes (inside the caller's transaction) ----

    public static void putTargets(Connection c, List<Target> targets) throws SQLException {
        replace(c, "DELETE FROM target WHERE target_id = ?", targets.stream().map(Target::id).toList());
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO target (target_id, name, name_zh, measure, industry, region, baseline_value, baseline_period,
                                    goal_kind, goal_value, deadline, direction, tolerance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Target t : targets) {
                ps.setString(1, t.id());
                ps.setString(2, t.name());
                ps.setString(3, t.nameZh());
                ps.setString(4, t.measure());
                ps.setString(5, t.industry());
                ps.setString(6, t.region());
                ps.setDouble(7, t.baselineValue());
                ps.setString(8, Period.format(t.baselinePeriod()));
                ps.setString(9, t.goalKind().code());
                ps.setDouble(10, t.goalValue());
                ps.setString(11, Period.format(t.deadline()));
                ps.setString(12, t.direction().code());
                ps.setDouble(13, t.tolerance());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static void putProgrammes(Connection c, List<Programme> programmes) throws SQLException {
        replace(c, "DELETE FROM programme WHERE programme_id = ?", programmes.stream().map(Programme::id).toList());
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO programme (programme_id, kind, name, name_zh, threshold_production_efficiency, threshold_operating_cost,
                                       threshold_development_cycle, threshold_defect_rate, threshold_energy_per_unit)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Programme p : programmes) {
                ps.setString(1, p.id());
                ps.setString(2, p.kind().code());
                ps.setString(3, p.name());
                ps.setString(4, p.nameZh());
                for (int k = 0; k < KPIS.length; k++) {
                    double v = p.threshold(KPIS[k]);
                    if (Double.isNaN(v)) ps.setNull(5 + k, java.sql.Types.DOUBLE);
                    else ps.setDouble(5 + k, v);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static void putZones(Connection c, List<DemonstrationZone> zones) throws SQLException {
        replace(c, "DELETE FROM demonstration_zone WHERE zone_id = ?", zones.stream().map(DemonstrationZone::id).toList());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO demonstration_zone (zone_id, programme_id, name, region, approved, focus_industries) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (DemonstrationZone z : zones) {
                ps.setString(1, z.id());
                ps.setString(2, z.programmeId());
                ps.setString(3, z.name());
                ps.setString(4, z.region());
                ps.setString(5, Period.format(z.approved()));
                ps.setString(6, String.join(";", z.focusIndustries()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static void putPilots(Connection c, List<PilotProject> pilots) throws SQLException {
        replace(c, "DELETE FROM pilot_project WHERE project_id = ?", pilots.stream().map(PilotProject::id).toList());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO pilot_project (project_id, programme_id, batch, year, enterprise_id, project_type) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PilotProject p : pilots) {
                ps.setString(1, p.id());
                ps.setString(2, p.programmeId());
                ps.setString(3, p.batch());
                ps.setInt(4, p.year());
                ps.setString(5, p.enterpriseId());
                ps.setString(6, p.projectType());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static void putKpiReports(Connection c, List<KpiReport> reports) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM kpi_report WHERE project_id = ? AND kpi = ? AND period = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO kpi_report (project_id, kpi, period, baseline_value, current_value) VALUES (?, ?, ?, ?, ?)")) {
            for (KpiReport r : reports) {
                del.setString(1, r.projectId());
                del.setString(2, r.kpi().code());
                del.setString(3, Period.format(r.period()));
                del.addBatch();
                ins.setString(1, r.projectId());
                ins.setString(2, r.kpi().code());
                ins.setString(3, Period.format(r.period()));
                ins.setDouble(4, r.baseline());
                ins.setDouble(5, r.current());
                ins.addBatch();
            }
            del.executeBatch();
            ins.executeBatch();
        }
    }

    /** Rows described before -> after in a targets import's audit entry (the first ones replaced). */
    public static final int AUDITED_ROWS = 10;

    /**
     * The stored rows of {@code table} with these keys, as "col=value, ..." by key (first {@link #AUDITED_ROWS}
     * found): what an import replaces, for its audit entry. Table and column names are this class's constants.
     */
    public static Map<String, String> rowsByKey(Connection c, String table, List<String> keyColumns, List<List<String>> keys) throws SQLException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        StringBuilder where = new StringBuilder();
        for (String k : keyColumns) where.append(where.length() == 0 ? "" : " AND ").append(k).append(" = ?");
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
            for (List<String> key : keys) {
                if (out.size() >= AUDITED_ROWS) break;
                for (int i = 0; i < key.size(); i++) ps.setString(i + 1, key.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) continue;
                    StringBuilder row = new StringBuilder();
                    var md = rs.getMetaData();
                    for (int i = 1; i <= md.getColumnCount(); i++)
                        row.append(i == 1 ? "" : ", ").append(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT)).append('=').append(rs.getString(i));
                    out.put(String.join(" ", key), row.toString());
                }
            }
        }
        return out;
    }

    private static void replace(Connection c, String deleteSql, List<String> keys) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(deleteSql)) {
            for (String k : keys) {
                ps.setString(1, k);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    // ---- reads ----

    public static List<Target> targets(Database db) {
        return query(db, """
                SELECT target_id, name, name_zh, measure, industry, region, baseline_value, baseline_period, goal_kind, goal_value,
                       deadline, direction, tolerance FROM target ORDER BY deadline, target_id""", List.of(), rs -> new Target(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getDouble(7),
                Period.parse(rs.getString(8)), GoalKind.parseOrNull(rs.getString(9)), rs.getDouble(10), Period.parse(rs.getString(11)),
                Direction.parseOrNull(rs.getString(12)), rs.getDouble(13)));
    }

    public static List<Programme> programmes(Database db) {
        return query(db, """
                SELECT programme_id, kind, name, name_zh, threshold_production_efficiency, threshold_operating_cost,
                       threshold_development_cycle, threshold_defect_rate, threshold_energy_per_unit FROM programme ORDER BY programme_id""",
                List.of(), rs -> {
                    Map<Kpi, Double> th = new EnumMap<>(Kpi.class);
                    for (int k = 0; k < KPIS.length; k++) {
                        double v = rs.getDouble(5 + k);
                        if (!rs.wasNull()) th.put(KPIS[k], v);
                    }
                    return new Programme(rs.getString(1), Programme.Kind.parseOrNull(rs.getString(2)), rs.getString(3), rs.getString(4), th);
                });
    }

    public static Programme programme(Database db, String id) {
        for (Programme p : programmes(db)) if (p.id().equals(id)) return p;
        return null;
    }

    public static List<DemonstrationZone> zones(Database db, String programmeId) {
        return query(db, "SELECT zone_id, programme_id, name, region, approved, focus_industries FROM demonstration_zone WHERE programme_id = ? ORDER BY zone_id",
                List.of(programmeId), rs -> new DemonstrationZone(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Period.parse(rs.getString(5)), rs.getString(6).isEmpty() ? List.of() : Arrays.asList(rs.getString(6).split(";"))));
    }

    public static List<PilotProject> pilots(Database db, String programmeId) {
        return query(db, "SELECT project_id, programme_id, batch, year, enterprise_id, project_type FROM pilot_project WHERE programme_id = ? ORDER BY project_id",
                List.of(programmeId), rs -> new PilotProject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6)));
    }

    public static List<KpiReport> kpiReports(Database db, String programmeId) {
        return query(db, """
                SELECT k.project_id, k.kpi, k.period, k.baseline_value, k.current_value FROM kpi_report k
                JOIN pilot_project p ON p.project_id = k.project_id WHERE p.programme_id = ? ORDER BY k.project_id, k.kpi, k.period""",
                List.of(programmeId), rs -> new KpiReport(rs.getString(1), Kpi.parseOrNull(rs.getString(2)), Period.parse(rs.getString(3)),
                        rs.getDouble(4), rs.getDouble(5)));
    }

    /** Ids of a table's key column (programme_id of programme, project_id of pilot_project), for reference checks. */
    public static Set<String> programmeIds(Database db) {
        return new HashSet<>(query(db, "SELECT programme_id FROM programme", List.of(), rs -> rs.getString(1)));
    }

    public static Set<String> projectIds(Database db) {
        return new HashSet<>(query(db, "SELECT project_id FROM pilot_project", List.of(), rs -> rs.getString(1)));
    }

    /** Current capacity (or any indicator's) reports by enterprise and period, for enterprises whose class starts with the prefix. */
    public static Map<String, NavigableMap<Integer, Double>> reportsByEnterprise(Database db, String indicator, String classPrefix) {
        Map<String, NavigableMap<Integer, Double>> out = new HashMap<>();
        query(db, """
                SELECT r.enterprise_id, r.period, r.value FROM report r JOIN enterprise e ON e.enterprise_id = r.enterprise_id
                WHERE r.indicator = ? AND e.industry LIKE ?""", List.of(indicator, classPrefix + "%"), rs -> {
            out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(Period.parse(rs.getString(2)), rs.getDouble(3));
            return null;
        });
        return out;
    }

    /**
     * Annual totals of an indicator by enterprise and year, for the years in which the enterprise reported all
     * twelve months (a part year would look like a fall or a jump).
     */
    public static Map<String, Map<Integer, Double>> annualTotals(Database db, String indicator) {
        Map<String, Map<Integer, Double>> out = new HashMap<>();
        query(db, """
                SELECT enterprise_id, SUBSTRING(period, 1, 4) AS yr, SUM(value), COUNT(*) FROM report WHERE indicator = ?
                GROUP BY enterprise_id, SUBSTRING(period, 1, 4)""", List.of(indicator), rs -> {
            if (rs.getInt(4) == 12) out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(Integer.parseInt(rs.getString(2)), rs.getDouble(3));
            return null;
        });
        return out;
    }

    /** The audit log's last sequence number: every import and compute appends, so it versions what pages show. */
    public static long dataVersion(Database db) {
        List<Long> v = query(db, "SELECT COALESCE(MAX(seq), 0) FROM audit_log", List.of(), rs -> rs.getLong(1));
        return v.isEmpty() ? 0 : v.get(0);
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(Database db, String sql, List<String> params, Row<T> row) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    T t = row.read(rs);
                    if (t != null) out.add(t);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read targets and programmes: " + e.getMessage(), e);
        }
    }
}
