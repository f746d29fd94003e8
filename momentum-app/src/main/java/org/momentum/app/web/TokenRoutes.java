package org.momentum.app.web;

import static org.momentum.app.web.Html.esc;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.momentum.app.security.AccountService;
import org.momentum.security.Principal;
import org.momentum.store.Accounts;
import org.momentum.store.Database;

/**
 * API tokens on pages: {@code /account}, where a signed-in user sees, creates and revokes its own tokens, and
 * {@code /admin/tokens}, where an administrator does so for any user. A new token's secret is shown once, on the
 * answer to the form that created it (only its hash is kept). Tokens are managed from a password session only:
 * a token cannot mint or revoke tokens, so a leaked one cannot make itself a successor.
 */
public final class TokenRoutes {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Database db;
    private final AccountService accounts;
    private final Clock clock;

    public TokenRoutes(Database db, AccountService accounts, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/account", ctx -> account(ctx, 200, null, null));
        routes.post("/account/tokens", this::createOwn);
        routes.post("/account/tokens/{id}/revoke", this::revokeOwn);
        routes.get("/admin/tokens", ctx -> admin(ctx, 200, null, null));
        routes.post("/admin/tokens", this::createAny);
        routes.post("/admin/tokens/{id}/revoke", this::revokeAny);
    }

    private static void requireSession(Context ctx) {
        if (Security.session(ctx) == null) throw new Security.Denied(403, "sign in with your password to manage tokens");
    }

    private void createOwn(Context ctx) {
        requireSession(ctx);
        Principal me = Security.principal(ctx);
        String secret;
        try {
            secret = accounts.createToken(me.name(), me.name(), scope(ctx), AccountService.tokenLife(ctx.formParam("days")));
        } catch (IllegalArgumentException e) {
            account(ctx, 400, e.getMessage(), null);
            return;
        }
        account(ctx, 201, null, secret);
    }

    private void revokeOwn(Context ctx) {
        requireSession(ctx);
        if (!accounts.revokeOwnToken(Security.principal(ctx).name(), ctx.pathParam("id"))) {
            account(ctx, 404, "you have no live token " + ctx.pathParam("id"), null);
            return;
        }
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    private void createAny(Context ctx) {
        requireSession(ctx);
        String secret;
        try {
            String user = ctx.formParam("username");
            if (user == null || user.isBlank()) throw new IllegalArgumentException("username is required");
            if (Accounts.find(db, user.trim()) == null) throw new IllegalArgumentException("no user " + user.trim());
            secret = accounts.createToken(Security.principal(ctx).name(), user.trim(), scope(ctx), AccountService.tokenLife(ctx.formParam("days")));
        } catch (IllegalArgumentException e) {
            admin(ctx, 400, e.getMessage(), null);
            return;
        }
        admin(ctx, 201, null, secret);
    }

    private void revokeAny(Context ctx) {
        requireSession(ctx);
        if (!accounts.revokeToken(Security.principal(ctx).name(), ctx.pathParam("id"))) {
            admin(ctx, 404, "no live token " + ctx.pathParam("id"), null);
            return;
        }
        ctx.redirect("/admin/tokens", HttpStatus.SEE_OTHER);
    }

    private static String scope(Context ctx) {
        String s = ctx.formParam("scope");
        return s == null ? "" : s.trim();
    }

    // ---- pages ----

    private void account(Context ctx, int status, String error, String secret) {
        Principal me = Security.principal(ctx);
        StringBuilder b = head("Your account 我的账户", error, secret);
        b.append("<p>").append(esc(me.name())).append(" — ").append(esc(me.role().code()));
        if (!me.enterprises().isEmpty()) b.append(" — enterprises 企业 ").append(esc(String.join(" ", new java.util.TreeSet<>(me.enterprises()))));
        if (!me.provinces().isEmpty()) b.append(" — provinces 省份 ").append(esc(String.join(" ", new java.util.TreeSet<>(me.provinces()))));
        b.append("</p><h2>API tokens 接口令牌</h2>");
        table(b, ctx, Accounts.tokens(db, me.name()), "/account/tokens/", false);
        b.append("<h2>New token 新令牌</h2><form method=\"post\" action=\"/account/tokens\">").append(hidden(ctx));
        fields(b, false);
        ctx.status(status).html(b.append("</main></body></html>").toString());
    }

    private void admin(Context ctx, int status, String error, String secret) {
        StringBuilder b = head("API tokens 接口令牌", error, secret);
        b.append("<p><a href=\"/admin/users\">Users 用户</a></p>");
        table(b, ctx, Accounts.tokens(db, null), "/admin/tokens/", true);
        b.append("<h2>New token 新令牌</h2><form method=\"post\" action=\"/admin/tokens\">").append(hidden(ctx));
        fields(b, true);
        ctx.status(status).html(b.append("</main></body></html>").toString());
    }

    private static StringBuilder head(String title, String error, String secret) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append(" — Momentum</title><style>").append(HeadlinePage.CSS).append("</style></head><body><main><h1>").append(esc(title)).append("</h1>");
        if (error != null) b.append("<p role=\"alert\">").append(esc(error)).append("</p>");
        if (secret != null)
            b.append("<p role=\"status\">New token, shown this once (only its hash is kept) 新令牌仅显示一次：</p><p><code id=\"new-token\">")
                    .append(esc(secret)).append("</code></p><p>Send it as <code>Authorization: Bearer &lt;token&gt;</code>.</p>");
        return b;
    }

