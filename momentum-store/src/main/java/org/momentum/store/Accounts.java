package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Users, their bindings and API tokens (V8). Hashes come in already computed (the KDF lives in the app); every
 * change is written to the audit log in the same transaction, with what it was before and after.
 */
public final class Accounts {
    private Accounts() {}

    public record User(String username, String role, String passwordHash, boolean disabled, int failedLogins,
                       Instant lockedUntil, Set<String> enterprises, Set<String> provinces) {}

    public record Token(String id, String username, String scope, Instant expiresAt, Instant revokedAt) {}

    /** A token as listed on the account pages (never its hash). */
    public record TokenInfo(String id, String username, String scope, Instant createdAt, Instant expiresAt, Instant revokedAt) {}

    public static void create(Database db, String actor, String username, String role, String passwordHash,
                              Set<String> enterprises, Set<String> provinces, Instant now) {
        db.inTransaction(c -> {
            if (find(c, username) != null) throw new IllegalArgumentException("user " + username + " already exists");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO app_user (username, role, password_hash, disabled, failed_logins, locked_until, created_at) VALUES (?, ?, ?, FALSE, 0, NULL, ?)")) {
                ps.setString(1, username);
                ps.setString(2, role);
                ps.setString(3, passwordHash);
                ps.setTimestamp(4, Timestamp.from(now));
                ps.executeUpdate();
            }
            bind(c, username, "enterprise", enterprises);
            bind(c, username, "province", provinces);
            AuditLog.append(c, actor, "user.create", "user", username,
                    "before: none; after: role=" + role + " enterprises=" + new TreeSet<>(enterprises) + " provinces=" + new TreeSet<>(provinces));
            return null;
        });
    }

    private static void bind(Connection c, String username, String kind, Set<String> codes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_binding (username, kind, code) VALUES (?, ?, ?)")) {
            for (String code : new TreeSet<>(codes)) {
                ps.setString(1, username);
                ps.setString(2, kind);
                ps.setString(3, code);
                ps.executeUpdate();
            }
        }
    }

    public static User find(Database db, String username) {
        try (Connection c = db.connect()) {
            return find(c, username);
        } catch (SQLException e) {
            throw new StoreException("cannot read users: " + e.getMessage(), e);
        }
    }

    static User find(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT username, role, password_hash, disabled, failed_logins, locked_until FROM app_user WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                Timestamp locked = rs.getTimestamp(6);
                return new User(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5),
                        locked == null ? null : locked.toInstant(), codes(c, username, "enterprise"), codes(c, username, "province"));
            }
        }
    }

    private static Set<String> codes(Connection c, String username, String kind) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM user_binding WHERE username = ? AND kind = ?")) {
            ps.setString(1, username);
            ps.setString(2, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    public static List<User> list(Database db) {
        List<User> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT username FROM app_user ORDER BY username");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(find(c, rs.getString(1)));
        } catch (SQLException e) {
            throw new StoreException("cannot read users: " + e.getMessage(), e);
        }
        return out;
    }

    /** Disables (or enables) an account; its tokens stop working with it. */
    public static void setDisabled(Database db, String actor, String username, boolean disabled) {
        db.inTransaction(c -> {
            User u = existing(c, username);
            try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET disabled = ? WHERE username = ?")) {
                ps.setBoolean(1, disabled);
                ps.setString(2, username);
                ps.executeUpdate();
            }
            AuditLog.append(c, actor, disabled ? "user.disable" : "user.enable", "user", username,
                    "before: disabled=" + u.disabled() + "; after: disabled=" + disabled);
            return null;
        });
    }

    /** Sets a new password hash and clears any lockout. */
    public static void resetPassword(Database db, String actor, String username, String passwordHash) {
        db.inTransaction(c -> {
            User u = existing(c, username);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE app_user SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE username = ?")) {
                ps.setString(1, passwordHash);
                ps.setString(2, username);
                ps.executeUpdate();
            }
            AuditLog.append(c, actor, "user.reset", "user", username,
                    "before: failed_logins=" + u.failedLogins() + " locked_until=" + u.lockedUntil() + "; after: new password, failed_logins=0, unlocked");
            return null;
        });
    }

    /** Records a failed login; when it reaches maxFailures the account is locked until lockedUntil (audited). */
    public static void loginFailed(Database db, String username, int maxFailures, Instant lockedUntil) {
        db.inTransaction(c -> {
            User u = find(c, username);
            if (u == null) return null;
            int failures = u.failedLogins() + 1;
            boolean lock = failures >= maxFailures;
            try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET failed_logins = ?, locked_until = ? WHERE username = ?")) {
                ps.setInt(1, lock ? 0 : failures);
                ps.setTimestamp(2, lock ? Timestamp.from(lockedUntil) : (u.lockedUntil() == null ? null : Timestamp.from(u.lockedUntil())));
                ps.setString(3, username);
                ps.executeUpdate();
            }
            if (lock) AuditLog.append(c, "system", "user.lock", "user", username,
                    "before: unlocked; after: locked until " + lockedUntil + " after " + failures + " failed logins");
            return null;
        });
    }

    public static void loginSucceeded(Database db, String username) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET failed_logins = 0 WHERE username = ? AND failed_logins <> 0")) {
                ps.setString(1, username);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public static void createToken(Database db, String actor, String id, String username, String tokenHash, String scope,
                                   Instant now, Instant expiresAt) {
        db.inTransaction(c -> {
            existing(c, username);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO api_token (id, username, token_hash, scope, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, NULL)")) {
                ps.setString(1, id);
                ps.setString(2, username);
                ps.setString(3, tokenHash);
                ps.setString(4, scope);
                ps.setTimestamp(5, Timestamp.from(now));
                ps.setTimestamp(6, Timestamp.from(expiresAt));
                ps.executeUpdate();
            }
            AuditLog.append(c, actor, "token.create", "api_token", id,
                    "before: none; after: user=" + username + " scope=" + scope + " expires=" + expiresAt);
            return null;
        });
    }

    /** Revokes a token; false when there is no such live token. */
    public static boolean revokeToken(Database db, String actor, String id, Instant now) {
        return db.inTransaction(c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setString(2, id);
                n = ps.executeUpdate();
            }
            if (n > 0) AuditLog.append(c, actor, "token.revoke", "api_token", id, "before: live; after: revoked at " + now);
            return n > 0;
        });
    }

    /** The tokens of one user (null: every user's), newest first. */
    public static List<TokenInfo> tokens(Database db, String username) {
        String sql = "SELECT id, username, scope, created_at, expires_at, revoked_at FROM api_token"
                + (username == null ? "" : " WHERE username = ?") + " ORDER BY created_at DESC, id";
        List<TokenInfo> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (username != null) ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp rev = rs.getTimestamp(6);
                    out.add(new TokenInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                            rs.getTimestamp(5).toInstant(), rev == null ? null : rev.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read tokens: " + e.getMessage(), e);
        }
        return out;
    }

    /** The token with this hash, whatever its state (the caller checks expiry and revocation). */
    public static Token tokenByHash(Database db, String tokenHash) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, username, scope, expires_at, revoked_at FROM api_token WHERE token_hash = ?")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                Timestamp rev = rs.getTimestamp(5);
                return new Token(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rev == null ? null : rev.toInstant());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read tokens: " + e.getMessage(), e);
        }
    }

    /** An enterprise's region code in the register (null when unknown): what a provincial binding is checked against. */
    public static String enterpriseRegion(Database db, String enterpriseId) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT region FROM enterprise WHERE enterprise_id = ?")) {
            ps.setString(1, enterpriseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the register: " + e.getMessage(), e);
        }
    }

    /** Every enterprise's region code, for filtering a queue by province. */
    public static java.util.Map<String, String> enterpriseRegions(Database db) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT enterprise_id, region FROM enterprise");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        } catch (SQLException e) {
            throw new StoreException("cannot read the register: " + e.getMessage(), e);
        }
        return out;
    }

    private static User existing(Connection c, String username) throws SQLException {
        User u = find(c, username);
        if (u == null) throw new IllegalArgumentException("no user " + username);
        return u;
    }
}
