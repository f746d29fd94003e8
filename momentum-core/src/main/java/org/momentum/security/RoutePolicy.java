package org.momentum.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one table that says who may call which route. A pattern is a path whose segments match literally, a
 * {@code {name}} segment matches any one segment, and a final {@code *} matches the rest (e.g. {@code /sdmx/*}).
 * The first matching rule wins; a route with no rule is refused (fail closed).
 * Row-level limits (which enterprise, which province) are the handlers' business, with {@link Principal}.
 */
public final class RoutePolicy {
    /** One row: method (GET, POST…, or * for any), pattern, roles allowed. */
    public record Rule(String method, String pattern, Set<Role> roles) {
        public Rule {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        }

        boolean matches(String m, String path) {
            return (method.equals("*") || method.equalsIgnoreCase(m)) && RoutePolicy.matches(pattern, path);
        }
    }

    public enum Decision { ALLOW, UNAUTHENTICATED, FORBIDDEN, NO_POLICY }

    private final List<Rule> rules = new ArrayList<>();

    public static final Set<Role> EVERYONE = Set.of(Role.values());
    public static final Set<Role> STAFF = Set.of(Role.ANALYST, Role.PUBLISHER, Role.ADMIN);

    public RoutePolicy allow(String method, String pattern, Set<Role> roles) {
        rules.add(new Rule(method, pattern, roles));
        return this;
    }

    public List<Rule> rules() { return List.copyOf(rules); }

    public Optional<Rule> rule(String method, String path) {
        for (Rule r : rules) if (r.matches(method, path)) return Optional.of(r);
        return Optional.empty();
    }

    /** The decision for a caller; a read-only principal (API token scoped to read) may only GET. */
    public Decision decide(String method, String path, Principal who) {
        Optional<Rule> r = rule(method, path);
        if (r.isEmpty()) return Decision.NO_POLICY;
        if (!r.get().roles().contains(who.role()))
            return who.role() == Role.PUBLIC ? Decision.UNAUTHENTICATED : Decision.FORBIDDEN;
        boolean reads = method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("HEAD");
        if (!reads && !who.write() && who.role() != Role.PUBLIC) return Decision.FORBIDDEN;
        return Decision.ALLOW;
    }

    /** Whether a path matches a pattern of this table's syntax. */
    public static boolean matches(String pattern, String path) {
        String[] p = split(pattern), s = split(path);
        for (int i = 0; i < p.length; i++) {
            if (p[i].equals("*") && i == p.length - 1) return s.length >= i;
            if (i >= s.length) return false;
            if (p[i].startsWith("{") && p[i].endsWith("}")) continue;
            if (!p[i].equals(s[i])) return false;
        }
        return p.length == s.length;
    }

    private static String[] split(String path) {
        String t = path.startsWith("/") ? path.substring(1) : path;
        if (t.endsWith("/")) t = t.substring(0, t.length() - 1);
        return t.isEmpty() ? new String[0] : t.split("/", -1);
    }
}
