package org.momentum.disclosure;

/** A cell with its disclosure status; {@code rule} is the rule that made a primary cell sensitive, else empty. */
public record ProtectedCell(Cell cell, Status status, String rule) {
    public ProtectedCell {
        if (rule == null) rule = "";
        if ((status == Status.PRIMARY) == rule.isEmpty())
            throw new IllegalArgumentException(cell + ": a primary cell names its rule, other cells none");
    }

    public boolean suppressed() { return status.suppressed(); }
}
