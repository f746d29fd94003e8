package org.momentum.dissemination;

/**
 * The status of a published observation, one letter as stored. Codes follow SDMX's OBS_STATUS/CONF_STATUS
 * code lists where they overlap, so SDMX output can carry them through.
 */
public enum ObservationStatus {
    /** A normal value. */
    NORMAL("A"),
    /** Confidential: withheld by disclosure control; the value is never stored in a release. */
    CONFIDENTIAL("C"),
    /** Missing: a value published earlier that this vintage no longer has (the cell lost its contributors). */
    MISSING("M");

    private final String code;

    ObservationStatus(String code) { this.code = code; }

    public String code() { return code; }

    /** True when the observation carries a number. */
    public boolean hasValue() { return this == NORMAL; }

    public static ObservationStatus ofCode(String code) {
        for (ObservationStatus s : values()) if (s.code.equals(code)) return s;
        throw new IllegalArgumentException("unknown observation status '" + code + "'");
    }
}
