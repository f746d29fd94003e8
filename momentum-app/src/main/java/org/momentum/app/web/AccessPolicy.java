package org.momentum.app.web;

import static org.momentum.security.RoutePolicy.EVERYONE;
import static org.momentum.security.RoutePolicy.STAFF;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.momentum.security.Role;
import org.momentum.security.RoutePolicy;

/**
 * Who may call which route: the single table the server enforces before every handler (issue 8). A new route
 * needs a line here or it is refused, and SecurityMatrixTest fails. Row limits (own enterprise, own provinces)
 * are applied by the handlers with the caller's {@link org.momentum.security.Principal}.
 */
public final class AccessPolicy {
    private AccessPolicy() {}

    private static final Set<Role> ANALYSTS = Set.of(Role.ANALYST, Role.ADMIN);
    private static final Set<Role> ACCOUNT = Set.of(Role.REPORTER, Role.ANALYST, Role.PUBLISHER, Role.ADMIN);

    public static RoutePolicy table() {
        return new RoutePolicy()
                // public: published releases only (ReleaseRoutes reads what is public by the clock's now)
                .allow("GET", "/", EVERYONE) // the public dashboard (published releases only)
                .allow("GET", "/api/health", EVERYONE)
                .allow("GET", "/api/series", EVERYONE)
                .allow("GET", "/api/series/*", EVERYONE)
                .allow("GET", "/api/releases", EVERYONE)
                .allow("GET", "/api/releases/{id}", EVERYONE)
                .allow("GET", "/api/openapi.json", EVERYONE)
                .allow("GET", "/api/docs", EVERYONE)
                .allow("GET", "/releases", EVERYONE)
                .allow("GET", "/releases/{id}/press", EVERYONE)     // public once the release is; staff preview drafts (PressReleaseRoutes)
                .allow("GET", "/releases/{id}/press.pdf", EVERYONE)
                .allow("GET", "/products/{code}", EVERYONE)    // the public dashboard reads published releases only
                .allow("GET", "/explorer", EVERYONE)
                .allow("GET", "/downloads/*", EVERYONE)
                .allow("GET", "/assets/*", EVERYONE)
                .allow("GET", "/sdmx/*", EVERYONE)             // SDMX serves what the public JSON API serves
                // the outlook and targets as published releases froze them (PublishedRoutes; nothing embargoed)
                .allow("GET", "/api/forecasts", EVERYONE)
                .allow("GET", "/api/targets", EVERYONE)
                .allow("GET", "/api/targets/{id}", EVERYONE)
                .allow("GET", "/api/programmes", EVERYONE)
                .allow("GET", "/api/programmes/{id}", EVERYONE)   // aggregates only: no pilot's own KPI values
                .allow("GET", "/targets", EVERYONE)
                .allow("GET", "/programmes/{id}", EVERYONE)
                .allow("GET", OpsRoutes.CEILING_PATH, EVERYONE) // a fixed body, only with -Dmomentum.bench.ceiling=true (the API benchmark)
                .allow("GET", "/login", EVERYONE)
                .allow("POST", "/login", EVERYONE)
                .allow("POST", "/logout", ACCOUNT)
                .allow("GET", "/account", ACCOUNT)                              // one's own account and API tokens
                .allow("POST", "/account/tokens", ACCOUNT)                      // (from a password session only)
                .allow("POST", "/account/tokens/{id}/revoke", ACCOUNT)
                // analysts' working data: aggregates before publication
                .allow("GET", "/api/indicators", STAFF)
                .allow("GET", "/working", STAFF)               // the working headline page (not a release)
                .allow("GET", "/api/adjusted", STAFF)          // the last computation's adjustment (releases publish .sa series)
                .allow("GET", "/adjusted", STAFF)
                .allow("GET", "/api/outlook", STAFF)           // the latest compute's vintage; releases publish /api/forecasts
                .allow("GET", "/api/forecasts/accuracy", STAFF)
                .allow("GET", "/metrics", Set.of(Role.ADMIN))
                .allow("POST", "/api/admin/backup", Set.of(Role.ADMIN)) // the server backs up the store it holds  // operations: scraped with an administrator's read token
                .allow("GET", "/api/working/targets", STAFF)       // targets on the current data, any month (not a release)
                .allow("GET", "/api/working/targets/{id}", STAFF)
                .allow("GET", "/api/working/programmes", STAFF)    // with each pilot's own KPI values
                .allow("GET", "/api/working/programmes/{id}", STAFF)
                .allow("GET", "/working/targets", STAFF)
                .allow("GET", "/working/programmes/{id}", STAFF)
                // microdata review: analysts (provincial ones see their provinces only)
                .allow("POST", "/api/quality/run", ANALYSTS)
                .allow("GET", "/api/quality/flags", ANALYSTS)
                .allow("POST", "/api/quality/actions", ANALYSTS)
                .allow("GET", "/api/quality/sensitivity", STAFF)
                .allow("GET", "/quality", ANALYSTS)
                // an enterprise's open queries: the enterprise itself, or analysts covering its province
                .allow("GET", "/api/quality/queries", Set.of(Role.REPORTER, Role.ANALYST, Role.ADMIN))
                // enterprises' reports (issue 9): reporters for their own enterprises (checked by the handler), administrators
                .allow("POST", "/api/reports", Set.of(Role.REPORTER, Role.ADMIN))
                .allow("GET", "/api/reports/{enterprise}/{period}", Set.of(Role.REPORTER, Role.ADMIN))
                .allow("GET", "/api/receipts", Set.of(Role.REPORTER, Role.ADMIN))
                // the enterprise portal: a reporter's own enterprises only (PortalRoutes checks the binding)
                .allow("GET", "/portal", Set.of(Role.REPORTER))
                .allow("POST", "/portal", Set.of(Role.REPORTER))
                .allow("GET", "/portal/history", Set.of(Role.REPORTER))
                .allow("POST", "/portal/upload", Set.of(Role.REPORTER))
                .allow("GET", "/portal/receipts/{receipt}", Set.of(Role.REPORTER))
                // the release workflow: staff see it; national analysts and publishers create drafts, publishers approve and publish
                .allow("GET", "/releases/manage", STAFF)
                .allow("POST", "/releases/manage/create", Set.of(Role.ANALYST, Role.PUBLISHER))
                .allow("GET", "/releases/manage/jobs/{job}", Set.of(Role.ANALYST, Role.PUBLISHER))
                .allow("POST", "/releases/manage/{id}/approve", Set.of(Role.PUBLISHER))
                .allow("POST", "/releases/manage/{id}/publish", Set.of(Role.PUBLISHER))
                .allow("POST", "/releases/manage/{id}/discard", Set.of(Role.ANALYST, Role.PUBLISHER))
                // administration
                .allow("GET", "/admin/users", Set.of(Role.ADMIN))
                .allow("POST", "/admin/users", Set.of(Role.ADMIN))
                .allow("POST", "/admin/users/{username}/{action}", Set.of(Role.ADMIN))
                .allow("GET", "/admin/tokens", Set.of(Role.ADMIN))             // every user's API tokens
                .allow("POST", "/admin/tokens", Set.of(Role.ADMIN))
                .allow("POST", "/admin/tokens/{id}/revoke", Set.of(Role.ADMIN));
    }

