package org.momentum.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.Period;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker's audit, built from the published output alone and sharing no code with the suppression methods:
 * for each (table, month) it rebuilds the table's additivity from the cell codes (every industry = the sum of its
 * parts present in the table at each region where the parts are given, every row by province = the sum of its
 * provinces; a missing cell is 0), takes every published value as known, every suppressed cell as an unknown
 * ≥ 0, and for every primary cell solves the two LPs min x and max x (Fischetti &amp; Salazar-González 1999,
 * "Models and algorithms for the 2-dimensional cell suppression problem", Math. Programming 84:283–312, the
 * "attacker subproblem"), with ojalgo's simplex. A primary leaks when max &lt; x·(1 + p) or min &gt; x·(1 − p).
 * Each equation holds to within 1e-9 of the published values it adds up (rounding of the published sums). Each
 * LP holds only the unknowns connected to the cell through equations (the rest cannot move it). Every
 * optimal table an LP finds is a table the attacker cannot exclude, so it widens every primary's known interval:
 * an LP is solved for a cell and direction only when no table found so far already reaches the protection, and
 * the interval reported is then exact; otherwise it is the widest found (enough to prove the protection).
 */
public final class AttackerAudit {
    private AttackerAudit() {}

    /** The feasible interval of one primary cell as an attacker computes it; max is +∞ when unbounded. */
    public record Interval(ProtectedCell cell, double min, double max, double requiredLow, double requiredHigh) {
        public boolean leaks() {
            double x = cell.cell().value();
            double tol = 1e-7 * Math.max(1, x);
            return max < requiredHigh - tol || min > requiredLow + tol;
        }

        @Override
        public String toString() {
            return cell.cell().key() + " = " + cell.cell().value() + ": attacker's interval [" + min + ", " + max
                    + "], must reach [" + requiredLow + ", " + requiredHigh + "]";
        }
    }

    /** Every primary cell's interval; {@link #leaks()} those that fall short. */
    public record Report(int tables, List<Interval> intervals) {
        public List<Interval> leaks() { return intervals.stream().filter(Interval::leaks).toList(); }

        public boolean clean() { return leaks().isEmpty(); }
    }

    /** Every primary cell of every table. */
    public static Report audit(List<ProtectedCell> release, IndustryClassification industries, double protectionPercent) {
        return audit(release, industries, protectionPercent, Integer.MAX_VALUE, 0);
    }

    /**
     * At most {@code primariesPerTable} primary cells of each table, drawn at random (seeded), for releases too large
     * to audit whole: the LPs still hold every equation and unknown connected to the drawn cells.
     */
    public static Report audit(List<ProtectedCell> release, IndustryClassification industries, double protectionPercent,
                               int primariesPerTable, long seed) {
        Map<String, List<ProtectedCell>> byTable = new LinkedHashMap<>();
        for (ProtectedCell c : release) byTable.computeIfAbsent(c.cell().table() + "\u0000" + c.cell().period(), k -> new ArrayList<>()).add(c);
        List<Interval> out = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(seed);
        for (List<ProtectedCell> t : byTable.values()) {
            java.util.Set<ProtectedCell> drawn = null;
            List<ProtectedCell> prim = new ArrayList<>(t.stream().filter(c -> c.status() == Status.PRIMARY).toList());
            if (prim.size() > primariesPerTable) {
                java.util.Collections.shuffle(prim, rnd);
                drawn = new java.util.HashSet<>(prim.subList(0, primariesPerTable));
            }
            out.addAll(new TableAudit(t, industries, protectionPercent / 100, drawn).run());
        }
        return new Report(byTable.size(), out);
    }

    /** One table of one month. */
    private static final class TableAudit {
        final double share;
        final Map<String, ProtectedCell> cells = new HashMap<>();
        final List<String> industries = new ArrayList<>();
        final List<String> provinces = new ArrayList<>();
        final IndustryClassification ic;
        final boolean[] levelByProvince = new boolean[5];
        final Map<String, Integer> unknown = new HashMap<>();
        final List<String> unknownKey = new ArrayList<>();
        /** Each equation as unknowns with coefficients = constant. */
        final List<int[]> eqVars = new ArrayList<>();
        final List<double[]> eqCoefs = new ArrayList<>();
        final List<Double> eqConst = new ArrayList<>();
        /** Each equation's slack: published sums are additive only to rounding, which must not make the LP infeasible. */
        final List<Double> eqSlack = new ArrayList<>();

