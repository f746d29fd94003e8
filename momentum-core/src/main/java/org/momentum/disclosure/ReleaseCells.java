package org.momentum.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.IndustryLevel;
import org.momentum.classification.Period;
import org.momentum.indicators.Panel;

/**
 * The magnitude cells of a release with what the primary rules need — contributors and the two largest
 * contributions — from the enterprises' own figures. A level cell's contributors are the in-scope enterprises with
 * a value that month (indicators.md "Level"); a year-to-date cell's are those with a value in some month from
 * January, each contributing the sum of its months (so that the cell's value is indicators.md's ytd_value).
 */
public final class ReleaseCells {
    /** Which cells a release publishes. */
    public enum Shape {
        /** As indicators.csv: ALL, sections and divisions × ALL and provinces; classes × ALL. */
        INDICATORS,
        /** Every level (ALL, sections, divisions, groups, classes) × ALL and every province. */
        FULL
    }

    /** The suffix of the year-to-date table: {@code output_value} → {@code output_value_ytd}. */
    public static final String YTD_SUFFIX = "_ytd";

    private final IndustryClassification industries;
    private final List<String> provinces;
    private final Shape shape;
    private final String[] nodeCode;
    private final int[] nodeLevel;
    private final int[][] nodesOfClass; // class index → node indices (ALL, section, division, group, class)
    private final Map<String, Integer> classIndex = new HashMap<>();

    /** @param provinces the province codes ({@code NN0000}) that enterprises' province indices point into */
    public ReleaseCells(IndustryClassification industries, List<String> provinces, Shape shape) {
        this.industries = industries;
        this.provinces = List.copyOf(provinces);
        this.shape = shape;
        List<String> codes = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        Map<String, Integer> node = new HashMap<>();
        codes.add(Cell.ALL);
        levels.add(0);
        IndustryLevel[] order = {IndustryLevel.SECTION, IndustryLevel.DIVISION, IndustryLevel.GROUP, IndustryLevel.CLASS};
        for (int l = 0; l < order.length; l++) {
            for (Industry i : industries.industrial(order[l])) {
                node.put(i.code(), codes.size());
                codes.add(i.code());
                levels.add(l + 1);
            }
        }
        nodeCode = codes.toArray(new String[0]);
        nodeLevel = levels.stream().mapToInt(Integer::intValue).toArray();
        List<Industry> classes = industries.industrial(IndustryLevel.CLASS);
        nodesOfClass = new int[classes.size()][];
        for (int c = 0; c < classes.size(); c++) {
            String code = classes.get(c).code();
            classIndex.put(code, c);
            nodesOfClass[c] = new int[] {0, node.get(industries.sectionOf(code)), node.get(IndustryClassification.divisionOf(code)),
                    node.get(IndustryClassification.groupOf(code)), node.get(code)};
        }
    }

    /** The index {@link #cells} expects for an industrial class code; −1 when it is not one. */
    public int classIndex(String classCode) {
        Integer i = classIndex.get(classCode);
        return i == null ? -1 : i;
    }

    /**
     * The cells of one table and month from enterprises' figures: {@code value[e]} NaN = not a contributor.
     * Cells without contributors are left out (empty).
     */
    public List<Cell> cells(String table, int period, int[] classOfEnterprise, int[] provinceOfEnterprise, double[] value) {
        int cols = provinces.size() + 1, n = nodeCode.length * cols;
        int[] count = new int[n];
        double[] sum = new double[n], top1 = new double[n], top2 = new double[n];
        for (int e = 0; e < value.length; e++) {
            double x = value[e];
            if (Double.isNaN(x)) continue;
            int col = provinceOfEnterprise[e] + 1;
            for (int node : nodesOfClass[classOfEnterprise[e]]) {
                add(node * cols, x, count, sum, top1, top2);
                add(node * cols + col, x, count, sum, top1, top2);
            }
        }
        List<Cell> out = new ArrayList<>();
        for (int node = 0; node < nodeCode.length; node++) {
            boolean byProvince = shape == Shape.FULL || nodeLevel[node] <= 2;
            if (shape == Shape.INDICATORS && nodeLevel[node] == 3) continue; // indicators.csv has no groups
            for (int c = 0; c < (byProvince ? cols : 1); c++) {
                int k = node * cols + c;
                if (count[k] == 0) continue;
                out.add(new Cell(table, nodeCode[node], c == 0 ? Cell.ALL : provinces.get(c - 1), period, sum[k], count[k],
                        top1[k], count[k] > 1 ? top2[k] : 0));
            }
        }
        return out;
    }

    private static void add(int k, double x, int[] count, double[] sum, double[] top1, double[] top2) {
        count[k]++;
        sum[k] += x;
        if (x > top1[k]) { top2[k] = top1[k]; top1[k] = x; }
        else if (x > top2[k]) top2[k] = x;
    }

    /**
     * The level and year-to-date cells of a measure for the months from..to of a panel (tables {@code measure} and
     * {@code measure + "_ytd"}); year to date accumulates from January even when {@code from} is later.
     */
    public static List<Cell> fromPanel(Panel panel, String measure, int from, int to, Shape shape) {
        int m = panel.measureIndex(measure);
        if (m < 0) throw new IllegalArgumentException("the panel has no reports of " + measure);
        ReleaseCells rc = new ReleaseCells(panel.industries(), panel.provinces(), shape);
        int n = panel.enterpriseCount();
        int[] cls = new int[n], prov = new int[n];
        for (int e = 0; e < n; e++) {
            cls[e] = rc.classIndex(panel.industry(e));
            prov[e] = panel.provinceIndex(e);
        }
        double[] month = new double[n], ytd = new double[n];
        List<Cell> out = new ArrayList<>();
        for (int t = Period.january(from); t <= to; t++) {
            if (Period.month(t) == 1) Arrays.fill(ytd, Double.NaN);
            for (int e = 0; e < n; e++) {
                double x = panel.inScope(e, t) ? panel.value(m, t, e) : Double.NaN;
                month[e] = x;
                if (!Double.isNaN(x)) ytd[e] = Double.isNaN(ytd[e]) ? x : ytd[e] + x;
            }
            if (t < from) continue;
            out.addAll(rc.cells(measure, t, cls, prov, month));
            out.addAll(rc.cells(measure + YTD_SUFFIX, t, cls, prov, ytd));
        }
        return out;
    }

    public IndustryClassification industries() { return industries; }
}
