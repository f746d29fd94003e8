package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.Period;
import org.momentum.targets.Direction;
import org.momentum.targets.Evaluation;
import org.momentum.targets.GoalKind;
import org.momentum.targets.Kpi;
import org.momentum.targets.OutcomeForecast;
import org.momentum.targets.Programme;
import org.momentum.targets.Target;
import org.momentum.targets.TargetAssessment;
import org.momentum.targets.TargetStatus;

/**
 * The targets board and programme results a release publishes (V12 release_target, release_programme,
 * release_kpi_aggregate), frozen as the release computed them. Programmes carry aggregates and the evaluation only:
 * no pilot enterprise's own KPI values. {@link #read} gives a release's copy whatever its status; public reads go
 * through {@link #latestPublic}.
 */
public final class PublishedTargets {
    private PublishedTargets() {}

    /**
     * One KPI's improvements over a group of pilots (grouping all | batch | region | industry), as published: withheld
     * (numbers NaN/−1) when fewer enterprises than the frequency rule allows report it.
     */
    public record Aggregate(String groupedBy, String group, Kpi kpi, int projects, int enterprises, double meanPct,
                            int withThreshold, int meeting, boolean withheld) {}

    /** A programme as a release published it: how many pilot projects and enterprises, the aggregates and the evaluation. */
    public record ProgrammeResult(Programme programme, int projects, int enterprises, List<Aggregate> aggregates, Evaluation evaluation) {
        public ProgrammeResult {
            aggregates = List.copyOf(aggregates);
        }
    }

    /** A release's copy: the board (targets in deadline order) and the programmes. */
    public record Copy(long releaseId, List<TargetAssessment> board, List<ProgrammeResult> programmes) {
        public Copy {
            board = List.copyOf(board);
            programmes = List.copyOf(programmes);
        }

        public TargetAssessment target(String id) {
            for (TargetAssessment a : board) if (a.target().id().equals(id)) return a;
            return null;
        }

        public ProgrammeResult programme(String id) {
            for (ProgrammeResult p : programmes) if (p.programme().id().equals(id)) return p;
            return null;
        }
    }

    private static final Kpi[] KPIS = Kpi.values();