    private void table(StringBuilder b, Context ctx, List<Accounts.TokenInfo> tokens, String revokeBase, boolean withUser) {
        Instant now = clock.instant();
        b.append("<table><tr><th>id</th>").append(withUser ? "<th>user 用户</th>" : "")
                .append("<th>scope 权限</th><th>created 创建</th><th>expires 到期</th><th>state 状态</th><th></th></tr>");
        for (Accounts.TokenInfo t : tokens) {
            String state = t.revokedAt() != null ? "revoked 已撤销 " + TIME.format(t.revokedAt())
                    : now.isBefore(t.expiresAt()) ? "live 有效" : "expired 已过期";
            b.append("<tr><td><code>").append(esc(t.id())).append("</code></td>");
            if (withUser) b.append("<td>").append(esc(t.username())).append("</td>");
            b.append("<td>").append(esc(t.scope())).append("</td><td>").append(TIME.format(t.createdAt())).append("</td><td>")
                    .append(TIME.format(t.expiresAt())).append("</td><td>").append(esc(state)).append("</td><td>");
            if (t.revokedAt() == null && now.isBefore(t.expiresAt()))
                b.append("<form method=\"post\" action=\"").append(esc(revokeBase + t.id() + "/revoke")).append("\">").append(hidden(ctx))
                        .append("<button>revoke 撤销</button></form>");
            b.append("</td></tr>");
        }
        b.append("</table>");
        if (tokens.isEmpty()) b.append("<p>No tokens. 暂无令牌。</p>");
    }

    private static void fields(StringBuilder b, boolean withUser) {
        if (withUser) b.append("<p><label>user 用户名 <input name=\"username\" required maxlength=\"64\"></label></p>");
        b.append("<p><label>scope 权限 <select name=\"scope\"><option value=\"read\">read (GET only)</option><option value=\"write\">write</option></select></label> ")
                .append("<label>days 天数 <input name=\"days\" type=\"number\" min=\"1\" max=\"").append(AccountService.MAX_TOKEN_LIFE.toDays())
                .append("\" value=\"").append(AccountService.DEFAULT_TOKEN_LIFE.toDays()).append("\"></label> <button>create 创建</button></p></form>");
    }

    private static String hidden(Context ctx) {
        String csrf = Security.session(ctx) == null ? "" : Security.session(ctx).csrf();
        return "<input type=\"hidden\" name=\"" + Security.CSRF_FIELD + "\" value=\"" + esc(csrf) + "\">";
    }
}
