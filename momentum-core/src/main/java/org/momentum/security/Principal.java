package org.momentum.security;

import java.util.Set;

/**
 * An authenticated (or anonymous) caller with the data it is bound to. A reporter is bound to enterprise ids; an
 * analyst to provinces (NN0000), or to none, which means national. {@code write} is false for a read-only API token.
 */
public record Principal(String name, Role role, Set<String> enterprises, Set<String> provinces, boolean write) {
    public Principal {
        enterprises = Set.copyOf(enterprises);
        provinces = Set.copyOf(provinces);
    }

    public static final Principal ANONYMOUS = new Principal("public", Role.PUBLIC, Set.of(), Set.of(), false);

    public boolean isNationalAnalyst() { return role == Role.ANALYST && provinces.isEmpty(); }

    /** Staff who may see all microdata: national analysts, publishers, administrators. */
    public boolean seesAllMicrodata() { return isNationalAnalyst() || role == Role.PUBLISHER || role == Role.ADMIN; }

    /** Whether this caller may see data of a province (a code NN0000, or any region code whose first two digits name it). */
    public boolean mayReadProvince(String region) {
        if (seesAllMicrodata()) return true;
        return role == Role.ANALYST && region != null && region.length() >= 2 && provinces.contains(region.substring(0, 2) + "0000");
    }

    /** Whether this caller may see one enterprise's reports: the enterprise itself, or staff covering its province. */
    public boolean mayReadEnterprise(String enterpriseId, String region) {
        if (role == Role.REPORTER) return enterprises.contains(enterpriseId);
        return mayReadProvince(region);
    }
}
