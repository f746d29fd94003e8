package org.momentum.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.momentum.security.Principal;
import org.momentum.security.Role;
import org.momentum.store.Accounts;
import org.momentum.store.Database;

/**
 * Accounts: creation, login with lockout, API tokens. Lockout after 5 consecutive failures for 15 minutes
 * (OWASP Authentication Cheat Sheet: account lockout with a threshold and an observation window).
 */
public final class AccountService {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    public static final Duration DEFAULT_TOKEN_LIFE = Duration.ofDays(90);
    // verified against when the user does not exist, so that a wrong name costs as long as a wrong password
    private static final String DUMMY = Passwords.hash("not-a-real-password-at-all".toCharArray());

    /**
     * How long a verified token is trusted without reading the store again. Changes made through any AccountService
     * of this JVM (revoke, disable, reset) take effect at once ({@link #GENERATION}); a change made by another process
     * on a shared PostgreSQL takes effect within this time.
     */
    public static final Duration TOKEN_CACHE_LIFE = Duration.ofSeconds(5);
    private static final int TOKEN_CACHE_MAX = 100_000;
    /** Bumped by every account or token change in this JVM: cached verifications of an older generation are void. */
    private static final java.util.concurrent.atomic.AtomicLong GENERATION = new java.util.concurrent.atomic.AtomicLong();

    /** A verified token: whom it stands for, until when it may be trusted without the store, and its generation. */
    private record Verified(Principal principal, Instant trustedUntil, Instant expiresAt, long generation) {}

    private final Database db;
    private final Clock clock;
    private final java.util.concurrent.ConcurrentHashMap<String, Verified> verified = new java.util.concurrent.ConcurrentHashMap<>();

    public AccountService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void create(String actor, String username, Role role, char[] password, Set<String> enterprises, Set<String> provinces) {
        if (!username.matches("[A-Za-z0-9._-]{1,64}")) throw new IllegalArgumentException("username: 1-64 letters, digits, '.', '_' or '-'");
        if (role == Role.PUBLIC) throw new IllegalArgumentException("role: public has no accounts");
        if (role == Role.REPORTER && enterprises.isEmpty()) throw new IllegalArgumentException("a reporter is bound to at least one enterprise id");
        if (role != Role.REPORTER && !enterprises.isEmpty()) throw new IllegalArgumentException("only reporters are bound to enterprises");
        if (role != Role.ANALYST && !provinces.isEmpty()) throw new IllegalArgumentException("only analysts are bound to provinces");
        for (String p : provinces)
            if (!p.matches("\\d{2}0000")) throw new IllegalArgumentException("province: '" + p + "' is not a code NN0000");
        for (String e : enterprises) // the register's own rule for ids (an account may be set up before its firm is registered)
            if (!e.matches("[!-~]{1,32}") || "=+-@".indexOf(e.charAt(0)) >= 0)
                throw new IllegalArgumentException("enterprise: '" + e + "' is not an enterprise id (1-32 visible ASCII characters, not starting with = + - @)");
        Accounts.create(db, actor, username, role.code(), Passwords.hash(password), enterprises, provinces, clock.instant());
        changed();
    }

    /** Voids every cached token verification in this JVM (an account or a token changed). */
    private static void changed() { GENERATION.incrementAndGet(); }

    public void reset(String actor, String username, char[] password) {
        Accounts.resetPassword(db, actor, username, Passwords.hash(password));
        changed();
    }

    public void disable(String actor, String username, boolean disabled) {
        Accounts.setDisabled(db, actor, username, disabled);
        changed();
    }

    public sealed interface LoginResult permits Ok, Refused {}
    public record Ok(Principal principal) implements LoginResult {}
    /** Refused: one message for every reason (unknown user, wrong password, disabled, locked), so none leaks. */
    public record Refused(String reason) implements LoginResult {}

