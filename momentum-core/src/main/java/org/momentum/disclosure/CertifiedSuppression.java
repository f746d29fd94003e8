package org.momentum.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Secondary suppression that proves each primary cell protected over the whole linked table, in the network-flow
 * tradition of Kelly, Golden &amp; Assad (1992, "Cell suppression: disclosure protection for sensitive tabular
 * data", Networks 22:397–417) and Castro (2007, "A shortest-paths heuristic for statistical data protection in
 * positive tables", INFORMS J. Computing 19(4):520–533): a primary p with value x is protected when the attacker's
 * LPs (Fischetti &amp; Salazar-González 1999, Math. Programming 84:283–312) give max ≥ x + t and min ≤ x − t
 * (t = protection · x). Both bounds hold as soon as there are perturbations y⁺ and y⁻ of the table that keep every
 * equation, are zero on every published cell, keep every cell ≥ 0, and move p by +t and −t: the true table plus
 * y is then a table the attacker cannot tell from the true one.
 *
 * <p>For each primary (largest first) the method finds the cheapest such certificate among "rectangles with
 * descent": two sibling industries (the primary's branch and a partner under the nearest ancestor with two or
 * more parts) × two columns (the primary's region and another province, or ALL), each corner continued down the
 * hierarchy to a cell that is not broken down further, so that every parent still equals the sum of its parts.
 * A rectangle whose four corner leaves all hold ≥ t protects both ways at once; cost is the sum of the costs of
 * the cells it would newly suppress (cells already suppressed are free), found by dynamic programming over the
 * descents. When no single rectangle is large enough, certificates are summed (flows with disjoint capacity on
 * the cells that go down), cheapest first, separately for each direction. Suppressions only grow, and adding
 * suppressions only widens an attacker's feasible set, so every certificate stays valid to the end: the final
 * pattern protects every primary the method does not list as unprotected. {@link AttackerAudit} checks this
 * independently with the attacker's LPs.
 */
public final class CertifiedSuppression implements SuppressionMethod {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Override
    public String name() { return "certified"; }

    @Override
    public Pattern suppress(LinkedTable table, boolean[] primary, boolean[] forced, double protectionShare, double[] cost) {
        Run run = new Run(table, SuppressionMethod.start(primary, forced), cost);
        Integer[] order = primaries(table, primary);
        List<Integer> unprotected = new ArrayList<>();
        for (int p : order) {
            double need = protectionShare * table.value[p];
            if (need <= 0) continue; // a zero is protected by any interval that contains it
            if (!run.protect(p, need)) unprotected.add(p);
        }
        return new Pattern(run.sup, unprotected.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Largest first: large cells need large partners, which small ones can then share. */
    static Integer[] primaries(LinkedTable t, boolean[] primary) {
        List<Integer> l = new ArrayList<>();
        for (int id = 0; id < primary.length; id++) if (primary[id]) l.add(id);
        Integer[] a = l.toArray(new Integer[0]);
        Arrays.sort(a, Comparator.<Integer>comparingDouble(id -> -t.value[id]).thenComparingInt(id -> id));
        return a;
    }

    /** One table's search state. */
    private static final class Run {
        final LinkedTable t;
        final boolean[] sup;
        final double[] cost;
        final int[] choice;
        // the chain being walked: its columns, the threshold its leaf must reach at each, the forced path
        final int[] cols = new int[2];
        final double[] thr = new double[2];
        int ncols;
        int[] forced = new int[0];

        Run(LinkedTable t, boolean[] suppressed, double[] cost) {
            this.t = t;
            this.sup = suppressed;
            this.cost = cost;
            this.choice = new int[t.nodeCode.length];
        }

        double cellCost(int id) { return sup[id] ? 0 : cost[id]; }

        /** The cost of a node's cell at a column, INF when the cell is empty (a chain cannot pass there). */
        double topCost(int node, int column) {
            int id = t.id(node, column);
            return t.exists(id) ? cellCost(id) : INF;
        }

        /** One way a certificate can be laid out for a primary: the second column, the partner (−1: none). */
        record Candidate(int otherColumn, int partner, double cost) {}

        boolean protect(int p, double need) {
            List<Shape> shapes = shapes(p);
            // one rectangle that carries t both ways: branch and bound over the layouts, nearest ancestor first
            double best = INF;
            Shape bestShape = null;
            Candidate bestCandidate = null;
            search:
            for (Shape s : shapes) {
                // the branch's own chain is a lower bound of every layout of this shape: cheapest columns first
                int[] others = otherColumns(s);
                double[] cps = new double[others.length];
                int[] order = new int[others.length];
                for (int k = 0; k < others.length; k++) {
                    cps[k] = walkBranch(s, others[k], need, need, best);
                    // insertion sort by chain cost (at most 32 columns)
                    int j = k;
                    while (j > 0 && cps[order[j - 1]] > cps[k]) { order[j] = order[j - 1]; j--; }
                    order[j] = k;
                }
                for (int k : order) {
                    double cp = cps[k];
                    int other = others[k];
                    if (!(cp < best)) break;
                    if (!s.hasPartners()) {
                        best = cp;
                        bestShape = s;
                        bestCandidate = new Candidate(other, -1, cp);
                    } else {
                        for (int q : s.partners) {
                            // the partner's top cells are a lower bound of its chain
                            double lb = topCost(q, s.r) + (other >= 0 ? topCost(q, other) : 0);
                            if (!(cp + lb < best)) continue;
                            double cq = walkPartner(s, q, other, need, need, best - cp);
                            if (cp + cq < best) {
                                best = cp + cq;
                                bestShape = s;
                                bestCandidate = new Candidate(other, q, best);
                            }
                        }
                    }
                    if (best == 0) break search; // nothing new to suppress: cannot do better
                }
            }
            if (bestCandidate != null && apply(bestShape, bestCandidate, new double[] {need, need, need, need})) return true;
            // sums of smaller certificates, each direction on its own
            return accumulate(shapes, need, +1) & accumulate(shapes, need, -1);
        }

        /**
         * The primary's place for one branching ancestor q: the primary's column, the chain from q's part u down to
         * the primary (forced), and q's other parts (the partners). q = −1: no ancestor, the chain runs from the root.
         */
        final class Shape {
            final int p, i, r, u;
            final int[] below; // nodes under u down to i (u excluded)
            final int[] partners;
            final boolean rowByProvince;

            Shape(int p, int u) {
                this.p = p;
                this.u = u;
                i = t.node(p);
                r = t.column(p);
                int depth = 0;
                for (int n = i; n != u; n = t.parent[n]) depth++;
                below = new int[depth];
                for (int n = i, k = depth - 1; n != u; n = t.parent[n]) below[k--] = n;
                int q = t.parent[u];
                if (q < 0) partners = NONE;
                else {
                    partners = new int[t.children[q].length - 1];
                    int k = 0;
                    for (int c : t.children[q]) if (c != u) partners[k++] = c;
                }
                rowByProvince = t.rowByProvince(u);
            }

            boolean hasPartners() { return t.parent[u] >= 0; }
        }

        /**
         * One shape per ancestor with two or more parts (nearest first), and the chain from the root, which needs no
         * partner (the grand total has no equation above it) but moves the totals.
         */
        List<Shape> shapes(int p) {
            List<Shape> out = new ArrayList<>();
            int i = t.node(p);
            for (int u = i; t.parent[u] >= 0; u = t.parent[u]) if (t.children[t.parent[u]].length >= 2) out.add(new Shape(p, u));
            out.add(new Shape(p, 0));
            return out;
        }

        /**
         * The candidates with finite cost. Thresholds are what each corner leaf must hold: {@code pr}/{@code po}
         * the primary's branch at the primary's / the other column, {@code qr}/{@code qo} the partner's.
         */
        List<Candidate> candidates(Shape s, double pr, double po, double qr, double qo) {
            List<Candidate> out = new ArrayList<>();
            for (int other : otherColumns(s)) {
                double cp = walkBranch(s, other, pr, po, INF);
                if (cp == INF) continue;
                if (!s.hasPartners()) { out.add(new Candidate(other, -1, cp)); continue; }
                for (int q : s.partners) {
                    double cq = walkPartner(s, q, other, qr, qo, INF);
                    if (cq < INF) out.add(new Candidate(other, q, cp + cq));
                }
            }
            return out;
        }

        /** The second column: another province or ALL for a province cell; a province for an ALL cell; none (−1) for a row not by province. */
        int[] otherColumns(Shape s) {
            if (!s.rowByProvince || t.columns == 1) return new int[] {-1};
            int[] o = new int[t.columns - 1];
            int k = 0;
            for (int c = 0; c < t.columns; c++) if (c != s.r) o[k++] = c;
            return o;
        }

        void setColumns(int r, int other, double thrR, double thrOther) {
            cols[0] = r;
            thr[0] = thrR;
            ncols = 1;
            if (other >= 0) { cols[1] = other; thr[1] = thrOther; ncols = 2; }
        }

        double walkBranch(Shape s, int other, double thrR, double thrOther, double budget) {
            setColumns(s.r, other, thrR, thrOther);
            forced = s.below;
            return walk(s.u, 0, (1 << ncols) - 1, budget);
        }

        private static final int[] NONE = new int[0];

        double walkPartner(Shape s, int q, int other, double thrR, double thrOther, double budget) {
            setColumns(s.r, other, thrR, thrOther);
            forced = NONE;
            return walk(q, 0, (1 << ncols) - 1, budget);
        }

        /**
         * The cheapest chain from node n down, at the active columns (bit mask over {@link #cols}): every cell on it
         * must exist; a column ends at the first node not broken down there, whose cell must hold the threshold.
         * Chains dearer than the budget are cut short (branch and bound) and come back as INF.
         */
        double walk(int n, int fi, int mask, double budget) {
            double c = 0;
            int next = mask;
            for (int k = 0; k < ncols; k++) {
                if ((mask >> k & 1) == 0) continue;
                int id = t.id(n, cols[k]);
                if (!t.exists(id)) return INF;
                c += cellCost(id);
                if (c > budget) return INF;
                if (!t.splitAt(n, cols[k])) {
                    if (!(t.value[id] >= thr[k])) return INF;
                    next &= ~(1 << k);
                }
            }
            choice[n] = -1;
            if (next == 0) return c;
            if (fi < forced.length) {
                int ch = forced[fi];
                double r = walk(ch, fi + 1, next, budget - c);
                choice[n] = ch;
                return c + r;
            }
            double best = INF;
            int bc = -1;
            for (int ch : t.children[n]) {
                double r = walk(ch, forced.length, next, Math.min(budget - c, best));
                if (r < best) { best = r; bc = ch; }
            }
            choice[n] = bc;
            return c + best;
        }

        /** The cells of the chain just walked from n, and its leaf cell at each column. */
        void collect(int n, List<Integer> cells, int[] leaves) {
            int mask = (1 << ncols) - 1;
            while (n >= 0 && mask != 0) {
                int next = mask;
                for (int k = 0; k < ncols; k++) {
                    if ((mask >> k & 1) == 0) continue;
                    int id = t.id(n, cols[k]);
                    cells.add(id);
                    if (!t.splitAt(n, cols[k])) { leaves[k] = id; next &= ~(1 << k); }
                }
                mask = next;
                n = mask == 0 ? -1 : choice[n];
            }
        }

        /** Lays out a candidate with the given leaf thresholds and suppresses its cells; false if it no longer fits. */
        boolean apply(Shape s, Candidate c, double[] th) {
            List<Integer> cells = new ArrayList<>();
            int[] leaves = {-1, -1};
            if (walkBranch(s, c.otherColumn, th[0], th[1], INF) == INF) return false;
            collect(s.u, cells, leaves);
            if (c.partner >= 0) {
                if (walkPartner(s, c.partner, c.otherColumn, th[2], th[3], INF) == INF) return false;
                collect(c.partner, cells, leaves.clone());
            }
            for (int id : cells) sup[id] = true;
            return true;
        }

        /** Sums certificates, cheapest first, until the direction carries the need; false when the table cannot. */
        boolean accumulate(List<Shape> shapes, double need, int direction) {
            double tiny = Double.MIN_VALUE;
            // thresholds: a leaf that goes down must hold something, one that goes up nothing
            double pr, po, qr, qo;
            if (direction > 0) { pr = 0; po = tiny; qr = tiny; qo = 0; }
            else { pr = tiny; po = 0; qr = 0; qo = tiny; }
            List<Map.Entry<Shape, Candidate>> cs = new ArrayList<>();
            for (Shape s : shapes) for (Candidate c : candidates(s, pr, po, qr, qo)) cs.add(Map.entry(s, c));
            cs.sort(Comparator.comparingDouble(e -> e.getValue().cost()));
            Map<Integer, Double> used = new HashMap<>();
            double left = need;
            for (Map.Entry<Shape, Candidate> sc : cs) {
                Shape s = sc.getKey();
                Candidate c = sc.getValue();
                // in a B/C layout (other column ALL, or the primary at ALL) both leaves of a chain move together
                boolean otherIsProvince = c.otherColumn > 0 && s.r > 0;
                double[] th = otherIsProvince ? new double[] {pr, po, qr, qo}
                        : direction > 0 ? new double[] {0, 0, tiny, tiny} : new double[] {tiny, tiny, 0, 0};
                List<Integer> before = snapshotDown(s, c, th, direction);
                if (before == null) continue;
                double room = INF;
                for (int id : before) room = Math.min(room, t.value[id] - used.getOrDefault(id, 0.0));
                if (!(room > 0)) continue;
                if (!apply(s, c, th)) continue;
                double flow = Math.min(room, left);
                for (int id : before) used.merge(id, flow, Double::sum);
                left -= flow;
                if (left <= 0) return true;
            }
            return false;
        }

        /** The leaves of a candidate that go down in the direction, without suppressing anything; null if it no longer fits. */
        List<Integer> snapshotDown(Shape s, Candidate c, double[] th, int direction) {
            List<Integer> cells = new ArrayList<>();
            int[] pl = {-1, -1}, ql = {-1, -1};
            if (walkBranch(s, c.otherColumn, th[0], th[1], INF) == INF) return null;
            collect(s.u, cells, pl);
            if (c.partner >= 0) {
                if (walkPartner(s, c.partner, c.otherColumn, th[2], th[3], INF) == INF) return null;
                collect(c.partner, cells, ql);
            }
            boolean otherIsProvince = c.otherColumn > 0 && s.r > 0;
            List<Integer> down = new ArrayList<>();
            if (otherIsProvince) {
                // δ(P,r)=+s, δ(P,r')=−s, δ(Q,r)=−s, δ(Q,r')=+s
                if (direction > 0) { down.add(pl[1]); if (c.partner >= 0) down.add(ql[0]); }
                else { down.add(pl[0]); if (c.partner >= 0) down.add(ql[1]); }
            } else {
                // the branch moves with p at both of its columns, the partner against it
                if (direction > 0) { if (c.partner >= 0) { down.add(ql[0]); if (ql[1] >= 0) down.add(ql[1]); } }
                else { down.add(pl[0]); if (pl[1] >= 0) down.add(pl[1]); }
            }
            down.removeIf(id -> id < 0);
            return down;
        }
    }
}
