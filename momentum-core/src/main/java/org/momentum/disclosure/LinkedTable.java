package org.momentum.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.momentum.classification.IndustryClassification;
import org.momentum.indicators.IndicatorRow;

/**
 * One table of one month as the linked hierarchical table Momentum publishes: industry (ALL → section → division
 * → group → class, GB/T 4754-2017, the levels the cells use) × region (ALL → provinces). The parent of an
 * industry is its nearest ancestor present in the table. An industry level is "by province" when some of its cells
 * have a province; such levels must form the top of the hierarchy (a level by province has a parent level by
 * province). A missing cell is empty (no contributor, value 0), which an attacker knows too.
 *
 * <p>Additivity (what an attacker may use): for every industry node p with children and every column c where the
 * children are published (ALL always, a province when the children's level is by province),
 * x(p, c) = Σ x(child, c); and for every industry node of a level by province, x(n, ALL) = Σ x(n, province).
 * The constructor checks that the values add up (relative tolerance 1e-6).
 *
 * <p>Cells are numbered {@code node * columns + column}; column 0 is ALL, node 0 the industry ALL.
 */
public final class LinkedTable {
    static final int ALL_COLUMN = 0;
    private static final double ADDITIVITY_TOLERANCE = 1e-6;

    final String table;
    final int period;
    final String[] nodeCode;
    final int[] level; // 0 ALL, 1 section, 2 division, 3 group, 4 class
    final int[] parent;
    final int[][] children;
    final String[] columnCode;
    final boolean[] byProvince; // by level
    final int columns;
    final Cell[] cell; // null = empty
    final double[] value;

