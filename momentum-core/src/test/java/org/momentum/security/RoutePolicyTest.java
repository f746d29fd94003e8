package org.momentum.security;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutePolicyTest {
    private final RoutePolicy policy = new RoutePolicy()
            .allow("GET", "/api/targets/{id}", RoutePolicy.STAFF)
            .allow("GET", "/sdmx/*", RoutePolicy.EVERYONE)
            .allow("POST", "/api/quality/actions", Set.of(Role.ANALYST));

    private static Principal as(Role r) { return new Principal("u", r, Set.of(), Set.of(), true); }

    @Test
    void patternsMatchSegmentsParametersAndTails() {
        assertTrue(RoutePolicy.matches("/api/targets/{id}", "/api/targets/steel"));
        assertFalse(RoutePolicy.matches("/api/targets/{id}", "/api/targets/steel/x"));
        assertFalse(RoutePolicy.matches("/api/targets/{id}", "/api/targets"));
        assertTrue(RoutePolicy.matches("/sdmx/*", "/sdmx/data/A/B"));
        assertTrue(RoutePolicy.matches("/sdmx/*", "/sdmx"));
        assertFalse(RoutePolicy.matches("/sdmx/*", "/sdmxx/a"));
        assertTrue(RoutePolicy.matches("/", "/"));
        assertFalse(RoutePolicy.matches("/", "/x"));
    }

    @Test
    void decisionsFailClosed() {
        assertEquals(RoutePolicy.Decision.ALLOW, policy.decide("GET", "/api/targets/a", as(Role.ANALYST)));
        assertEquals(RoutePolicy.Decision.UNAUTHENTICATED, policy.decide("GET", "/api/targets/a", Principal.ANONYMOUS));
        assertEquals(RoutePolicy.Decision.FORBIDDEN, policy.decide("GET", "/api/targets/a", as(Role.REPORTER)));
        assertEquals(RoutePolicy.Decision.NO_POLICY, policy.decide("DELETE", "/api/targets/a", as(Role.ADMIN)));
        assertEquals(RoutePolicy.Decision.NO_POLICY, policy.decide("GET", "/api/unknown", as(Role.ADMIN)));
        Principal readOnly = new Principal("t", Role.ANALYST, Set.of(), Set.of(), false);
        assertEquals(RoutePolicy.Decision.FORBIDDEN, policy.decide("POST", "/api/quality/actions", readOnly));
        assertEquals(RoutePolicy.Decision.ALLOW, policy.decide("POST", "/api/quality/actions", as(Role.ANALYST)));
    }

    @Test
    void bindingsLimitEnterprisesAndProvinces() {
        Principal firm = new Principal("f", Role.REPORTER, Set.of("E1"), Set.of(), true);
        assertTrue(firm.mayReadEnterprise("E1", "110101"));
        assertFalse(firm.mayReadEnterprise("E2", "110101"));
        assertFalse(firm.mayReadProvince("110000"));
        Principal beijing = new Principal("b", Role.ANALYST, Set.of(), Set.of("110000"), true);
        assertTrue(beijing.mayReadEnterprise("E9", "110105"));
        assertFalse(beijing.mayReadEnterprise("E9", "310101"));
        assertFalse(beijing.isNationalAnalyst());
        assertTrue(new Principal("n", Role.ANALYST, Set.of(), Set.of(), true).mayReadProvince("310101"));
        assertFalse(Principal.ANONYMOUS.mayReadProvince("110000"));
    }
}