    /** What a provincial analyst may see of a working-data route (national analysts and the other staff: all of it). */
    public enum Scope {
        /** Aggregates of the region named by the {@code region} query parameter (absent or ALL: the whole country). */
        REGION,
        /** National figures only (no region filter): refused to an analyst bound to provinces. */
        NATIONAL
    }

    /**
     * The working-data routes whose numbers are aggregates over regions, and how {@link Security} limits an analyst
     * bound to provinces on them. Routes that filter rows themselves (the review queue, an enterprise's queries)
     * and the public routes (published releases: the same for everyone) are not here.
     */
    public static Map<String, Scope> provincialScope() {
        Map<String, Scope> m = new LinkedHashMap<>();
        for (String p : new String[] {"/api/indicators", "/api/adjusted", "/adjusted", "/api/outlook", "/api/forecasts/accuracy"})
            m.put(p, Scope.REGION);
        for (String p : new String[] {"/working", "/api/working/targets", "/api/working/targets/{id}", "/api/working/programmes",
                "/api/working/programmes/{id}", "/working/targets", "/working/programmes/{id}", "/api/quality/sensitivity", "/metrics",
                "/releases/manage", "/releases/manage/jobs/{job}", "/releases/manage/create", "/releases/manage/{id}/discard"})
            m.put(p, Scope.NATIONAL);
        return m;
    }
}