    public LinkedTable(List<Cell> cells, IndustryClassification industries) {
        if (cells.isEmpty()) throw new IllegalArgumentException("a table needs cells");
        this.table = cells.get(0).table();
        this.period = cells.get(0).period();
        TreeSet<String> codes = new TreeSet<>(IndicatorRow::compareIndustries);
        TreeSet<String> regions = new TreeSet<>(IndicatorRow::compareRegions);
        byProvince = new boolean[5];
        for (Cell c : cells) {
            if (!c.table().equals(table) || c.period() != period)
                throw new IllegalArgumentException(c + " is not of table " + table + " and the same month");
            int lv = levelOf(c.industry(), industries, c);
            checkRegion(c);
            codes.add(c.industry());
            regions.add(c.region());
            if (!c.region().equals(Cell.ALL)) byProvince[lv] = true;
        }
        if (!codes.contains(Cell.ALL)) throw new IllegalArgumentException("table " + table + " has no industry ALL row (the total)");
        if (!regions.contains(Cell.ALL)) throw new IllegalArgumentException("table " + table + " has no region ALL column (the total)");
        nodeCode = codes.toArray(new String[0]);
        columnCode = regions.toArray(new String[0]);
        columns = columnCode.length;
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int n = 0; n < nodeCode.length; n++) nodeIndex.put(nodeCode[n], n);
        level = new int[nodeCode.length];
        parent = new int[nodeCode.length];
        List<List<Integer>> kids = new ArrayList<>();
        for (int n = 0; n < nodeCode.length; n++) {
            kids.add(new ArrayList<>());
            level[n] = levelOf(nodeCode[n], industries, null);
        }
        for (int lv = 1; lv < 5; lv++) {
            if (byProvince[lv] && !byProvince[lv - 1] && anyOfLevel(lv - 1))
                throw new IllegalArgumentException("table " + table + ": industries of level " + lv + " are given by province but their parent level is not");
        }
        parent[0] = -1;
        for (int n = 1; n < nodeCode.length; n++) {
            String a = ancestor(nodeCode[n], industries);
            while (!nodeIndex.containsKey(a)) a = ancestor(a, industries);
            parent[n] = nodeIndex.get(a);
            kids.get(parent[n]).add(n);
        }
        children = new int[nodeCode.length][];
        for (int n = 0; n < nodeCode.length; n++) {
            children[n] = kids.get(n).stream().mapToInt(Integer::intValue).toArray();
            for (int k : children[n])
                if (level[k] != level[children[n][0]])
                    throw new IllegalArgumentException("table " + table + ": the parts of " + nodeCode[n] + " are of different levels ("
                            + nodeCode[children[n][0]] + ", " + nodeCode[k] + ")");
        }
        Map<String, Integer> columnIndex = new HashMap<>();
        for (int c = 0; c < columns; c++) columnIndex.put(columnCode[c], c);
        cell = new Cell[nodeCode.length * columns];
        value = new double[cell.length];
        for (Cell c : cells) {
            int id = nodeIndex.get(c.industry()) * columns + columnIndex.get(c.region());
            if (cell[id] != null) throw new IllegalArgumentException(c + " appears twice");
            cell[id] = c;
            value[id] = c.value();
        }
        checkAdditivity();
    }

    private boolean anyOfLevel(int lv) {
        for (int l : level) if (l == lv) return true;
        return false;
    }

    public String table() { return table; }

    public int period() { return period; }

    public int cellCount() { return cell.length; }

    int node(int id) { return id / columns; }

    int column(int id) { return id % columns; }

    int id(int node, int column) { return node * columns + column; }

    boolean exists(int id) { return cell[id] != null; }

    /** Whether the node's row has cells by province (its level is published by province). */
    boolean rowByProvince(int node) { return byProvince[level[node]]; }

    /** Whether the node is broken down at the column: it has children and they are published there. */
    boolean splitAt(int node, int column) {
        int[] ch = children[node];
        return ch.length > 0 && (column == ALL_COLUMN || byProvince[level[ch[0]]]);
    }

    /** The node itself is published at this column. */
    boolean publishedAt(int node, int column) { return column == ALL_COLUMN || rowByProvince(node); }

    private void checkAdditivity() {
        for (int n = 0; n < nodeCode.length; n++) {
            for (int c = 0; c < columns; c++) {
                if (!publishedAt(n, c) || !splitAt(n, c)) continue;
                double sum = 0;
                for (int k : children[n]) sum += value[id(k, c)];
                check(id(n, c), sum, "its parts " + nodeCode[children[n][0]] + "…");
            }
            if (rowByProvince(n) && columns > 1) {
                double sum = 0;
                for (int c = 1; c < columns; c++) sum += value[id(n, c)];
                check(id(n, ALL_COLUMN), sum, "its provinces");
            }
        }
    }

    private void check(int id, double sum, String what) {
        double v = value[id];
        if (Math.abs(v - sum) > ADDITIVITY_TOLERANCE * Math.max(1, Math.abs(v)))
            throw new IllegalArgumentException("table " + table + ": cell " + nodeCode[node(id)] + "/" + columnCode[column(id)]
                    + " is " + v + " but " + what + " add up to " + sum + " (the table is not additive)");
    }

    public String industry(int id) { return nodeCode[node(id)]; }

    public String region(int id) { return columnCode[column(id)]; }

    /** 0 ALL, 1 section, 2 division, 3 group, 4 class. */
    static int levelOf(String code, IndustryClassification industries, Cell where) {
        if (code.equals(Cell.ALL)) return 0;
        int lv = switch (code.length()) {
            case 1 -> Character.isUpperCase(code.charAt(0)) ? 1 : -1;
            case 2, 3, 4 -> allDigits(code) ? code.length() : -1;
            default -> -1;
        };
        if (lv < 0 || !industries.contains(code))
            throw new IllegalArgumentException((where == null ? "industry " : where + ": industry ") + "'" + code
                    + "' is not ALL or a GB/T 4754-2017 section, division, group or class");
        return lv;
    }

    private static void checkRegion(Cell c) {
        String r = c.region();
        if (r.equals(Cell.ALL)) return;
        if (r.length() != 6 || !allDigits(r) || !r.endsWith("0000"))
            throw new IllegalArgumentException(c + ": region '" + r + "' is not ALL or a province code NN0000");
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return !s.isEmpty();
    }

    /** The next code up: class → group → division → section → ALL. */
    private static String ancestor(String code, IndustryClassification industries) {
        return switch (code.length()) {
            case 4, 3 -> code.substring(0, code.length() - 1);
            case 2 -> industries.sectionOf(code);
            default -> Cell.ALL;
        };
    }

    @Override
    public String toString() {
        return "table " + table + " " + org.momentum.classification.Period.format(period) + " (" + nodeCode.length + " industries × "
                + columns + " regions)";
    }

    int[] childrenOf(int node) { return children[node]; }
}
