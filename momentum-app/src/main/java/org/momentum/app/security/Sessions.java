package org.momentum.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions, in memory (a restart logs everyone out). The cookie carries only a random id; each
 * session has its own CSRF token. Idle and absolute timeouts as OWASP Session Management suggests for
 * high-value applications (15-30 min idle; a few hours absolute).
 */
public final class Sessions {
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE = Duration.ofHours(8);

    public record Session(String id, String username, String csrf, Instant created, Instant lastSeen) {}

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) { this.clock = clock; }

    public Session open(String username) {
        Instant now = clock.instant();
        Session s = new Session(Secrets.random(), username, Secrets.random(), now, now);
        byId.put(s.id(), s);
        return s;
    }

    /** The live session with this id, touched; null when unknown or expired. */
    public Session find(String id) {
        if (id == null) return null;
        Session s = byId.get(id);
        if (s == null) return null;
        Instant now = clock.instant();
        if (now.isAfter(s.lastSeen().plus(IDLE)) || now.isAfter(s.created().plus(ABSOLUTE))) {
            byId.remove(id);
            return null;
        }
        Session touched = new Session(s.id(), s.username(), s.csrf(), s.created(), now);
        byId.put(id, touched);
        return touched;
    }

    public void close(String id) {
        if (id != null) byId.remove(id);
    }

    /** Ends every session of a user (disabled or password reset). */
    public void closeAll(String username) {
        byId.values().removeIf(s -> s.username().equals(username));
    }
}
