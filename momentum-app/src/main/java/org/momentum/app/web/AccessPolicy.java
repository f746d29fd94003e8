package org.momentum.app.web;

import static org.momentum.security.RoutePolicy.EVERYONE;
import static org.momentum.security.RoutePolicy.STAFF;

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
                .allow("GET", "/login", EVERYONE)
                .allow("POST", "/login", EVERYONE)
                .allow("POST", "/logout", ACCOUNT)
                // analysts' working data: aggregates before publication
                .allow("GET", "/api/indicators", STAFF)
                .allow("GET", "/working", STAFF)               // the working headline page (not a release)
                .allow("GET", "/api/adjusted", STAFF)          // the last computation's adjustment (releases publish .sa series)
                .allow("GET", "/adjusted", STAFF)
                .allow("GET", "/api/outlook", STAFF)           // the latest compute's vintage; releases publish /api/forecasts
                .allow("GET", "/api/forecasts/accuracy", STAFF)
                .allow("GET", "/metrics", Set.of(Role.ADMIN))  // operations: scraped with an administrator's read token
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
                // administration
                .allow("GET", "/admin/users", Set.of(Role.ADMIN))
                .allow("POST", "/admin/users", Set.of(Role.ADMIN))
                .allow("POST", "/admin/users/{username}/{action}", Set.of(Role.ADMIN));
    }
}
