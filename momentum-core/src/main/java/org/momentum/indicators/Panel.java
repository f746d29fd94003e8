package org.momentum.indicators;

import java.util.List;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.Period;

/**
 * The latest revision of every report, columnar: for each measure and month one {@code double[]} over the
 * enterprises (NaN = no report), and a second one for {@code prev_year_value} only where some report of that
 * measure and month gave one. Enterprise attributes are primitive arrays; industries are indices into the
 * industrial classes of the classification, provinces indices into {@link #provinces()} (ascending codes).
 * Made by {@link PanelBuilder}; immutable once built (the arrays are not handed out).
 */
public final class Panel {
    private final IndustryClassification industries;
    private final List<String> classCodes;
    private final List<String> provinces;
    private final int enterprises;
    private final String[] ids;
    private final int[] classIndex;
    private final int[] provinceIndex;
    private final int[] scopeFrom;
    private final int[] scopeTo;
    private final List<String> measures;
    private final int[] firstPeriod;
    private final double[][][] values;
    private final double[][][] prevYearValues;
    private final int minPeriod;
    private final int maxPeriod;

    Panel(IndustryClassification industries, List<String> classCodes, List<String> provinces, int enterprises,
          String[] ids, int[] classIndex, int[] provinceIndex, int[] scopeFrom, int[] scopeTo,
          List<String> measures, int[] firstPeriod, double[][][] values, double[][][] prevYearValues) {
        this.industries = industries;
        this.classCodes = classCodes;
        this.provinces = provinces;
        this.enterprises = enterprises;
        this.ids = ids;
        this.classIndex = classIndex;
        this.provinceIndex = provinceIndex;
        this.scopeFrom = scopeFrom;
        this.scopeTo = scopeTo;
        this.measures = measures;
        this.firstPeriod = firstPeriod;
        this.values = values;
        this.prevYearValues = prevYearValues;
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int m = 0; m < measures.size(); m++) {
            for (int k = 0; k < values[m].length; k++) {
                if (values[m][k] == null) continue;
                min = Math.min(min, firstPeriod[m] + k);
                max = Math.max(max, firstPeriod[m] + k);
            }
        }
        this.minPeriod = min == Integer.MAX_VALUE ? Period.NONE : min;
        this.maxPeriod = max == Integer.MIN_VALUE ? Period.NONE : max;
    }

    public IndustryClassification industries() { return industries; }

    /** The industrial 4-digit classes in code order; {@link #classIndex} points into this list. */
    public List<String> classCodes() { return classCodes; }

    /** The provinces ({@code NN0000}) of the enterprises, ascending; {@link #provinceIndex} points into this list. */
    public List<String> provinces() { return provinces; }

    public int enterpriseCount() { return enterprises; }

    public String enterpriseId(int e) { check(e); return ids[e]; }

    public int classIndex(int e) { check(e); return classIndex[e]; }

    public String industry(int e) { return classCodes.get(classIndex(e)); }

    public int provinceIndex(int e) { check(e); return provinceIndex[e]; }

    public String province(int e) { return provinces.get(provinceIndex(e)); }

    public int scopeFrom(int e) { check(e); return scopeFrom[e]; }

    public int scopeTo(int e) { check(e); return scopeTo[e]; }

    /** indicators.md: in scope when scope_from ≤ t ≤ scope_to. */
    public boolean inScope(int e, int period) { check(e); return scopeFrom[e] <= period && period <= scopeTo[e]; }

    /** The indicator codes reported, in the order they were first seen. */
    public List<String> measures() { return measures; }

    /** -1 when the indicator was never reported. */
    public int measureIndex(String indicator) { return measures.indexOf(indicator); }

    /** First month with any report, {@link Period#NONE} when the panel is empty. */
    public int minPeriod() { return minPeriod; }

    /** Last month with any report, {@link Period#NONE} when the panel is empty. */
    public int maxPeriod() { return maxPeriod; }

    /** The latest value reported, NaN when there is no report. */
    public double value(int measure, int period, int e) {
        check(e);
        double[] col = valueColumn(measure, period);
        return col == null ? Double.NaN : col[e];
    }

    /** The latest report's prev_year_value, NaN when there is no report or it gave none. */
    public double prevYearValue(int measure, int period, int e) {
        check(e);
        double[] col = prevYearColumn(measure, period);
        return col == null ? Double.NaN : col[e];
    }

    public boolean hasReport(int measure, int period, int e) { return !Double.isNaN(value(measure, period, e)); }

    /** Package-private raw column (length ≥ enterpriseCount, NaN = none) or null when no enterprise reported. */
    double[] valueColumn(int measure, int period) { return column(values, measure, period); }

    double[] prevYearColumn(int measure, int period) { return column(prevYearValues, measure, period); }

    int[] classIndexArray() { return classIndex; }

    int[] provinceIndexArray() { return provinceIndex; }

    int[] scopeFromArray() { return scopeFrom; }

    int[] scopeToArray() { return scopeTo; }

    private double[] column(double[][][] cols, int measure, int period) {
        double[][] m = cols[measure];
        long k = (long) period - firstPeriod[measure];
        if (k < 0 || k >= m.length) return null;
        return m[(int) k];
    }

    /**
     * This panel with some reports revised or added, for incremental recomputation: only the month columns the
     * reports touch are copied, every other column is shared. Each report must be of a known enterprise and
     * measure and fall in a month the measure already spans; anything else needs a rebuilt panel.
     */
    public Panel revise(List<org.momentum.reports.Report> reports) {
        java.util.Map<String, Integer> index = idIndex();
        double[][][] v = new double[values.length][][];
        double[][][] p = new double[prevYearValues.length][][];
        for (int m = 0; m < values.length; m++) {
            v[m] = values[m].clone();
            p[m] = prevYearValues[m].clone();
        }
        java.util.Set<Long> copied = new java.util.HashSet<>();
        for (org.momentum.reports.Report r : reports) {
            Integer e = index.get(r.enterpriseId());
            if (e == null) throw new IllegalArgumentException("enterprise " + r.enterpriseId() + " is not in the panel");
            int m = measures.indexOf(r.indicator());
            if (m < 0) throw new IllegalArgumentException("indicator " + r.indicator() + " is not in the panel; rebuild it");
            long k = (long) r.period() - firstPeriod[m];
            if (k < 0 || k >= v[m].length)
                throw new IllegalArgumentException(Period.format(r.period()) + " is outside the months the panel holds for " + r.indicator() + "; rebuild it");
            int kk = (int) k;
            if (copied.add(((long) m << 32) | kk)) {
                v[m][kk] = v[m][kk] == null ? nan(enterprises) : v[m][kk].clone();
                if (p[m][kk] != null) p[m][kk] = p[m][kk].clone();
            }
            v[m][kk][e] = r.value();
            if (p[m][kk] == null && r.hasPrevYearValue()) p[m][kk] = nan(v[m][kk].length);
            if (p[m][kk] != null) p[m][kk][e] = r.prevYearValue();
        }
        return new Panel(industries, classCodes, provinces, enterprises, ids, classIndex, provinceIndex, scopeFrom, scopeTo,
                measures, firstPeriod, v, p);
    }

    private java.util.Map<String, Integer> idIndex;

    private java.util.Map<String, Integer> idIndex() {
        if (idIndex == null) {
            java.util.Map<String, Integer> m = new java.util.HashMap<>(enterprises * 2);
            for (int e = 0; e < enterprises; e++) m.put(ids[e], e);
            idIndex = m;
        }
        return idIndex;
    }

    private static double[] nan(int n) {
        double[] c = new double[n];
        java.util.Arrays.fill(c, Double.NaN);
        return c;
    }

    private void check(int e) {
        if (e < 0 || e >= enterprises) throw new IndexOutOfBoundsException("enterprise index " + e + " of " + enterprises);
    }
}