    /** Writes a release's board and programmes (in the release's creating transaction, see {@link Releases.Attachment}). */
    public static void write(Connection c, long releaseId, List<TargetAssessment> board, List<ProgrammeResult> programmes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO release_target (release_id, target_id, name, name_zh, measure, industry, region, baseline_value, baseline_period,
                  goal_kind, goal_value, deadline, direction, tolerance, assessed_at, outcome, progress, status, probability,
                  forecast_mean, forecast_sd, forecast_method, forecast_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (TargetAssessment a : board) {
                Target t = a.target();
                ps.setLong(1, releaseId);
                ps.setString(2, t.id());
                ps.setString(3, t.name());
                ps.setString(4, t.nameZh());
                ps.setString(5, t.measure());
                ps.setString(6, t.industry());
                ps.setString(7, t.region());
                ps.setDouble(8, t.baselineValue());
                ps.setString(9, Period.format(t.baselinePeriod()));
                ps.setString(10, t.goalKind().code());
                ps.setDouble(11, t.goalValue());
                ps.setString(12, Period.format(t.deadline()));
                ps.setString(13, t.direction().code());
                ps.setDouble(14, t.tolerance());
                ps.setString(15, Period.format(a.period()));
                PublishedOutlook.num(ps, 16, a.outcome());
                PublishedOutlook.num(ps, 17, a.progress());
                ps.setString(18, a.status().code());
                PublishedOutlook.num(ps, 19, a.probability());
                OutcomeForecast f = a.forecast();
                PublishedOutlook.num(ps, 20, f == null ? Double.NaN : f.mean());
                PublishedOutlook.num(ps, 21, f == null ? Double.NaN : f.sd());
                ps.setString(22, f == null ? null : f.method());
                ps.setString(23, f == null ? null : f.basis());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO release_programme (release_id, programme_id, kind, name, name_zh, threshold_production_efficiency,
                  threshold_operating_cost, threshold_development_cycle, threshold_defect_rate, threshold_energy_per_unit, projects,
                  enterprises, verdict, estimate, se, lo95, hi95, participants, matched, controls, clusters, placebo_verdict,
                  placebo_estimate, placebo_se, placebo_lo95, placebo_hi95, placebo_participants, placebo_matched, placebo_controls,
                  placebo_clusters) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement g = c.prepareStatement("""
                INSERT INTO release_kpi_aggregate (release_id, programme_id, grouped_by, group_code, kpi, projects, enterprises, mean_pct,
                  with_threshold, meeting, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (ProgrammeResult r : programmes) {
                Programme pr = r.programme();
                p.setLong(1, releaseId);
                p.setString(2, pr.id());
                p.setString(3, pr.kind().code());
                p.setString(4, pr.name());
                p.setString(5, pr.nameZh());
                for (int k = 0; k < KPIS.length; k++) PublishedOutlook.num(p, 6 + k, pr.threshold(KPIS[k]));
                p.setInt(11, r.projects());
                p.setInt(12, r.enterprises());
                evaluation(p, 13, r.evaluation());
                Evaluation pl = r.evaluation().placebo();
                if (pl == null) for (int i = 22; i <= 30; i++) p.setNull(i, i == 22 ? java.sql.Types.VARCHAR : java.sql.Types.DOUBLE);
                else evaluation(p, 22, pl);
                p.addBatch();
                for (Aggregate a : r.aggregates()) {
                    g.setLong(1, releaseId);
                    g.setString(2, pr.id());
                    g.setString(3, a.groupedBy());
                    g.setString(4, a.group());
                    g.setString(5, a.kpi().code());
                    g.setInt(6, a.projects());
                    g.setInt(7, a.enterprises());
                    PublishedOutlook.num(g, 8, a.withheld() ? Double.NaN : a.meanPct());
                    if (a.withheld()) {
                        g.setNull(9, java.sql.Types.INTEGER);
                        g.setNull(10, java.sql.Types.INTEGER);
                    } else {
                        g.setInt(9, a.withThreshold());
                        g.setInt(10, a.meeting());
                    }
                    g.setString(11, a.withheld() ? "C" : "A");
                    g.addBatch();
                }
            }
            p.executeBatch();
            g.executeBatch();
        }
    }

    /** verdict, estimate, se, lo95, hi95, participants, matched, controls, clusters from column {@code i}. */
    private static void evaluation(PreparedStatement p, int i, Evaluation e) throws SQLException {
        p.setString(i, e.verdict().code());
        PublishedOutlook.num(p, i + 1, e.estimate());
        PublishedOutlook.num(p, i + 2, e.se());
        PublishedOutlook.num(p, i + 3, e.lo95());
        PublishedOutlook.num(p, i + 4, e.hi95());
        p.setInt(i + 5, e.participants());
        p.setInt(i + 6, e.matched());
        p.setInt(i + 7, e.controls());
        p.setInt(i + 8, e.clusters());
    }

    private static Evaluation evaluation(ResultSet rs, int i, Evaluation placebo) throws SQLException {
        String code = rs.getString(i);
        if (code == null) return null;
        Evaluation.Verdict v = null;
        for (Evaluation.Verdict x : Evaluation.Verdict.values()) if (x.code().equals(code)) v = x;
        return new Evaluation(v, PublishedOutlook.num(rs, i + 1), PublishedOutlook.num(rs, i + 2), PublishedOutlook.num(rs, i + 3),
                PublishedOutlook.num(rs, i + 4), rs.getInt(i + 5), rs.getInt(i + 6), rs.getInt(i + 7), rs.getInt(i + 8), placebo);
    }

    /** A release's copy (empty lists when it carries no targets). */
    public static Copy read(Database db, long releaseId) {
        try (Connection c = db.connect()) {
            List<TargetAssessment> board = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT target_id, name, name_zh, measure, industry, region, baseline_value, baseline_period, goal_kind, goal_value,
                      deadline, direction, tolerance, assessed_at, outcome, progress, status, probability, forecast_mean, forecast_sd,
                      forecast_method, forecast_basis FROM release_target WHERE release_id = ? ORDER BY deadline, target_id""")) {
                ps.setLong(1, releaseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Target t = new Target(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getDouble(7), Period.parse(rs.getString(8)), GoalKind.parseOrNull(rs.getString(9)),
                                rs.getDouble(10), Period.parse(rs.getString(11)), Direction.parseOrNull(rs.getString(12)), rs.getDouble(13));
                        double mean = PublishedOutlook.num(rs, 19);
                        OutcomeForecast f = Double.isNaN(mean) ? null
                                : new OutcomeForecast(mean, PublishedOutlook.num(rs, 20), rs.getString(21), rs.getString(22));
                        board.add(new TargetAssessment(t, Period.parse(rs.getString(14)), PublishedOutlook.num(rs, 15),
                                PublishedOutlook.num(rs, 16), status(rs.getString(17)), PublishedOutlook.num(rs, 18), f));
                    }
                }
            }
            Map<String, List<Aggregate>> aggregates = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT programme_id, grouped_by, group_code, kpi, projects, enterprises, mean_pct, with_threshold, meeting, status
                    FROM release_kpi_aggregate WHERE release_id = ?""")) {
                ps.setLong(1, releaseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        boolean withheld = "C".equals(rs.getString(10));
                        aggregates.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Aggregate(rs.getString(2), rs.getString(3),
                                Kpi.parseOrNull(rs.getString(4)), rs.getInt(5), rs.getInt(6), PublishedOutlook.num(rs, 7),
                                withheld ? -1 : rs.getInt(8), withheld ? -1 : rs.getInt(9), withheld));
                    }
                }
            }
            // the order the service computes them in: grouping (all, batch, region, industry), group, KPI
            List<String> groupings = List.of("all", "batch", "region", "industry");
            for (List<Aggregate> l : aggregates.values())
                l.sort(java.util.Comparator.comparingInt((Aggregate a) -> groupings.indexOf(a.groupedBy())).thenComparing(Aggregate::group)
                        .thenComparing(Aggregate::kpi));
            List<ProgrammeResult> programmes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT programme_id, kind, name, name_zh, threshold_production_efficiency, threshold_operating_cost,
                      threshold_development_cycle, threshold_defect_rate, threshold_energy_per_unit, projects, enterprises,
                      verdict, estimate, se, lo95, hi95, participants, matched, controls, clusters, placebo_verdict, placebo_estimate,
                      placebo_se, placebo_lo95, placebo_hi95, placebo_participants, placebo_matched, placebo_controls, placebo_clusters
                    FROM release_programme WHERE release_id = ? ORDER BY programme_id""")) {
                ps.setLong(1, releaseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<Kpi, Double> th = new EnumMap<>(Kpi.class);
                        for (int k = 0; k < KPIS.length; k++) {
                            double v = PublishedOutlook.num(rs, 5 + k);
                            if (!Double.isNaN(v)) th.put(KPIS[k], v);
                        }
                        Programme pr = new Programme(rs.getString(1), Programme.Kind.parseOrNull(rs.getString(2)), rs.getString(3), rs.getString(4), th);
                        Evaluation placebo = evaluation(rs, 21, null);
                        programmes.add(new ProgrammeResult(pr, rs.getInt(10), rs.getInt(11), aggregates.getOrDefault(pr.id(), List.of()),
                                evaluation(rs, 12, placebo)));
                    }
                }
            }
            return new Copy(releaseId, board, programmes);
        } catch (SQLException e) {
            throw new StoreException("cannot read the targets of release " + releaseId + ": " + e.getMessage(), e);
        }
    }

    /** The public release whose board is current at {@code asOf} (latest month, latest version); null when none. */
    public static Long latestPublic(Database db, Instant asOf) {
        return PublishedOutlook.latestPublic(db, asOf, "release_target", "release_programme");
    }

    private static TargetStatus status(String code) {
        for (TargetStatus s : TargetStatus.values()) if (s.code().equals(code)) return s;
        throw new StoreException("unknown target status '" + code + "'", null);
    }

    static void delete(Connection c, long releaseId) throws SQLException {
        for (String t : new String[] {"release_target", "release_programme", "release_kpi_aggregate"})
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t + " WHERE release_id = ?")) {
                ps.setLong(1, releaseId);
                ps.executeUpdate();
            }
    }
}
