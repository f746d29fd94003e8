package org.momentum.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.IndustryLevel;
import org.momentum.classification.Period;
import org.momentum.classification.RegionClassification;
import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;

/**
 * Collects the register and the reports into a {@link Panel}. Storage is columnar from the start: per measure,
 * one {@code double[]} over enterprises for each month (and one for prev_year_value, allocated only when a report
 * of that measure and month gives one). 400,000 enterprises × 36 months × 6 measures take about 0.7 GB of values
 * (twice that when every report also gives prev_year_value). Not thread-safe; after {@link #build()} the builder
 * hands its arrays to the panel and refuses further use.
 */
public final class PanelBuilder {
    private final IndustryClassification industries;
    private final List<String> classCodes = new ArrayList<>();
    private final Map<String, Integer> classIndexByCode = new HashMap<>();
    private final Map<String, Integer> enterpriseIndex;
    private final Map<String, Integer> measureIndexByCode = new HashMap<>();
    private final List<MeasureColumns> measures = new ArrayList<>();
    private int capacity;
    private int count;
    private String[] ids;
    private int[] classIndex;
    private int[] provinceNumber;
    private int[] scopeFrom;
    private int[] scopeTo;
    private boolean built;

    public PanelBuilder(IndustryClassification industries) { this(industries, 1024); }

    /** @param expectedEnterprises initial capacity, so that a known register size allocates each column once */
    public PanelBuilder(IndustryClassification industries, int expectedEnterprises) {
        this.industries = industries;
        for (Industry i : industries.industrial(IndustryLevel.CLASS)) {
            classIndexByCode.put(i.code(), classCodes.size());
            classCodes.add(i.code());
        }
        this.capacity = Math.max(16, expectedEnterprises);
        this.enterpriseIndex = new HashMap<>(Math.max(16, expectedEnterprises * 4 / 3 + 1));
        ids = new String[capacity];
        classIndex = new int[capacity];
        provinceNumber = new int[capacity];
        scopeFrom = new int[capacity];
        scopeTo = new int[capacity];
    }

    /**
     * Adds an enterprise of the register and returns its index. A second add of the same id keeps the index and
     * replaces the attributes (industry, region, scope). The industry must be an industrial class (B, C, D).
     */
    public int addEnterprise(Enterprise e) {
        checkOpen();
        Integer cls = classIndexByCode.get(e.industry());
        if (cls == null)
            throw new IllegalArgumentException("enterprise " + e.id() + ": '" + e.industry() + "' is not a 4-digit class of sections B, C or D");
        if (!RegionClassification.isSixDigits(e.region()))
            throw new IllegalArgumentException("enterprise " + e.id() + ": region '" + e.region() + "' is not a 6-digit code");
        if (e.scopeTo() < e.scopeFrom())
            throw new IllegalArgumentException("enterprise " + e.id() + ": scope_to is before scope_from");
        Integer existing = enterpriseIndex.get(e.id());
        int idx;
        if (existing != null) {
            idx = existing;
        } else {
            if (count == capacity) grow(capacity * 2);
            idx = count++;
            enterpriseIndex.put(e.id(), idx);
            ids[idx] = e.id();
        }
        classIndex[idx] = cls;
        provinceNumber[idx] = Integer.parseInt(e.region().substring(0, 2));
        scopeFrom[idx] = e.scopeFrom();
        scopeTo[idx] = e.scopeTo();
        return idx;
    }

    /** The index of a registered enterprise, -1 when unknown. */
    public int enterpriseIndex(String enterpriseId) {
        Integer i = enterpriseIndex.get(enterpriseId);
        return i == null ? -1 : i;
    }

    /** The index of a measure, registering the indicator code when it is new. */
    public int measureIndex(String indicator) {
        checkOpen();
        Integer m = measureIndexByCode.get(indicator);
        if (m != null) return m;
        if (indicator.equals(IndicatorEngine.OUTPUT_VALUE_REAL))
            throw new IllegalArgumentException(indicator + " is computed, not reported");
        measureIndexByCode.put(indicator, measures.size());
        measures.add(new MeasureColumns(indicator));
        return measures.size() - 1;
    }

    /**
     * Adds a report. A later report for the same (enterprise, period, indicator) replaces the earlier one whole,
     * value and prev_year_value (formats.md: a revision). Unknown enterprise → IllegalArgumentException.
     */
    public void addReport(Report r) {
        int e = enterpriseIndex(r.enterpriseId());
        if (e < 0) throw new IllegalArgumentException("report for enterprise '" + r.enterpriseId() + "', which is not in the register");
        addReport(e, r.period(), measureIndex(r.indicator()), r.value(), r.prevYearValue());
    }

    /** Fast path for bulk loaders; {@code prevYearValue} NaN = not given. Same revision rule as {@link #addReport(Report)}. */
    public void addReport(int enterprise, int period, String indicator, double value, double prevYearValue) {
        addReport(enterprise, period, measureIndex(indicator), value, prevYearValue);
    }

