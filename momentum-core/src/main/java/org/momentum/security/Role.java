package org.momentum.security;

/** Who is asking: the roles of issue 8. {@link #PUBLIC} is everyone without an account. */
public enum Role {
    PUBLIC, REPORTER, ANALYST, PUBLISHER, ADMIN;

    /** The name used in the CLI, the store and the API ("reporter", "analyst"…). */
    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Role parse(String s) {
        for (Role r : values()) if (r.code().equals(s)) return r;
        throw new IllegalArgumentException("role: '" + s + "' is not one of reporter, analyst, publisher, admin");
    }
}
