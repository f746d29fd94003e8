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
import org.momentum.quality.Flag;

/**
 * The review queue of issue 10 in the store: the flags of each month's latest quality run, and the reviewers'
 * actions (accept, query the enterprise, correct a figure with a reason), each with an audit-log entry.
 */
public final class QualityReview {
    public static final List<String> ACTIONS = List.of("accept", "query", "correct");

    private QualityReview() {}

    /** A stored flag with its report's rank score. */
    public record StoredFlag(String enterpriseId, int period, String indicator, double score, String rule, String detail, double reportScore) {}

    /** One reviewer action. {@code indicator} and {@code correctedValue} only for {@code correct} (else null / NaN). */
    public record Action(long id, String enterpriseId, int period, String action, String reason, String indicator,
                         double correctedValue, String actor, Instant at) {}

    /** Replaces the month's flags by those of a new run (one transaction, with an audit entry). */
    public static void replaceFlags(Database db, int period, List<Flag> flags, java.util.function.ToDoubleFunction<String> reportScore, String actor) {
        db.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM quality_flag WHERE period = ?")) {
                del.setString(1, Period.format(period));
                del.executeUpdate();
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO quality_flag (enterprise_id, period, indicator, score, rule, detail, report_score, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Flag f : flags) {
                    ins.setString(1, f.enterpriseId());
                    ins.setString(2, Period.format(f.period()));
                    ins.setString(3, f.indicator());
                    ins.setDouble(4, f.score());
                    ins.setString(5, f.rule());
                    ins.setString(6, f.detail().length() > 2000 ? f.detail().substring(0, 1997) + "..." : f.detail());
                    ins.setDouble(7, reportScore.applyAsDouble(f.enterpriseId()));
                    ins.setTimestamp(8, now);
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            long reports = flags.stream().map(Flag::enterpriseId).distinct().count();
            AuditLog.append(c, actor, "quality.run", "quality_flag", Period.format(period), flags.size() + " flags on " + reports + " reports");
            return null;
        });
    }

    /** The month's flags, reports ranked by their highest score, then enterprise, then flag score. */
    public static List<StoredFlag> flags(Database db, int period) {
        String sql = """
                SELECT enterprise_id, period, indicator, score, rule, detail, report_score FROM quality_flag
                WHERE period = ? ORDER BY report_score DESC, enterprise_id, score DESC, rule""";
        List<StoredFlag> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, Period.format(period));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new StoredFlag(rs.getString(1), Period.parse(rs.getString(2)), rs.getString(3), rs.getDouble(4),
                            rs.getString(5), rs.getString(6), rs.getDouble(7)));
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        return out;
    }

    /** Records an action and its audit entry in one transaction; returns its id. */
    public static long act(Database db, String enterpriseId, int period, String action, String reason, String indicator,
                           double correctedValue, String actor) {
        if (!ACTIONS.contains(action)) throw new IllegalArgumentException("action must be one of " + ACTIONS + ", not '" + action + "'");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a reason is required");
        boolean correct = action.equals("correct");
        if (correct && (indicator == null || !(correctedValue >= 0) || Double.isInfinite(correctedValue)))
            throw new IllegalArgumentException("a correction names the indicator and a corrected value >= 0");
        return db.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("SELECT nextval('quality_action_seq')"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO quality_action (id, enterprise_id, period, action, reason, indicator, corrected_value, actor, acted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ins.setLong(1, id);
                ins.setString(2, enterpriseId);
                ins.setString(3, Period.format(period));
                ins.setString(4, action);
                ins.setString(5, reason);
                ins.setString(6, correct ? indicator : null);
                if (correct) ins.setDouble(7, correctedValue);
                else ins.setNull(7, java.sql.Types.DOUBLE);
                ins.setString(8, actor);
                ins.setTimestamp(9, Timestamp.from(Instant.now()));
                ins.executeUpdate();
            }
            AuditLog.append(c, actor, "quality." + action, "report", enterpriseId + " " + Period.format(period),
                    (correct ? indicator + " := " + correctedValue + "; " : "") + reason);
            return id;
        });
    }

    /** Every action on the month's reports, oldest first. */
    public static List<Action> actions(Database db, int period) { return query(db, "period = ?", Period.format(period)); }

    /** Every action on one enterprise's reports, oldest first (the portal shows its open queries). */
    public static List<Action> actionsOf(Database db, String enterpriseId) { return query(db, "enterprise_id = ?", enterpriseId); }

    private static List<Action> query(Database db, String where, String arg) {
        String sql = "SELECT id, enterprise_id, period, action, reason, indicator, corrected_value, actor, acted_at FROM quality_action WHERE "
                + where + " ORDER BY id";
        List<Action> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(7);
                    if (rs.wasNull()) v = Double.NaN;
                    out.add(new Action(rs.getLong(1), rs.getString(2), Period.parse(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getString(6), v, rs.getString(8), rs.getTimestamp(9).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        return out;
    }
}