        /** The primaries to audit; null = all. */
        final java.util.Set<ProtectedCell> drawn;

        TableAudit(List<ProtectedCell> table, IndustryClassification ic, double share, java.util.Set<ProtectedCell> drawn) {
            this.ic = ic;
            this.drawn = drawn;
            this.share = share;
            TreeSet<String> codes = new TreeSet<>(), regions = new TreeSet<>();
            for (ProtectedCell c : table) {
                String key = c.cell().industry() + "|" + c.cell().region();
                cells.put(key, c);
                codes.add(c.cell().industry());
                if (!c.cell().region().equals(Cell.ALL)) {
                    regions.add(c.cell().region());
                    levelByProvince[level(c.cell().industry())] = true;
                }
                if (c.suppressed()) { unknown.put(key, unknownKey.size()); unknownKey.add(key); }
            }
            industries.addAll(codes);
            provinces.addAll(regions);
        }

        static int level(String code) {
            if (code.equals(Cell.ALL)) return 0;
            return Character.isDigit(code.charAt(0)) ? code.length() : 1;
        }

        String parentCode(String code) {
            return switch (level(code)) {
                case 0 -> null;
                case 1 -> Cell.ALL;
                case 2 -> ic.sectionOf(code);
                default -> code.substring(0, code.length() - 1);
            };
        }

        List<Interval> run() {
            java.util.Set<String> present = new java.util.HashSet<>(industries);
            Map<String, List<String>> parts = new LinkedHashMap<>();
            for (String code : industries) {
                String p = parentCode(code);
                while (p != null && !present.contains(p)) p = parentCode(p);
                if (p != null) parts.computeIfAbsent(p, k -> new ArrayList<>()).add(code);
            }
            for (var e : parts.entrySet()) {
                String p = e.getKey();
                equation(p, Cell.ALL, e.getValue(), null);
                if (levelByProvince[level(e.getValue().get(0))]) for (String r : provinces) equation(p, r, e.getValue(), null);
            }
            for (String code : industries) if (levelByProvince[level(code)] && !provinces.isEmpty()) equation(code, Cell.ALL, null, provinces);
            return solve();
        }

        /** total = Σ parts (industries at a region, or the provinces of an industry). */
        void equation(String industry, String region, List<String> partIndustries, List<String> partRegions) {
            List<String> keys = new ArrayList<>();
            if (partIndustries != null) for (String c : partIndustries) keys.add(c + "|" + region);
            else for (String r : partRegions) keys.add(industry + "|" + r);
            List<Integer> vars = new ArrayList<>();
            List<Double> coefs = new ArrayList<>();
            double constant = 0;
            String totalKey = industry + "|" + region;
            // total − Σ parts = 0
            double magnitude = 0, x;
            constant -= x = term(totalKey, 1, vars, coefs);
            magnitude += Math.abs(x);
            for (String k : keys) {
                constant -= x = term(k, -1, vars, coefs);
                magnitude += Math.abs(x);
            }
            if (vars.isEmpty()) return;
            eqSlack.add(1e-9 * (magnitude + 1));
            eqVars.add(vars.stream().mapToInt(Integer::intValue).toArray());
            eqCoefs.add(coefs.stream().mapToDouble(Double::doubleValue).toArray());
            eqConst.add(constant);
        }

        /** Adds an unknown's coefficient, or returns the published value times the coefficient (0 for a missing cell). */
        double term(String key, double coef, List<Integer> vars, List<Double> coefs) {
            Integer u = unknown.get(key);
            if (u != null) { vars.add(u); coefs.add(coef); return 0; }
            ProtectedCell c = cells.get(key);
            return c == null ? 0 : coef * c.cell().value();
        }

