package org.momentum.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The simple baseline: the hypercube method of GHMITER (Repsilber 1994, "Preservation of confidentiality in
 * aggregated data", and Giessing &amp; Repsilber 2002; τ-ARGUS's "hypercube"), on the 2-D subtables of the
 * hierarchy (an industry with its parts × ALL and the provinces; a 1-D list where the parts are not by province).
 * Each primary cell gets the cheapest 2×2 hypercube of its subtable whose four corners all hold at least the
 * protection; each suppressed cell, in every subtable it belongs to, gets some hypercube of suppressed cells
 * (a cell alone in its row or column would be recomputable); repeated until nothing changes. It never looks at
 * the subtables together, so it can leak across them — which is what {@link AttackerAudit} measures.
 */
public final class HypercubeBaseline implements SuppressionMethod {
    @Override
    public String name() { return "hypercube"; }

    @Override
    public Pattern suppress(LinkedTable t, boolean[] primary, boolean[] forced, double protectionShare, double[] cost) {
        boolean[] sup = SuppressionMethod.start(primary, forced);
        Set<Long> covered = new HashSet<>();
        Set<Integer> unprotected = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int q = 0; q < t.nodeCode.length; q++) {
                if (t.children[q].length == 0) continue;
                int[] rows = new int[t.children[q].length + 1];
                rows[0] = q;
                System.arraycopy(t.children[q], 0, rows, 1, t.children[q].length);
                int ncols = t.columns > 1 && t.splitAt(q, 1) ? t.columns : 1;
                for (int a : rows) {
                    for (int c = 0; c < ncols; c++) {
                        int id = t.id(a, c);
                        if (!t.exists(id) || !sup[id]) continue;
                        long key = (long) q * t.cellCount() + id;
                        if (covered.contains(key)) continue;
                        covered.add(key);
                        double need = primary[id] ? protectionShare * t.value[id] : 0;
                        need = Math.max(need, Double.MIN_VALUE);
                        int[] best = cheapest(t, sup, cost, rows, ncols, a, c, need);
                        if (best == null) {
                            if (primary[id]) unprotected.add(id);
                            continue;
                        }
                        for (int x : best) if (!sup[x]) { sup[x] = true; changed = true; }
                    }
                }
            }
        }
        List<Integer> u = new ArrayList<>(unprotected);
        u.sort(null);
        return new Pattern(sup, u.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The cheapest hypercube through (a, c): rows a, b × columns c, d (just rows a, b in a 1-D subtable). */
    private static int[] cheapest(LinkedTable t, boolean[] sup, double[] cost, int[] rows, int ncols, int a, int c, double need) {
        double bestCost = Double.POSITIVE_INFINITY;
        int[] best = null;
        for (int b : rows) {
            if (b == a) continue;
            int ab = t.id(b, c);
            if (!fits(t, ab, need)) continue;
            if (ncols == 1) {
                double k = price(sup, cost, ab);
                if (k < bestCost) { bestCost = k; best = new int[] {ab}; }
                continue;
            }
            for (int d = 0; d < ncols; d++) {
                if (d == c) continue;
                int ad = t.id(a, d), bd = t.id(b, d);
                if (!fits(t, ad, need) || !fits(t, bd, need)) continue;
                double k = price(sup, cost, ab) + price(sup, cost, ad) + price(sup, cost, bd);
                if (k < bestCost) { bestCost = k; best = new int[] {ab, ad, bd}; }
            }
        }
        return best;
    }

    private static boolean fits(LinkedTable t, int id, double need) { return t.exists(id) && t.value[id] >= need; }

    private static double price(boolean[] sup, double[] cost, int id) { return sup[id] ? 0 : cost[id]; }
}
