package org.momentum.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.releases.MutableClock;
import org.momentum.security.Role;
import org.momentum.store.Accounts;
import org.momentum.store.Database;

/**
 * Verified tokens are kept for {@link AccountService#TOKEN_CACHE_LIFE} (issue 9: two queries a request were a fifth
 * of a submission's cost); changes made in this JVM void them at once, changes made behind its back (another process
 * on a shared PostgreSQL, here the store called directly) within that time.
 */
class TokenCacheTest {
    @TempDir Path dir;
    Database db;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    AccountService accounts;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:duckdb:" + dir.resolve("t.duckdb"));
        accounts = new AccountService(db, clock);
        accounts.create("test", "robot", Role.ANALYST, "a long enough password".toCharArray(), Set.of(), Set.of());
    }

    @AfterEach
    void close() { db.close(); }

    @Test
    void aChangeBehindTheServersBackTakesEffectWithinTheCacheLife() {
        String secret = accounts.createToken("test", "robot", "write", Duration.ofDays(1));
        assertNotNull(accounts.fromToken(secret));
        // revoked in the store without this JVM's AccountService (as another process would)
        assertTrue(Accounts.revokeToken(db, "other.process", AccountService.tokenId(secret), clock.instant()));
        assertNotNull(accounts.fromToken(secret), "still trusted from the cache");
        clock.set(clock.instant().plus(AccountService.TOKEN_CACHE_LIFE));
        assertNull(accounts.fromToken(secret), "read again once the cache life is over");
    }

    @Test
    void aChangeThroughAnyAccountServiceOfThisJvmTakesEffectAtOnce() {
        String secret = accounts.createToken("test", "robot", "write", Duration.ofDays(1));
        assertEquals("robot", accounts.fromToken(secret).name());
        new AccountService(db, clock).disable("admin", "robot", true);
        assertNull(accounts.fromToken(secret), "a disabled user's token stops at once");
        new AccountService(db, clock).disable("admin", "robot", false);
        assertNotNull(accounts.fromToken(secret));
        new AccountService(db, clock).revokeToken("admin", AccountService.tokenId(secret));
        assertNull(accounts.fromToken(secret), "a revoked token stops at once");
    }

    @Test
    void aCachedTokenStillExpiresOnTime() {
        String secret = accounts.createToken("test", "robot", "read", Duration.ofSeconds(3));
        assertNotNull(accounts.fromToken(secret));
        clock.set(clock.instant().plusSeconds(3));
        assertNull(accounts.fromToken(secret), "expired, though cached less than the cache life ago");
    }
}
