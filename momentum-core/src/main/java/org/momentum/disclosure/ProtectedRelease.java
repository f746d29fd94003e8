package org.momentum.disclosure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a release with their disclosure status, in the order given to {@link Disclosure#protect}, and the
 * primary cells the method could not protect (empty for a protectable release). What publishers ask of it:
 * whether a cell may be shown ({@link #isSuppressed}), and whether a growth rate may be — a growth rate whose level
 * is suppressed is suppressed too ({@link #isGrowthSuppressed}).
 */
public final class ProtectedRelease {
    private final List<ProtectedCell> cells;
    private final List<ProtectedCell> unprotected;
    private Map<String, ProtectedCell> byKey; // built on first look-up

    ProtectedRelease(List<ProtectedCell> cells, List<ProtectedCell> unprotected) {
        this.cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        this.unprotected = List.copyOf(unprotected);
    }

    private synchronized Map<String, ProtectedCell> byKey() {
        if (byKey == null) {
            Map<String, ProtectedCell> m = new HashMap<>(cells.size() * 2);
            for (ProtectedCell c : cells) m.put(c.cell().key(), c);
            byKey = m;
        }
        return byKey;
    }

    public List<ProtectedCell> cells() { return cells; }

    /** Primary cells left recomputable to within the protection: none unless the table offers no way to protect them. */
    public List<ProtectedCell> unprotected() { return unprotected; }

    /** The status of a cell; an absent cell is empty and published as such. */
    public Status status(String table, String industry, String region, int period) {
        ProtectedCell c = byKey().get(new Cell(table, industry, region, period, 0, 0, 0, 0).key());
        return c == null ? Status.PUBLISHED : c.status();
    }

    public boolean isSuppressed(String table, String industry, String region, int period) {
        return status(table, industry, region, period).suppressed();
    }

    /** A growth rate of a level cell (and its year-to-date rate of the year-to-date cell) goes with the level. */
    public boolean isGrowthSuppressed(String levelTable, String industry, String region, int period) {
        return isSuppressed(levelTable, industry, region, period);
    }

    public long count(Status s) { return cells.stream().filter(c -> c.status() == s).count(); }

    /** Total value of the cells of a status (information loss of the secondary suppressions, for instance). */
    public double value(Status s) { return cells.stream().filter(c -> c.status() == s).mapToDouble(c -> c.cell().value()).sum(); }
}