        List<Interval> solve() {
            int n = unknownKey.size();
            int[] root = new int[n];
            for (int i = 0; i < n; i++) root[i] = i;
            for (int[] vs : eqVars) for (int k = 1; k < vs.length; k++) union(root, vs[0], vs[k]);
            Map<Integer, List<Integer>> comps = new HashMap<>();
            for (int i = 0; i < n; i++) comps.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(i);
            Map<Integer, List<Integer>> eqsOf = new HashMap<>();
            for (int e = 0; e < eqVars.size(); e++) eqsOf.computeIfAbsent(find(root, eqVars.get(e)[0]), k -> new ArrayList<>()).add(e);
            List<Interval> out = new ArrayList<>();
            double total = 0;
            for (ProtectedCell c : cells.values()) total += c.cell().value();
            double cap = 10 * Math.max(total, 1);
            for (var comp : comps.entrySet()) {
                List<Integer> members = comp.getValue();
                if (members.stream().noneMatch(i -> audited(cells.get(unknownKey.get(i))))) continue;
                ExpressionsBasedModel model = new ExpressionsBasedModel();
                Map<Integer, Variable> var = new HashMap<>();
                // every unknown ≤ 10 × the sum of all cells of the table: keeps the LPs bounded (ojalgo fails on some
                // unbounded ones); a cell that can pass this cap could grow without bound, so the audit stays safe
                for (int i : members) var.put(i, model.addVariable("x" + i).lower(0).upper(cap));
                int k = 0;
                for (int e : eqsOf.getOrDefault(comp.getKey(), List.of())) {
                    Expression ex = model.addExpression("e" + k++);
                    int[] vs = eqVars.get(e);
                    double[] cs = eqCoefs.get(e);
                    for (int j = 0; j < vs.length; j++) ex.set(var.get(vs[j]), cs[j]);
                    ex.lower(eqConst.get(e) - eqSlack.get(e)).upper(eqConst.get(e) + eqSlack.get(e));
                }
                List<Integer> prim = new ArrayList<>();
                for (int i : members) if (audited(cells.get(unknownKey.get(i)))) prim.add(i);
                double[] hi = new double[prim.size()], lo = new double[prim.size()];
                java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
                java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
                Map<Integer, Integer> index = new HashMap<>();
                for (int k2 = 0; k2 < members.size(); k2++) index.put(members.get(k2), k2);
                for (int dir = 1; dir >= -1; dir -= 2) {
                    // one LP over all primaries first: any feasible table it finds widens every cell's known interval
                    List<Integer> open = new ArrayList<>();
                    for (int j = 0; j < prim.size(); j++) open.add(j);
                    for (int j : open) var.get(prim.get(j)).weight(1 / Math.max(cells.get(unknownKey.get(prim.get(j))).cell().value(), 1e-9));
                    Optimisation.Result all = dir > 0 ? model.maximise() : model.minimise();
                    for (int j : open) var.get(prim.get(j)).weight(0);
                    widen(all, prim, index, hi, lo);
                    for (int j = 0; j < prim.size(); j++) {
                        ProtectedCell c = cells.get(unknownKey.get(prim.get(j)));
                        double x = c.cell().value(), need = dir > 0 ? x * (1 + share) : x * (1 - share);
                        if (dir > 0 ? hi[j] >= need : lo[j] <= need) continue; // a feasible table already shows it
                        Variable v = var.get(prim.get(j));
                        v.weight(1);
                        Optimisation.Result r = dir > 0 ? model.maximise() : model.minimise();
                        v.weight(0);
                        double b = bound(r, c);
                        if (dir > 0) hi[j] = Math.max(hi[j], b); else lo[j] = Math.min(lo[j], b);
                        widen(r, prim, index, hi, lo);
                    }
                }
                for (int j = 0; j < prim.size(); j++) {
                    ProtectedCell c = cells.get(unknownKey.get(prim.get(j)));
                    double x = c.cell().value();
                    out.add(new Interval(c, Math.min(lo[j], x), Math.max(hi[j], x), x * (1 - share), x * (1 + share)));
                }
            }
            return out;
        }

        boolean audited(ProtectedCell c) { return c.status() == Status.PRIMARY && (drawn == null || drawn.contains(c)); }

