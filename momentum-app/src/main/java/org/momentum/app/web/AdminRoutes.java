package org.momentum.app.web;

import static org.momentum.app.web.Html.esc;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.momentum.app.security.AccountService;
import org.momentum.app.security.Sessions;
import org.momentum.security.Role;
import org.momentum.store.Accounts;
import org.momentum.store.Database;

/** User administration pages (administrators only): list, create, disable/enable, reset a password. */
public final class AdminRoutes {
    private final Database db;
    private final AccountService accounts;
    private final Sessions sessions;

    public AdminRoutes(Database db, AccountService accounts, Sessions sessions) {
        this.db = db;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/users", ctx -> page(ctx, 200, null));
        routes.post("/admin/users", this::create);
        routes.post("/admin/users/{username}/{action}", this::change);
    }

    private void create(Context ctx) {
        try {
            accounts.create(Security.principal(ctx).name(), field(ctx, "username"), Role.parse(field(ctx, "role")),
                    field(ctx, "password").toCharArray(), codes(ctx.formParam("enterprises")), codes(ctx.formParam("provinces")));
        } catch (IllegalArgumentException e) {
            page(ctx, 400, e.getMessage());
            return;
        }
        ctx.redirect("/admin/users", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void change(Context ctx) {
        String user = ctx.pathParam("username");
        String actor = Security.principal(ctx).name();
        try {
            switch (ctx.pathParam("action")) {
                case "disable" -> accounts.disable(actor, user, true);
                case "enable" -> accounts.disable(actor, user, false);
                case "reset" -> accounts.reset(actor, user, field(ctx, "password").toCharArray());
                default -> throw new IllegalArgumentException("action: disable, enable or reset");
            }
        } catch (IllegalArgumentException e) {
            page(ctx, 400, e.getMessage());
            return;
        }
        sessions.closeAll(user); // a disabled account or a new password ends its sessions
        ctx.redirect("/admin/users", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        if (v == null || v.isBlank()) throw new IllegalArgumentException(name + " is required");
        return name.equals("password") ? v : v.trim();
    }

    static Set<String> codes(String list) {
        Set<String> out = new LinkedHashSet<>();
        if (list != null) Arrays.stream(list.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    private void page(Context ctx, int status, String error) {
        String csrf = Security.session(ctx) == null ? "" : Security.session(ctx).csrf();
        String hidden = "<input type=\"hidden\" name=\"" + Security.CSRF_FIELD + "\" value=\"" + esc(csrf) + "\">";
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Users — Momentum</title><style>")
                .append(HeadlinePage.CSS).append("</style></head><body><main><h1>Users 用户</h1><p><a href=\"/admin/tokens\">API tokens 接口令牌</a></p>");
        if (error != null) b.append("<p role=\"alert\">").append(esc(error)).append("</p>");
        b.append("<table><tr><th>user</th><th>role</th><th>enterprises</th><th>provinces</th><th>state</th><th></th></tr>");
        for (Accounts.User u : Accounts.list(db)) {
            String base = "/admin/users/" + esc(u.username()) + "/";
            b.append("<tr><td>").append(esc(u.username())).append("</td><td>").append(esc(u.role())).append("</td><td>")
                    .append(esc(String.join(" ", u.enterprises()))).append("</td><td>").append(esc(String.join(" ", u.provinces())))
                    .append("</td><td>").append(u.disabled() ? "disabled 已停用" : "active 有效").append("</td><td>")
                    .append("<form method=\"post\" action=\"").append(base).append(u.disabled() ? "enable" : "disable").append("\">").append(hidden)
                    .append("<button>").append(u.disabled() ? "enable 启用" : "disable 停用").append("</button></form>")
                    .append("<form method=\"post\" action=\"").append(base).append("reset\">").append(hidden)
                    .append("<input type=\"password\" name=\"password\" required minlength=\"12\" autocomplete=\"new-password\"><button>reset 重置</button></form>")
                    .append("</td></tr>");
        }
        b.append("</table><h2>New user 新用户</h2><form method=\"post\" action=\"/admin/users\">").append(hidden)
                .append("<p><label>user 用户名 <input name=\"username\" required maxlength=\"64\"></label> ")
                .append("<label>role 角色 <select name=\"role\"><option>reporter</option><option>analyst</option><option>publisher</option><option>admin</option></select></label></p>")
                .append("<p><label>enterprises 企业 <input name=\"enterprises\"></label> <label>provinces 省份 <input name=\"provinces\"></label></p>")
                .append("<p><label>password 密码 <input type=\"password\" name=\"password\" required minlength=\"12\" autocomplete=\"new-password\"></label> ")
                .append("<button>create 创建</button></p></form></main></body></html>");
        ctx.status(status).html(b.toString());
    }
}
