package org.momentum.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.momentum.app.security.AccountService;
import org.momentum.app.security.Secrets;
import org.momentum.app.security.Sessions;
import org.momentum.security.Principal;
import org.momentum.security.RoutePolicy;

/**
 * Runs before every handler: security headers, who is calling (session cookie or Bearer token), the CSRF check
 * on every state-changing request made with a session, and the decision of {@link AccessPolicy}'s table.
 */
public final class Security {
    public static final String SESSION_COOKIE = "momentum_session";
    static final String LOGIN_CSRF_COOKIE = "momentum_login_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "_csrf";
    private static final String PRINCIPAL = "momentum.principal";
    private static final String SESSION = "momentum.session";
    /** Largest request body accepted (JSON actions and forms are a few kB; no uploads over HTTP yet). */
    public static final long MAX_REQUEST_BYTES = 1_000_000;

    // no inline scripts anywhere; pages keep their small inline <style>, so style-src alone allows it
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final java.util.Map<String, AccessPolicy.Scope> PROVINCIAL = AccessPolicy.provincialScope();

    private final AccountService accounts;
    private final Sessions sessions;
    private final RoutePolicy policy;
    private final boolean secureCookies;

    public Security(AccountService accounts, Sessions sessions, RoutePolicy policy, boolean secureCookies) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.policy = policy;
        this.secureCookies = secureCookies;
    }

    public void register(JavalinConfig cfg) {
        cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
        cfg.routes.before(this::before);
        cfg.routes.exception(Denied.class, (e, ctx) -> {
            ctx.status(e.status).contentType("application/json; charset=utf-8")
                    .result("{\"error\":\"" + e.getMessage() + "\"}");
        });
    }

    /** The caller; anonymous when not logged in. */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        return p == null ? Principal.ANONYMOUS : p;
    }

    /** The caller's session (null with a token or anonymous). */
    static Sessions.Session session(Context ctx) { return ctx.attribute(SESSION); }

    private void before(Context ctx) {
        headers(ctx);
        // refuse a large body before anything reads it (Javalin's own limit applies to bodies of unknown length)
        if (ctx.contentLength() > MAX_REQUEST_BYTES) throw tooLarge();
        // a body of unknown length (chunked) is read here, up to the limit, so that every changing route refuses a
        // large one alike, whether or not its handler reads the body (it is kept: handlers read it again)
        if (ctx.contentLength() < 0 && !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) {
            try {
                ctx.bodyAsBytes();
            } catch (io.javalin.http.HttpResponseException e) {
                if (e.getStatus() == 413) throw tooLarge();
                throw e;
            }
        }
        String method = ctx.method().name().equals("HEAD") ? "GET" : ctx.method().name();
        Principal who = Principal.ANONYMOUS;
        Sessions.Session session = null;
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            who = accounts.fromToken(auth.substring(7).trim());
            if (who == null) throw new Denied(401, "the token is unknown, expired or revoked");
        } else {
            session = sessions.find(ctx.cookie(SESSION_COOKIE));
            if (session != null) {
                who = accounts.principal(session.username());
                if (who == null) {
                    sessions.close(session.id());
                    session = null;
                    who = Principal.ANONYMOUS;
                }
            }
        }
        boolean changes = !method.equals("GET") && !method.equals("OPTIONS");
        if (changes && session != null) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null && isForm(ctx)) sent = ctx.formParam(CSRF_FIELD);
            if (!Secrets.same(sent, session.csrf())) throw new Denied(403, "missing or wrong CSRF token");
        } else if (changes && ctx.path().equals("/login")) {
            String sent = isForm(ctx) ? ctx.formParam(CSRF_FIELD) : null;
            if (!Secrets.same(sent, ctx.cookie(LOGIN_CSRF_COOKIE))) throw new Denied(403, "missing or wrong CSRF token");
        }
        ctx.attribute(PRINCIPAL, who);
        if (session != null) ctx.attribute(SESSION, session);
        switch (policy.decide(method, ctx.path(), who)) {
            case ALLOW -> { }
            case UNAUTHENTICATED -> throw new Denied(401, "log in or send a Bearer token");
            case FORBIDDEN -> throw new Denied(403, "not allowed for this account");
            case NO_POLICY -> throw new Denied(404, "not found");
        }
        if (who.role() == org.momentum.security.Role.ANALYST && !who.provinces().isEmpty()) provincial(ctx, who);
    }

    /** An analyst bound to provinces sees working aggregates of its provinces only (AccessPolicy.provincialScope). */
    private static void provincial(Context ctx, Principal who) {
        for (var e : PROVINCIAL.entrySet()) {
            if (!RoutePolicy.matches(e.getKey(), ctx.path())) continue;
            String region = ctx.queryParam("region");
            boolean national = region == null || region.isBlank() || region.trim().equals("ALL");
            if (e.getValue() == AccessPolicy.Scope.NATIONAL || national || !who.mayReadProvince(region.trim()))
                throw new Denied(403, "this account sees only its provinces' data");
            return;
        }
    }

    private static Denied tooLarge() {
        return new Denied(413, "the request body is larger than " + MAX_REQUEST_BYTES + " bytes");
    }

    private static boolean isForm(Context ctx) {
        String t = ctx.contentType();
        if (t == null) return false;
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        // a page's file upload (the portal's CSV) carries the token as a field of its multipart form
        return lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/form-data");
    }

    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    Cookie cookie(String name, String value, int maxAge) {
        return new Cookie(name, value, "/", maxAge, secureCookies, true, null, SameSite.STRICT);
    }

    /** A refusal whose message is safe to show (fixed strings only). */
    static final class Denied extends RuntimeException {
        final int status;

        Denied(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
