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
     * Protects every (table, month) of the cells: each must hold one linked table (all totals included). Tables are
     * independent and run in parallel; the months of a table run in order, each preferring the previous month's
     * suppressions. Throws IllegalArgumentException naming the cell for a table that is not additive or not
     * hierarchical.
     */
    public static ProtectedRelease protect(List<Cell> cells, DisclosureRules rules, IndustryClassification industries,
                                           SuppressionMethod method) {
        Map<String, TreeMap<Integer, List<Cell>>> byTable = new LinkedHashMap<>();
        for (Cell c : cells) byTable.computeIfAbsent(c.table(), k -> new TreeMap<>()).computeIfAbsent(c.period(), k -> new ArrayList<>()).add(c);
        Map<Cell, ProtectedCell> result = new java.util.concurrent.ConcurrentHashMap<>();
        List<ProtectedCell> unprotected = java.util.Collections.synchronizedList(new ArrayList<>());
        byTable.values().parallelStream().forEach(months -> {
            Set<String> previous = Set.of();
            for (List<Cell> monthCells : months.values()) {
                LinkedTable t = new LinkedTable(monthCells, industries);
                previous = protectTable(t, rules, method, previous, result, unprotected);
            }
        });
        List<ProtectedCell> out = new ArrayList<>(cells.size());
        for (Cell c : cells) out.add(result.get(c));
        return new ProtectedRelease(out, unprotected);
    }

    /** Returns the industry/region keys suppressed in this table, for the next month. */
    private static Set<String> protectTable(LinkedTable t, DisclosureRules rules, SuppressionMethod method, Set<String> previous,
                                            Map<Cell, ProtectedCell> result, List<ProtectedCell> unprotected) {
        int n = t.cellCount();
        boolean[] primary = new boolean[n];
        String[] rule = new String[n];
        double[] cost = new double[n];
        double total = t.value[0];
        for (int id = 0; id < n; id++) {
            Cell c = t.cell[id];
            if (c == null) continue;
            SensitivityRule r = rules.firstSensitive(c);
            if (r != null) { primary[id] = true; rule[id] = r.label(); }
            // value lost, plus a hair per cell so that among equal values fewer cells win
            double k = c.value() + 1e-9 * total;
            cost[id] = previous.contains(c.industry() + "/" + c.region()) ? REPEAT_DISCOUNT * k : k;
        }
        SuppressionMethod.Pattern pattern = method.suppress(t, primary, rules.protectionShare(), cost);
        Set<String> suppressed = new HashSet<>();
        for (int id = 0; id < n; id++) {
            Cell c = t.cell[id];
            if (c == null) continue;
            Status s = primary[id] ? Status.PRIMARY : pattern.suppressed()[id] ? Status.SECONDARY : Status.PUBLISHED;
            ProtectedCell pc = new ProtectedCell(c, s, primary[id] ? rule[id] : "");
            result.put(c, pc);
            if (s.suppressed()) suppressed.add(c.industry() + "/" + c.region());
        }
        for (int id : pattern.unprotected()) unprotected.add(result.get(t.cell[id]));
        return suppressed;
    }
}
