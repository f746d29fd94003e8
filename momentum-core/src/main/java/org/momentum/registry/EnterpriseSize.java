package org.momentum.registry;

/** Enterprise size class as in the register (大型、中型、小型、微型). */
public enum EnterpriseSize {
    LARGE("large"), MEDIUM("medium"), SMALL("small"), MICRO("micro");

    private final String code;

    EnterpriseSize(String code) { this.code = code; }

    public String code() { return code; }

    /** Null when the text is not one of the four codes. */
    public static EnterpriseSize parseOrNull(String s) {
        for (EnterpriseSize e : values()) if (e.code.equals(s)) return e;
        return null;
    }
}
