package org.momentum.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.momentum.classification.Period;
import org.momentum.reports.Report;

/**
 * Reports submitted over the API, applied with the revision rules of an import (formats.md: a row for a key the store
 * already holds replaces it whole and the earlier row goes to report_history; an identical row is unchanged). Many
 * submissions are applied in one transaction ({@link GroupCommit}); {@link #apply} works in the caller's transaction
 * and commits nothing.
 */
public final class Submissions {
    private Submissions() {}

    /** A stored report row and where it is: in the table already, or added earlier in this transaction. */
    private record Row(double value, double prev, int revision, long batchId, boolean stored) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A receipt number: 96 random bits, so that receipts cannot be guessed. */
    static String newReceipt() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return "rcpt_" + java.util.HexFormat.of().formatHex(b);
    }

    /**
     * Applies the submissions in order inside the caller's transaction: one outcome per submission, in the same
     * order. A key already used by the same principal (stored, or earlier in this list) replays its receipt.
     */
    public static List<SubmissionOutcome> apply(Connection c, List<ReportSubmission> batch, Instant acceptedAt) throws SQLException {
        return apply(c, batch, acceptedAt, null);
    }

    /** The same, looking up in the store only the keys that {@code known} may hold (null: every key). */
    static List<SubmissionOutcome> apply(Connection c, List<ReportSubmission> batch, Instant acceptedAt, UsedKeys known) throws SQLException {
        long t0 = System.nanoTime();
        Map<String, Used> keys = usedKeys(c, batch, known);
        trace("keys", t0);
        List<SubmissionOutcome> outcomes = new ArrayList<>(batch.size());
        List<ReportSubmission> toApply = new ArrayList<>();
        List<String> receipts = new ArrayList<>();
        for (ReportSubmission s : batch) {
            if (s.idempotencyKey() != null) {
                Used u = keys.get(keyOf(s));
                if (u != null) {
                    boolean same = u.requestSha256.equals(s.requestSha256());
                    outcomes.add(new SubmissionOutcome(same ? SubmissionOutcome.Kind.REPLAYED : SubmissionOutcome.Kind.KEY_REUSED, u.receipt));
                    continue;
                }
            }
            outcomes.add(null); // filled in below, once applied
            toApply.add(s);
            String receipt = newReceipt();
            receipts.add(receipt);
            // a later duplicate in this batch replays the receipt this one is about to get
            if (s.idempotencyKey() != null) keys.put(keyOf(s), new Used(s.requestSha256(), placeholder(s, receipt, acceptedAt)));
        }
        if (toApply.isEmpty()) return outcomes;

        long batchId;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT nextval('import_batch_seq')")) {
            rs.next();
            batchId = rs.getLong(1);
        }
        trace("batch id", t0);
        Map<String, Row> current = currentRows(c, toApply);
        trace("current rows", t0);
        Set<String> deleted = new HashSet<>();
        List<Object[]> history = new ArrayList<>();
        Map<String, Report> inserted = new LinkedHashMap<>();
        Map<String, Integer> insertedRevision = new HashMap<>();
        List<SubmissionReceipt> applied = new ArrayList<>();
        List<AuditLog.Entry> audit = new ArrayList<>();
        long rowsRead = 0, unchangedRows = 0, revisions = 0;
        MessageDigest batchHash = sha256();
        for (int i = 0; i < toApply.size(); i++) {
            ReportSubmission s = toApply.get(i);
            int revised = 0, unchanged = 0;
            StringBuilder changes = new StringBuilder();
            for (Report r : s.rows()) {
                String k = key(r.enterpriseId(), r.period(), r.indicator());
                Row cur = current.get(k);
                if (cur != null && Double.compare(cur.value, r.value()) == 0 && Double.compare(cur.prev, r.prevYearValue()) == 0) {
                    unchanged++;
                    continue;
                }
                changes.append("; ").append(r.indicator()).append(": ");
                if (cur == null) changes.append("new ");
                else {
                    revised++;
                    history.add(new Object[] {r.enterpriseId(), Period.format(r.period()), r.indicator(), cur.value, cur.prev, cur.revision, cur.batchId, batchId});
                    if (cur.stored) deleted.add(k);
                    changes.append(number(cur.value)).append(" (prev_year_value ").append(number(cur.prev)).append(") -> ");
                }
                changes.append(number(r.value())).append(" (prev_year_value ").append(number(r.prevYearValue())).append(')');
                int revision = cur == null ? 1 : cur.revision + 1;
                inserted.put(k, r);
                insertedRevision.put(k, revision);
                current.put(k, new Row(r.value(), r.prevYearValue(), revision, batchId, false));
            }
            SubmissionReceipt receipt = new SubmissionReceipt(receipts.get(i), s.principal(), s.enterpriseId(), s.period(), acceptedAt,
                    s.rows().size(), revised, unchanged);
            applied.add(receipt);
            rowsRead += s.rows().size();
            unchangedRows += unchanged;
            revisions += revised;
            batchHash.update(s.requestSha256().getBytes(StandardCharsets.US_ASCII));
            String explanation = s.explanation() == null || s.explanation().isEmpty() ? "" : "; explanation: " + s.explanation();
            audit.add(new AuditLog.Entry(s.principal(), "report.submit", "report", s.enterpriseId() + " " + Period.format(s.period()),
                    "receipt=" + receipt.receipt() + " batch=" + batchId + " rows=" + receipt.rows() + " revised=" + revised
                            + " unchanged=" + unchanged + changes + explanation));
        }

        // superseded rows leave the table before the new ones arrive (a delete by key must not meet the new rows)
        deleteKeys(c, deleted);
        trace("deletes", t0);
        try (BulkWriter w = BulkWriter.open(c, "report_history", "enterprise_id", "period", "indicator", "value", "prev_year_value", "revision", "batch_id", "superseded_by")) {
            for (Object[] h : history)
                w.str((String) h[0]).str((String) h[1]).str((String) h[2]).num((Double) h[3]).num((Double) h[4]).intg((Integer) h[5]).lng((Long) h[6]).lng((Long) h[7]).endRow();
        }
        try (BulkWriter w = BulkWriter.open(c, "report", "enterprise_id", "period", "indicator", "value", "prev_year_value", "revision", "batch_id")) {
            String lastPeriodText = null;
            int lastPeriod = Integer.MIN_VALUE;
            for (Map.Entry<String, Report> e : inserted.entrySet()) {
                Report r = e.getValue();
                if (r.period() != lastPeriod) { lastPeriod = r.period(); lastPeriodText = Period.format(lastPeriod); }
                w.str(r.enterpriseId()).str(lastPeriodText).str(r.indicator()).num(r.value()).num(r.prevYearValue())
                        .intg(insertedRevision.get(e.getKey())).lng(batchId).endRow();
            }
        }
        trace("history+report", t0);
        Timestamp at = Timestamp.from(acceptedAt);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO import_batch (id, kind, file_name, file_sha256, encoding, actor, started_at, finished_at,
                  rows_read, rows_applied, rows_rejected, rows_unchanged, revisions) VALUES (?, 'submission', ?, ?, 'UTF-8', 'api', ?, ?, ?, ?, 0, ?, ?)""")) {
            ps.setLong(1, batchId);
            ps.setString(2, "POST /api/reports (" + applied.size() + (applied.size() == 1 ? " report)" : " reports)"));
            ps.setString(3, java.util.HexFormat.of().formatHex(batchHash.digest()));
            ps.setTimestamp(4, at);
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.setLong(6, rowsRead);
            ps.setLong(7, inserted.size());
            ps.setLong(8, unchangedRows);
            ps.setLong(9, revisions);
            ps.executeUpdate();
        }
        try (BulkWriter w = BulkWriter.open(c, "submission_receipt", "receipt", "principal", "enterprise_id", "period", "accepted_at",
                "rows_submitted", "rows_revised", "rows_unchanged", "batch_id", "request_sha256", "explanation")) {
            for (int i = 0; i < applied.size(); i++) {
                SubmissionReceipt r = applied.get(i);
                ReportSubmission s = toApply.get(i);
                w.str(r.receipt()).str(r.principal()).str(r.enterpriseId()).str(Period.format(r.period())).ts(at).intg(r.rows())
                        .intg(r.revised()).intg(r.unchanged()).lng(batchId).str(s.requestSha256()).str(s.explanation()).endRow();
            }
        }
        try (BulkWriter w = BulkWriter.open(c, "idempotency_key", "principal", "idem_key", "request_sha256", "receipt", "created_at")) {
            for (int i = 0; i < applied.size(); i++) {
                ReportSubmission s = toApply.get(i);
                if (s.idempotencyKey() != null)
                    w.str(s.principal()).str(s.idempotencyKey()).str(s.requestSha256()).str(applied.get(i).receipt()).ts(at).endRow();
            }
        }
        trace("batch+receipts+keys", t0);
        AuditLog.appendAll(c, audit);
        trace("audit", t0);
        int next = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) != null) continue;
            outcomes.set(i, new SubmissionOutcome(SubmissionOutcome.Kind.APPLIED, applied.get(next++)));
        }
        // a duplicate key later in this batch replays the receipt just made (the placeholder had no counts)
        Map<String, SubmissionReceipt> byReceipt = new HashMap<>();
        for (SubmissionReceipt r : applied) byReceipt.put(r.receipt(), r);
        for (int i = 0; i < outcomes.size(); i++) {
            SubmissionOutcome o = outcomes.get(i);
            SubmissionReceipt full = byReceipt.get(o.receipt().receipt());
            if (o.kind() != SubmissionOutcome.Kind.APPLIED && full != null) outcomes.set(i, new SubmissionOutcome(o.kind(), full));
        }
        return outcomes;
    }

    private static final boolean TRACE = Boolean.getBoolean("momentum.trace");

    private static void trace(String what, long t0) {
        if (TRACE) System.err.printf("  [submit] %s done at %.2f ms%n", what, (System.nanoTime() - t0) / 1e6);
    }

    private record Used(String requestSha256, SubmissionReceipt receipt) {}

    private static SubmissionReceipt placeholder(ReportSubmission s, String receipt, Instant at) {
        return new SubmissionReceipt(receipt, s.principal(), s.enterpriseId(), s.period(), at, s.rows().size(), 0, 0);
    }

    private static String keyOf(ReportSubmission s) { return s.principal() + '\u0000' + s.idempotencyKey(); }

    private static String key(String enterpriseId, int period, String indicator) { return enterpriseId + '\u0000' + period + '\u0000' + indicator; }

    /**
     * The stored keys among the batch's, with their receipts. The keys alone first (an index look-up; none are found
     * unless a request is a retry), the receipts only for those found: a join here made the planner scan both tables.
     */
    private static Map<String, Used> usedKeys(Connection c, List<ReportSubmission> batch, UsedKeys known) throws SQLException {
        List<String> asked = new ArrayList<>();
        Set<String> wanted = new HashSet<>();
        for (ReportSubmission s : batch) {
            if (s.idempotencyKey() == null) continue;
            if (known != null && !known.mayContain(s.principal(), s.idempotencyKey())) continue; // certainly new
            asked.add(s.idempotencyKey());
            wanted.add(keyOf(s));
        }
        Map<String, Used> used = new HashMap<>();
        if (asked.isEmpty()) return used;
        Map<String, String[]> found = new HashMap<>(); // receipt -> principal+key, request hash
        for (int from = 0; from < asked.size(); from += 500) {
            List<String> part = asked.subList(from, Math.min(asked.size(), from + 500));
            try (PreparedStatement ps = plannedEachTime(c.prepareStatement("SELECT principal, idem_key, request_sha256, receipt FROM idempotency_key "
                    + "WHERE idem_key IN (" + marks(part.size()) + ")"))) {
                for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String k = rs.getString(1) + '\u0000' + rs.getString(2);
                        if (wanted.contains(k)) found.put(rs.getString(4), new String[] {k, rs.getString(3)});
                    }
                }
            }
        }
        if (found.isEmpty()) return used;
        List<String> receipts = new ArrayList<>(found.keySet());
        for (int from = 0; from < receipts.size(); from += 500) {
            List<String> part = receipts.subList(from, Math.min(receipts.size(), from + 500));
            try (PreparedStatement ps = plannedEachTime(c.prepareStatement(RECEIPT_COLUMNS + " FROM submission_receipt r WHERE r.receipt IN (" + marks(part.size()) + ")"))) {
                for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SubmissionReceipt r = receipt(rs);
                        String[] k = found.get(r.receipt());
                        used.put(k[0], new Used(k[1], r));
                    }
                }
            }
        }
        return used;
    }

    /** The stored rows of the batch's enterprises and months. */
    private static Map<String, Row> currentRows(Connection c, List<ReportSubmission> batch) throws SQLException {
        Set<String> ids = new HashSet<>();
        Set<String> periods = new HashSet<>();
        Set<String> wanted = new HashSet<>();
        for (ReportSubmission s : batch) {
            ids.add(s.enterpriseId());
            periods.add(Period.format(s.period()));
            wanted.add(s.enterpriseId() + '\u0000' + s.period());
        }
        Map<String, Row> rows = new HashMap<>();
        List<String> idList = new ArrayList<>(ids);
        for (int from = 0; from < idList.size(); from += 500) {
            List<String> part = idList.subList(from, Math.min(idList.size(), from + 500));
            try (PreparedStatement ps = plannedEachTime(c.prepareStatement("SELECT enterprise_id, period, indicator, value, prev_year_value, revision, "
                    + "batch_id FROM report WHERE enterprise_id IN (" + marks(part.size()) + ") AND period IN (" + marks(periods.size()) + ")"))) {
                int p = 1;
                for (String id : part) ps.setString(p++, id);
                for (String per : periods) ps.setString(p++, per);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int period = Period.parse(rs.getString(2));
                        if (!wanted.contains(rs.getString(1) + '\u0000' + period)) continue;
                        double prev = rs.getDouble(5);
                        if (rs.wasNull()) prev = Double.NaN;
                        rows.put(key(rs.getString(1), period, rs.getString(3)), new Row(rs.getDouble(4), prev, rs.getInt(6), rs.getLong(7), true));
                    }
                }
            }
        }
        return rows;
    }

    private static void deleteKeys(Connection c, Set<String> keys) throws SQLException {
        List<String[]> list = new ArrayList<>();
        for (String k : keys) list.add(k.split("\u0000", -1));
        for (int from = 0; from < list.size(); from += 200) {
            List<String[]> part = list.subList(from, Math.min(list.size(), from + 200));
            StringBuilder sql = new StringBuilder("DELETE FROM report WHERE ");
            for (int i = 0; i < part.size(); i++) sql.append(i > 0 ? " OR " : "").append("(enterprise_id = ? AND period = ? AND indicator = ?)");
            try (PreparedStatement ps = plannedEachTime(c.prepareStatement(sql.toString()))) {
                int p = 1;
                for (String[] k : part) {
                    ps.setString(p++, k[0]);
                    ps.setString(p++, Period.format(Integer.parseInt(k[1])));
                    ps.setString(p++, k[2]);
                }
                ps.executeUpdate();
            }
        }
    }

    private static final String RECEIPT_COLUMNS = "SELECT r.receipt, r.principal, r.enterprise_id, r.period, r.accepted_at, "
            + "r.rows_submitted, r.rows_revised, r.rows_unchanged";

    private static SubmissionReceipt receipt(ResultSet rs) throws SQLException {
        return new SubmissionReceipt(rs.getString(1), rs.getString(2), rs.getString(3), Period.parse(rs.getString(4)),
                rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getInt(7), rs.getInt(8));
    }

    /** The principal's receipts, newest first (at most {@code limit}). */
    public static List<SubmissionReceipt> receipts(Database db, String principal, int limit) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(RECEIPT_COLUMNS
                + " FROM submission_receipt r WHERE r.principal = ? ORDER BY r.accepted_at DESC, r.receipt LIMIT ?")) {
            ps.setString(1, principal);
            ps.setInt(2, limit);
            List<SubmissionReceipt> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(receipt(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read receipts: " + e.getMessage(), e);
        }
    }

    /** The current rows of one enterprise's month, by indicator. */
    public static List<Report> current(Database db, String enterpriseId, int period) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT indicator, value, prev_year_value FROM report WHERE enterprise_id = ? AND period = ? ORDER BY indicator")) {
            ps.setString(1, enterpriseId);
            ps.setString(2, Period.format(period));
            List<Report> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double prev = rs.getDouble(3);
                    if (rs.wasNull()) prev = Double.NaN;
                    out.add(new Report(enterpriseId, period, rs.getString(1), rs.getDouble(2), prev));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read reports: " + e.getMessage(), e);
        }
    }

    /** Every enterprise id in the register. */
    public static List<String> registeredIds(Database db) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT enterprise_id FROM enterprise");
             ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the register: " + e.getMessage(), e);
        }
    }

    /** Whether the register holds the enterprise (as this connection's transaction sees it). */
    public static boolean registered(Database db, String enterpriseId) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT 1 FROM enterprise WHERE enterprise_id = ?")) {
            ps.setString(1, enterpriseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the register: " + e.getMessage(), e);
        }
    }

    /**
     * PgJDBC makes a statement run five times on a connection a server-side prepared one, and PostgreSQL may then keep
     * a generic plan made while the table was nearly empty (a sequential scan): under load an IN list over a growing
     * table took 100 ms instead of 0.1. The group commit's look-ups are planned each time instead.
     */
    private static PreparedStatement plannedEachTime(PreparedStatement ps) throws SQLException {
        if (ps.isWrapperFor(org.postgresql.PGStatement.class)) ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
        return ps;
    }

    private static String marks(int n) { return "?, ".repeat(n - 1) + "?"; }

    private static String number(double d) { return Double.isNaN(d) ? "empty" : Double.toString(d); }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
