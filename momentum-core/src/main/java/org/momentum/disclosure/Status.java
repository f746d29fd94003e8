package org.momentum.disclosure;

import java.util.Locale;

/** The {@code status} column: published, primary (sensitive itself) or secondary (suppressed to protect a primary). */
public enum Status {
    PUBLISHED, PRIMARY, SECONDARY;

    public boolean suppressed() { return this != PUBLISHED; }

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static Status parse(String s) {
        return switch (s) {
            case "published" -> PUBLISHED;
            case "primary" -> PRIMARY;
            case "secondary" -> SECONDARY;
            default -> throw new IllegalArgumentException("status must be published, primary or secondary, not '" + s + "'");
        };
    }
}