    public LoginResult login(String username, char[] password) {
        Accounts.User u = username == null || username.length() > 64 ? null : Accounts.find(db, username);
        Instant now = clock.instant();
        if (u == null) {
            Passwords.verify(password, DUMMY);
            return new Refused("unknown");
        }
        if (u.lockedUntil() != null && now.isBefore(u.lockedUntil())) return new Refused("locked");
        boolean ok = Passwords.verify(password, u.passwordHash());
        if (!ok) {
            Accounts.loginFailed(db, username, MAX_FAILURES, now.plus(LOCKOUT));
            return new Refused("password");
        }
        if (u.disabled()) return new Refused("disabled");
        Accounts.loginSucceeded(db, username);
        return new Ok(principal(u, true));
    }

    /** The principal of a live, enabled account (sessions re-read it, so a disabled user stops at once). */
    public Principal principal(String username) {
        Accounts.User u = Accounts.find(db, username);
        return u == null || u.disabled() ? null : principal(u, true);
    }

    private static Principal principal(Accounts.User u, boolean write) {
        return new Principal(u.username(), Role.parse(u.role()), u.enterprises(), u.provinces(), write);
    }

    /** A new token: returns the secret, shown once; only its hash is kept. */
    public String createToken(String actor, String username, String scope, Duration life) {
        if (!scope.equals("read") && !scope.equals("write")) throw new IllegalArgumentException("scope: read or write");
        String id = Secrets.sha256(Secrets.random()).substring(0, 12);
        String secret = "mtk_" + id + "_" + Secrets.random();
        Instant now = clock.instant();
        Accounts.createToken(db, actor, id, username, Secrets.sha256(secret), scope, now, now.plus(life));
        return secret;
    }

    /** A token's id: the 12 hex digits after "mtk_". */
    public static String tokenId(String secret) { return secret.substring(4, 16); }

    public boolean revokeToken(String actor, String id) {
        try {
            return Accounts.revokeToken(db, actor, id, clock.instant());
        } finally {
            changed();
        }
    }

    /** Revokes one of {@code username}'s own tokens; false when it has no such live token (another user's included). */
    public boolean revokeOwnToken(String username, String id) {
        for (Accounts.TokenInfo t : Accounts.tokens(db, username))
            if (t.id().equals(id)) return revokeToken(username, id);
        return false;
    }

    /** Longest life a token may be given from the pages and the CLI. */
    public static final Duration MAX_TOKEN_LIFE = Duration.ofDays(366);

    /** A token's life from a number of days given by a person: 1 to 366. */
    public static Duration tokenLife(String days) {
        if (days == null || days.isBlank()) return DEFAULT_TOKEN_LIFE;
        long d;
        try {
            d = Long.parseLong(days.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("days: '" + days + "' is not a whole number");
        }
        if (d < 1 || d > MAX_TOKEN_LIFE.toDays()) throw new IllegalArgumentException("days: 1 to " + MAX_TOKEN_LIFE.toDays());
        return Duration.ofDays(d);
    }

    /** The principal a bearer token stands for; null when unknown, revoked, expired or its user disabled. */
    public Principal fromToken(String secret) {
        if (secret == null || !secret.startsWith("mtk_")) return null;
        String hash = Secrets.sha256(secret);
        Instant now = clock.instant();
        long generation = GENERATION.get();
        Verified v = verified.get(hash);
        if (v != null && v.generation == generation && now.isBefore(v.trustedUntil) && now.isBefore(v.expiresAt)) return v.principal;
        Accounts.Token t = Accounts.tokenByHash(db, hash);
        if (t == null || t.revokedAt() != null || !now.isBefore(t.expiresAt())) return null;
        Accounts.User u = Accounts.find(db, t.username());
        if (u == null || u.disabled()) return null;
        Principal p = principal(u, t.scope().equals("write"));
        if (verified.size() >= TOKEN_CACHE_MAX) verified.clear(); // bounded: many distinct tokens only cost look-ups
        verified.put(hash, new Verified(p, now.plus(TOKEN_CACHE_LIFE), t.expiresAt(), generation));
        return p;
    }
}
