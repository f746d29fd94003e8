package org.momentum.targets;

/** Which side of the goal meets it: {@code up} (at least the goal), {@code down} (at most the goal, e.g. a cut). */
public enum Direction {
    UP("up"), DOWN("down");

    private final String code;

    Direction(String code) { this.code = code; }

    public String code() { return code; }

    public static Direction parseOrNull(String s) {
        for (Direction d : values()) if (d.code.equals(s)) return d;
        return null;
    }
}
