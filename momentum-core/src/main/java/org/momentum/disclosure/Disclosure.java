package org.momentum.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.momentum.classification.IndustryClassification;

/**
 * Disclosure control of a release: primary rules on every cell, then secondary suppression table by table and
 * month by month (see the package documentation).
 */
public final class Disclosure {
    /**
     * A cell suppressed in the previous month of the same table costs this share of its value: the same cells tend
     * to be chosen again, so that a series does not show a cell one month and its complement the next.
     */
    public static final double REPEAT_DISCOUNT = 0.25;

    private Disclosure() {}

    /** With the certified method. */
    public static ProtectedRelease protect(List<Cell> cells, DisclosureRules rules, IndustryClassification industries) {
        return protect(cells, rules, industries, new CertifiedSuppression());
    }

    /**
     * Protects every (table, month) of the cells: each must hold one linked table (all totals included). A table
     * {@code X} and its year-to-date table {@code X_ytd} are linked through ytd(t) = ytd(t−1) + level(t): in each
     * month the year-to-date table is protected with every cell suppressed in the level table, and every cell
     * suppressed in last month's year to date (same year), already suppressed; its other suppressions are then
     * suppressed in the level table too. So no suppressed cell is the difference or sum of two published ones
     * through time (in January the two tables are the same and get the same pattern). Different
     * tables run in parallel; the months of a table run in order, each preferring the previous month's
     * suppressions. Throws IllegalArgumentException naming the cell for a table that is not additive or not
     * hierarchical.
     */
    public static ProtectedRelease protect(List<Cell> cells, DisclosureRules rules, IndustryClassification industries,
                                           SuppressionMethod method) {
        Map<String, TreeMap<Integer, List<Cell>>> byTable = new LinkedHashMap<>();
        for (Cell c : cells) byTable.computeIfAbsent(c.table(), k -> new TreeMap<>()).computeIfAbsent(c.period(), k -> new ArrayList<>()).add(c);
        List<String[]> series = new ArrayList<>();
        for (String name : byTable.keySet()) {
            String ytd = name + ReleaseCells.YTD_SUFFIX;
            if (name.endsWith(ReleaseCells.YTD_SUFFIX) && byTable.containsKey(name.substring(0, name.length() - ReleaseCells.YTD_SUFFIX.length())))
                continue; // protected with its level table
            series.add(new String[] {name, byTable.containsKey(ytd) ? ytd : null});
        }
        // by identity: the tables hold the very Cell objects given, and a record's hashCode reads every field
        Map<Cell, ProtectedCell> result = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        List<ProtectedCell> unprotected = java.util.Collections.synchronizedList(new ArrayList<>());
        series.parallelStream().forEach(pair -> {
            TreeMap<Integer, List<Cell>> level = byTable.get(pair[0]);
            TreeMap<Integer, List<Cell>> ytd = pair[1] == null ? new TreeMap<>() : byTable.get(pair[1]);
            java.util.TreeSet<Integer> months = new java.util.TreeSet<>(level.keySet());
            months.addAll(ytd.keySet());
            Set<String> prevLevel = Set.of(), prevYtd = Set.of();
            int previousMonth = Integer.MIN_VALUE;
            for (int t : months) {
                // year to date carries its suppressions to December: a hidden ytd(t−1) beside a published ytd(t) and
                // level(t) would be their difference
                Set<String> carried = previousMonth == t - 1 && org.momentum.classification.Period.month(t) != 1 ? prevYtd : Set.of();
                TableRun l = level.containsKey(t) ? new TableRun(new LinkedTable(level.get(t), industries), rules, prevLevel) : null;
                TableRun y = ytd.containsKey(t) ? new TableRun(new LinkedTable(ytd.get(t), industries), rules, prevYtd) : null;
                if (l != null) l.run(method, rules, null);
                if (y != null) {
                    Set<String> forced = new HashSet<>(carried);
                    if (l != null) forced.addAll(l.suppressedKeys());
                    y.run(method, rules, y.keysToIds(forced));
                }
                if (l != null && y != null) {
                    // a ytd(t) suppression not carried from ytd(t−1) needs level(t) hidden too, or ytd(t) = ytd(t−1) + level(t)
                    Set<String> back = y.suppressedKeys();
                    back.removeAll(carried);
                    l.alsoSuppress(l.keysToIds(back));
                }
                if (l != null) prevLevel = l.finish(result, unprotected);
                if (y != null) prevYtd = y.finish(result, unprotected);
                previousMonth = t;
            }
        });
        List<ProtectedCell> out = new ArrayList<>(cells.size());
        for (Cell c : cells) out.add(result.get(c));
        return new ProtectedRelease(out, unprotected);
    }

    /** One table of one month: primary rules, costs, the method's pattern. */
    private static final class TableRun {
        final LinkedTable t;
        final boolean[] primary;
        final String[] rule;
        final double[] cost;
        final String[] keys; // industry/region by cell id, null for an empty cell
        boolean[] suppressed;
        int[] unprotectedIds = new int[0];

        TableRun(LinkedTable t, DisclosureRules rules, Set<String> previous) {
            this.t = t;
            int n = t.cellCount();
            primary = new boolean[n];
            rule = new String[n];
            cost = new double[n];
            keys = new String[n];
            double total = t.value[0];
            for (int id = 0; id < n; id++) {
                Cell c = t.cell[id];
                if (c == null) continue;
                keys[id] = key(c);
                SensitivityRule r = rules.firstSensitive(c);
                if (r != null) { primary[id] = true; rule[id] = r.label(); }
                // value lost, plus a hair per cell so that among equal values fewer cells win
                double k = c.value() + 1e-9 * total;
                cost[id] = previous.contains(keys[id]) ? REPEAT_DISCOUNT * k : k;
            }
        }

        static String key(Cell c) { return c.industry() + "/" + c.region(); }

        void run(SuppressionMethod method, DisclosureRules rules, boolean[] forced) {
            SuppressionMethod.Pattern p = method.suppress(t, primary, forced, rules.protectionShare(), cost);
            suppressed = p.suppressed();
            unprotectedIds = p.unprotected();
        }

        Set<String> suppressedKeys() {
            Set<String> s = new HashSet<>();
            for (int id = 0; id < suppressed.length; id++) if (suppressed[id]) s.add(keys[id]);
            return s;
        }

        /** The cells of this table with those keys (a key without a cell here is an empty cell: nothing to hide). */
        boolean[] keysToIds(Set<String> keys) {
            boolean[] f = new boolean[t.cellCount()];
            for (int id = 0; id < f.length; id++) if (this.keys[id] != null && keys.contains(this.keys[id])) f[id] = true;
            return f;
        }

        /** More suppressions never weaken a protection: the attacker's feasible set only grows. */
        void alsoSuppress(boolean[] more) {
            for (int id = 0; id < more.length; id++) suppressed[id] |= more[id];
        }

        Set<String> finish(Map<Cell, ProtectedCell> result, List<ProtectedCell> unprotected) {
            for (int id = 0; id < suppressed.length; id++) {
                Cell c = t.cell[id];
                if (c == null) continue;
                Status s = primary[id] ? Status.PRIMARY : suppressed[id] ? Status.SECONDARY : Status.PUBLISHED;
                result.put(c, new ProtectedCell(c, s, primary[id] ? rule[id] : ""));
            }
            for (int id : unprotectedIds) unprotected.add(result.get(t.cell[id]));
            return suppressedKeys();
        }
    }
}
