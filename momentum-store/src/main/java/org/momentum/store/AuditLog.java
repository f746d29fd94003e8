package org.momentum.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The append-only audit log: who did what to which entity, when. Each row's hash covers the previous row's
 * hash and its own fields, so an edited or deleted row breaks the chain ({@link #verify}).
 */
public final class AuditLog {
    static final String GENESIS = "0".repeat(64);

    private AuditLog() {}

    /** Appends one entry inside the caller's transaction; returns its sequence number. */
    public static long append(Connection c, String actor, String action, String entity, String key, String detail)
            throws SQLException {
        long seq = 1;
        String prev = GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                prev = rs.getString(2);
            }
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String d = detail.length() > 4000 ? detail.substring(0, 3997) + "..." : detail;
        String hash = hash(prev, seq, at, actor, action, entity, key, d);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_log (seq, logged_at, actor, action, entity, entity_key, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, actor);
            ps.setString(4, action);
            ps.setString(5, entity);
            ps.setString(6, key);
            ps.setString(7, d);
            ps.setString(8, prev);
            ps.setString(9, hash);
            ps.executeUpdate();
        }
        return seq;
    }

    /** One entry to append. */
    public record Entry(String actor, String action, String entity, String key, String detail) {}

    /**
     * Appends entries in the given order inside the caller's transaction, with one read of the chain's head and one
     * bulk append (a group commit appends a whole batch's entries at once). Returns the first sequence number.
     */
    public static long appendAll(Connection c, java.util.List<Entry> entries) throws SQLException {
        long seq = 1;
        String prev = GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                prev = rs.getString(2);
            }
        }
        long first = seq;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Timestamp ts = Timestamp.from(at);
        try (BulkWriter w = BulkWriter.open(c, "audit_log", "seq", "logged_at", "actor", "action", "entity", "entity_key", "detail", "prev_hash", "hash")) {
            for (Entry e : entries) {
                String d = e.detail().length() > 4000 ? e.detail().substring(0, 3997) + "..." : e.detail();
                String hash = hash(prev, seq, at, e.actor(), e.action(), e.entity(), e.key(), d);
                w.lng(seq).ts(ts).str(e.actor()).str(e.action()).str(e.entity()).str(e.key()).str(d).str(prev).str(hash).endRow();
                prev = hash;
                seq++;
            }
        }
        return first;
    }

    /** Whether any entry records this action (e.g. {@code demo.load}: the store holds the synthetic demo). */
    public static boolean recorded(Database db, String action) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT 1 FROM audit_log WHERE action = ? LIMIT 1")) {
            ps.setString(1, action);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** Null when the chain is intact, else a sentence naming the first broken entry. */
    public static String verify(Connection c) throws SQLException {
        String prev = GENESIS;
        long expected = 1;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, logged_at, actor, action, entity, entity_key, detail, prev_hash, hash FROM audit_log ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                if (seq != expected) return "audit entry " + expected + " is missing (next is " + seq + ")";
                if (!prev.equals(rs.getString(8))) return "audit entry " + seq + " does not follow entry " + (seq - 1);
                String h = hash(prev, seq, rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7));
                if (!h.equals(rs.getString(9))) return "audit entry " + seq + " was altered";
                prev = h;
                expected++;
            }
        }
        return null;
    }

    /**
     * "N entries, head HASH": a chain cannot show that its newest entries were cut off, so operators keep this
     * line somewhere else (a ticket, a signed mail) and compare it later.
     */
    public static String head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) + " entries, head " + rs.getString(2) : "0 entries";
        }
    }

    static String hash(String prev, long seq, Instant at, String actor, String action, String entity, String key, String detail) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String s = prev + '\u001f' + seq + '\u001f' + at.toEpochMilli() + '\u001f' + actor + '\u001f' + action
                    + '\u001f' + entity + '\u001f' + key + '\u001f' + detail;
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
