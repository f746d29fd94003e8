package org.momentum.disclosure;

/**
 * A secondary suppression method: given a table, its primary (sensitive) cells, the protection each needs and
 * the cost of suppressing each cell, chooses the cells to suppress. Methods are stateless and thread-safe.
 */
public interface SuppressionMethod {
    /** Short name for reports: "certified", "hypercube". */
    String name();

    /**
     * @param primary         by cell id, the sensitive cells (all exist)
     * @param forced          by cell id, cells that must be suppressed for another table's sake (a linked table)
     *                        but need no protection of their own; may be null
     * @param protectionShare e.g. 0.10: each primary must not be recomputable to within ±10% of its value
     * @param cost            by cell id, the information lost by suppressing it (≥ 0)
     */
    Pattern suppress(LinkedTable table, boolean[] primary, boolean[] forced, double protectionShare, double[] cost);

    /** The cells suppressed before any choice: primaries and forced cells. */
    static boolean[] start(boolean[] primary, boolean[] forced) {
        boolean[] s = primary.clone();
        if (forced != null) for (int i = 0; i < s.length; i++) s[i] |= forced[i];
        return s;
    }

    /**
     * The cells to suppress (by cell id, primaries included), and the primaries the method could not protect
     * (empty unless the table leaves no way to protect them, e.g. a table with one contributor in all).
     */
    record Pattern(boolean[] suppressed, int[] unprotected) {}
}