        /** Every primary's value in a feasible table the solver found: the attacker cannot exclude it. */
        static void widen(Optimisation.Result r, List<Integer> prim, Map<Integer, Integer> index, double[] hi, double[] lo) {
            if (!r.getState().isFeasible() || r.count() == 0) return;
            for (int j = 0; j < prim.size(); j++) {
                double v = r.doubleValue(index.get(prim.get(j)));
                hi[j] = Math.max(hi[j], v);
                lo[j] = Math.min(lo[j], v);
            }
        }

        static double bound(Optimisation.Result r, ProtectedCell c) {
            Optimisation.State s = r.getState();
            if (s == Optimisation.State.UNBOUNDED) return Double.POSITIVE_INFINITY;
            if (!s.isFeasible())
                throw new IllegalStateException("audit of " + c.cell().key() + " (" + Period.format(c.cell().period())
                        + "): the attacker's LP is " + s + " — the published table is not additive");
            return r.getValue();
        }

        static int find(int[] root, int i) {
            while (root[i] != i) { root[i] = root[root[i]]; i = root[i]; }
            return i;
        }

        static void union(int[] root, int a, int b) {
            int x = find(root, a), y = find(root, b);
            if (x != y) root[x] = y;
        }
    }

    /**
     * The time link of a level table {@code X} and its year to date {@code X_ytd}: per cell and year,
     * ytd(t) = ytd(t−1) + level(t) (ytd before January = 0, a missing cell = 0). Starting from the published values,
     * any of the three that the other two give is known, repeated until nothing changes; returns the primary cells
     * (of either table) that become known exactly this way. Independent of the tables' additivity, which
     * {@link #audit} covers.
     */
    public static List<ProtectedCell> timeLinkLeaks(List<ProtectedCell> release) {
        Map<String, ProtectedCell> byKey = new HashMap<>();
        java.util.Set<String> series = new java.util.TreeSet<>();
        String ytd = ReleaseCells.YTD_SUFFIX;
        java.util.Set<String> released = new java.util.HashSet<>(); // table|period: a month the table is published for
        for (ProtectedCell c : release) {
            Cell x = c.cell();
            released.add(x.table() + "|" + x.period());
            byKey.put(x.table() + "|" + x.industry() + "|" + x.region() + "|" + x.period(), c);
            String base = x.table().endsWith(ytd) ? x.table().substring(0, x.table().length() - ytd.length()) : x.table();
            series.add(base + "|" + x.industry() + "|" + x.region() + "|" + Period.year(x.period()));
        }
        List<ProtectedCell> leaks = new ArrayList<>();
        for (String s : series) {
            String[] f = s.split("\\|");
            String base = f[0], key = "|" + f[1] + "|" + f[2] + "|";
            boolean anyYtd = false;
            int jan = Period.of(Integer.parseInt(f[3]), 1);
            for (int m = 0; m < 12 && !anyYtd; m++) anyYtd = byKey.containsKey(base + ytd + key + (jan + m));
            if (!anyYtd) continue;
            // known[0][m]: level of month m; known[1][m]: ytd of month m (index 0 = before January, known 0)
            boolean[] level = new boolean[13], cum = new boolean[13];
            cum[0] = true;
            for (int m = 1; m <= 12; m++) {
                // an absent cell of a released month is empty (0); a month not released is unknown
                level[m] = released.contains(base + "|" + (jan + m - 1)) && known(byKey.get(base + key + (jan + m - 1)));
                cum[m] = released.contains(base + ytd + "|" + (jan + m - 1)) && known(byKey.get(base + ytd + key + (jan + m - 1)));
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int m = 1; m <= 12; m++) {
                    int k = (cum[m] ? 1 : 0) + (cum[m - 1] ? 1 : 0) + (level[m] ? 1 : 0);
                    if (k == 2) { cum[m] = cum[m - 1] = level[m] = true; changed = true; }
                }
            }
            for (int m = 1; m <= 12; m++) {
                ProtectedCell l = byKey.get(base + key + (jan + m - 1)), y = byKey.get(base + ytd + key + (jan + m - 1));
                if (l != null && l.status() == Status.PRIMARY && level[m]) leaks.add(l);
                if (y != null && y.status() == Status.PRIMARY && cum[m]) leaks.add(y);
            }
        }
        return leaks;
    }

    /** Published, or absent (an empty cell, 0). */
    private static boolean known(ProtectedCell c) { return c == null || !c.suppressed(); }
}