    /** Fast path for bulk loaders with a measure index from {@link #measureIndex(String)}. */
    public void addReport(int enterprise, int period, int measure, double value, double prevYearValue) {
        checkOpen();
        if (enterprise < 0 || enterprise >= count) throw new IllegalArgumentException("no enterprise with index " + enterprise);
        if (measure < 0 || measure >= measures.size()) throw new IllegalArgumentException("no measure with index " + measure);
        if (period == Period.NONE || period == Period.OPEN) throw new IllegalArgumentException("report without a period");
        if (Double.isNaN(value) || Double.isInfinite(value))
            throw new IllegalArgumentException("report of " + ids[enterprise] + " for " + Period.format(period) + ": value " + value + " is not a finite number");
        if (Double.isInfinite(prevYearValue))
            throw new IllegalArgumentException("report of " + ids[enterprise] + " for " + Period.format(period) + ": prev_year_value is infinite");
        measures.get(measure).put(period, enterprise, value, prevYearValue, capacity);
    }

    public int enterpriseCount() { return count; }

    /** Hands the columns to a new panel; the builder cannot be used afterwards. */
    public Panel build() {
        checkOpen();
        built = true;
        boolean[] seen = new boolean[100];
        for (int i = 0; i < count; i++) seen[provinceNumber[i]] = true;
        int[] provinceIndexOfNumber = new int[100];
        List<String> provinces = new ArrayList<>();
        for (int p = 0; p < 100; p++) {
            if (!seen[p]) continue;
            provinceIndexOfNumber[p] = provinces.size();
            provinces.add((p < 10 ? "0" : "") + p + "0000");
        }
        int[] provinceIndex = new int[count];
        for (int i = 0; i < count; i++) provinceIndex[i] = provinceIndexOfNumber[provinceNumber[i]];
        List<String> measureCodes = new ArrayList<>();
        int[] firstPeriod = new int[measures.size()];
        double[][][] values = new double[measures.size()][][];
        double[][][] prevs = new double[measures.size()][][];
        for (int m = 0; m < measures.size(); m++) {
            MeasureColumns mc = measures.get(m);
            measureCodes.add(mc.code);
            firstPeriod[m] = mc.first;
            values[m] = trim(mc.values);
            prevs[m] = trim(mc.prevs);
            mc.values = null;
            mc.prevs = null;
        }
        Panel panel = new Panel(industries, List.copyOf(classCodes), List.copyOf(provinces), count,
                Arrays.copyOf(ids, count), Arrays.copyOf(classIndex, count), provinceIndex,
                Arrays.copyOf(scopeFrom, count), Arrays.copyOf(scopeTo, count),
                List.copyOf(measureCodes), firstPeriod, values, prevs);
        ids = null;
        return panel;
    }

    /** Cuts columns to the enterprise count, one at a time, so peak memory grows by one column only. */
    private double[][] trim(double[][] cols) {
        for (int k = 0; k < cols.length; k++) {
            if (cols[k] != null && cols[k].length != count) cols[k] = Arrays.copyOf(cols[k], count);
        }
        return cols;
    }

    private void grow(int newCapacity) {
        ids = Arrays.copyOf(ids, newCapacity);
        classIndex = Arrays.copyOf(classIndex, newCapacity);
        provinceNumber = Arrays.copyOf(provinceNumber, newCapacity);
        scopeFrom = Arrays.copyOf(scopeFrom, newCapacity);
        scopeTo = Arrays.copyOf(scopeTo, newCapacity);
        for (MeasureColumns mc : measures) mc.resize(newCapacity);
        capacity = newCapacity;
    }

    private void checkOpen() {
        if (built) throw new IllegalStateException("this PanelBuilder has already built its panel");
    }

    /** The month columns of one measure over a window of periods [first, first + values.length). */
    private static final class MeasureColumns {
        final String code;
        int first;
        double[][] values = new double[0][];
        double[][] prevs = new double[0][];

        MeasureColumns(String code) { this.code = code; }

        void put(int period, int e, double value, double prev, int capacity) {
            int k = slot(period);
            double[] v = values[k];
            if (v == null) values[k] = v = nanColumn(capacity);
            v[e] = value;
            double[] p = prevs[k];
            if (p == null) {
                if (Double.isNaN(prev)) return; // nothing to replace: no report of this month gave one yet
                prevs[k] = p = nanColumn(capacity);
            }
            p[e] = prev; // a revision replaces prev_year_value too, also by "not given"
        }

        private int slot(int period) {
            if (values.length == 0) {
                first = period;
                values = new double[1][];
                prevs = new double[1][];
                return 0;
            }
            if (period < first) {
                int shift = first - period;
                values = shifted(values, shift);
                prevs = shifted(prevs, shift);
                first = period;
            } else if (period - first >= values.length) {
                values = Arrays.copyOf(values, period - first + 1);
                prevs = Arrays.copyOf(prevs, period - first + 1);
            }
            return period - first;
        }

        private static double[][] shifted(double[][] a, int shift) {
            double[][] b = new double[a.length + shift][];
            System.arraycopy(a, 0, b, shift, a.length);
            return b;
        }

        void resize(int capacity) {
            resize(values, capacity);
            resize(prevs, capacity);
        }

        private static void resize(double[][] cols, int capacity) {
            for (int k = 0; k < cols.length; k++) {
                if (cols[k] == null) continue;
                int old = cols[k].length;
                cols[k] = Arrays.copyOf(cols[k], capacity);
                Arrays.fill(cols[k], old, capacity, Double.NaN);
            }
        }

        private static double[] nanColumn(int n) {
            double[] c = new double[n];
            Arrays.fill(c, Double.NaN);
            return c;
        }
    }
}
