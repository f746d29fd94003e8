package org.momentum.app.web;

import static org.momentum.app.web.Html.esc;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.momentum.app.security.AccountService;
import org.momentum.app.security.Secrets;
import org.momentum.app.security.Sessions;

/**
 * {@code GET/POST /login} and {@code POST /logout}. Besides the per-account lockout, each client address may fail
 * at most {@link #MAX_FAILURES_PER_ADDRESS} times per {@link #WINDOW} (then 429), which slows password spraying.
 */
public final class AuthRoutes {
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private record Failures(Instant since, int count) {}

    private final AccountService accounts;
    private final Sessions sessions;
    private final Security security;
    private final Clock clock;
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public AuthRoutes(AccountService accounts, Sessions sessions, Security security, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.security = security;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/login", ctx -> form(ctx, 200, null));
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
    }

    private void form(Context ctx, int status, String error) {
        boolean zh = "zh".equals(ctx.queryParam("lang"));
        String token = Secrets.random();
        ctx.cookie(security.cookie(Security.LOGIN_CSRF_COOKIE, token, 600));
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"").append(zh ? "zh" : "en")
                .append("\"><head><meta charset=\"utf-8\"><title>").append(zh ? "登录 — Momentum" : "Log in — Momentum")
                .append("</title><style>").append(HeadlinePage.CSS).append("</style></head><body><main><h1>")
                .append(zh ? "登录" : "Log in").append("</h1>");
        if (error != null) b.append("<p role=\"alert\">").append(esc(error)).append("</p>");
        b.append("<form method=\"post\" action=\"/login").append(zh ? "?lang=zh" : "").append("\">")
                .append("<input type=\"hidden\" name=\"").append(Security.CSRF_FIELD).append("\" value=\"").append(esc(token)).append("\">")
                .append("<p><label>").append(zh ? "用户名" : "User name")
                .append(" <input name=\"username\" autocomplete=\"username\" required maxlength=\"64\"></label></p>")
                .append("<p><label>").append(zh ? "密码" : "Password")
                .append(" <input type=\"password\" name=\"password\" autocomplete=\"current-password\" required></label></p>")
                .append("<p><button type=\"submit\">").append(zh ? "登录" : "Log in").append("</button></p></form>")
                .append("<p><a href=\"/login").append(zh ? "\">English" : "?lang=zh\">中文").append("</a></p></main></body></html>");
        ctx.status(status).html(b.toString());
    }

    private void login(Context ctx) {
        boolean zh = "zh".equals(ctx.queryParam("lang"));
        String address = ctx.ip();
        Instant now = clock.instant();
        Failures f = byAddress.get(address);
        if (f != null && now.isBefore(f.since().plus(WINDOW)) && f.count() >= MAX_FAILURES_PER_ADDRESS) {
            form(ctx, 429, zh ? "失败次数过多，请稍后再试。" : "Too many failed attempts; try again later.");
            return;
        }
        String username = ctx.formParam("username");
        String password = ctx.formParam("password");
        AccountService.LoginResult r = accounts.login(username == null ? "" : username.trim(),
                (password == null ? "" : password).toCharArray());
        if (r instanceof AccountService.Ok ok) {
            byAddress.remove(address);
            String old = ctx.cookie(Security.SESSION_COOKIE);
            sessions.close(old); // a fresh id at login: no session fixation
            Sessions.Session s = sessions.open(ok.principal().name());
            ctx.cookie(security.cookie(Security.SESSION_COOKIE, s.id(), -1));
            ctx.removeCookie(Security.LOGIN_CSRF_COOKIE, "/");
            String home = ok.principal().role() == org.momentum.security.Role.REPORTER ? "/portal" : "/"; // reporters land on their form
            ctx.redirect(zh ? home + "?lang=zh" : home, io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        byAddress.compute(address, (k, v) -> v == null || !now.isBefore(v.since().plus(WINDOW)) ? new Failures(now, 1) : new Failures(v.since(), v.count() + 1));
        // one message whatever the reason, so that names, lockouts and disabled accounts do not leak
        form(ctx, 401, zh ? "用户名或密码错误，或账户已锁定。" : "Wrong user name or password, or the account is locked.");
    }

    private void logout(Context ctx) {
        Sessions.Session s = Security.session(ctx);
        if (s != null) sessions.close(s.id());
        ctx.removeCookie(Security.SESSION_COOKIE, "/");
        ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    }
}
