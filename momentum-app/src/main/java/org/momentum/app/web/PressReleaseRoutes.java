package org.momentum.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import org.momentum.app.cli.Clocks;
import org.momentum.app.releases.press.PressReleasePdf;
import org.momentum.app.releases.press.PressReleases;
import org.momentum.dissemination.Release;
import org.momentum.security.RoutePolicy;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;

/**
 * /releases/{id}/press (HTML) and /releases/{id}/press.pdf, in English or Chinese ({@code ?lang=en|zh}). The public
 * sees a release's press release once the release is public by the clock (embargo respected); staff may preview a
 * draft or approved one. Anything else is "no public release", as the API says it.
 */
public final class PressReleaseRoutes {
    private final Database db;
    private final ReferenceData ref;
    private final Clock clock;

    public PressReleaseRoutes(Database db, ReferenceData ref, Clock clock) {
        this.db = db;
        this.ref = ref;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/releases/{id}/press", this::page);
        routes.get("/releases/{id}/press.pdf", this::pdf);
    }

    private void page(Context ctx) {
        Release r = release(ctx);
        ctx.html(PressReleases.html(db, ref, r, lang(ctx), true));
    }

    private void pdf(Context ctx) {
        Release r = release(ctx);
        String lang = lang(ctx);
        byte[] pdf;
        try {
            pdf = PressReleases.pdf(db, ref, r, lang);
        } catch (PressReleasePdf.NoCjkFont e) {
            // the server lacks a font: say what to install rather than send a PDF with empty boxes
            ctx.status(503).contentType("application/json; charset=utf-8")
                    .result("{\"error\":" + new com.fasterxml.jackson.databind.node.TextNode(e.getMessage()) + "}");
            return;
        }
        ctx.contentType("application/pdf").header("Content-Disposition", "inline; filename=\"momentum-release-" + r.id() + "-" + lang + ".pdf\"")
                .result(pdf);
    }

    /** The release if this caller may read it now; a draft is shown to staff only, and never cached. */
    private Release release(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new Server.BadRequest("id: '" + ctx.pathParam("id") + "' is not a release number");
        }
        Release r = Releases.get(db, id);
        if (r != null && r.isPublicAt(Clocks.now(clock))) return r;
        if (r != null && PressReleases.hasNumbers(r) && RoutePolicy.STAFF.contains(Security.principal(ctx).role())) {
            ctx.header("Cache-Control", "no-store");
            return r;
        }
        throw new ReleaseRoutes.NotFound("there is no public release " + id);
    }

    private static String lang(Context ctx) {
        String l = ctx.queryParam("lang");
        if (l == null || l.isBlank() || l.equals("en")) return "en";
        if (l.equals("zh")) return "zh";
        throw new Server.BadRequest("lang: '" + l + "' is not en or zh");
    }
}
