package org.momentum.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.IndustryLevel;
import org.momentum.classification.Period;
import org.momentum.reports.IndicatorCatalog;

/**
 * The arithmetic of indicators.md over a {@link Panel}, producing the rows of indicators.csv (formats.md).
 *
 * <p>For each measure and month, one pass over the enterprises accumulates at the finest grain (class × province):
 * level sum, count, and over the matched set M the sums of x, of b and (for {@code output_value} with prices) of
 * x/p. These cells are then rolled up to the published hierarchy (ALL, sections, divisions × ALL, provinces; and
 * classes × ALL); year-to-date sums run over the rolled-up cells. No output cell ever loops over enterprises.
 * The two halves are public for a distributed run ({@link #fineCells}, then {@link #combine}: momentum-spark);
 * {@link #compute} is the same two halves without the {@link FineCell} records in between.
 *
 * <p>Sums are plain {@code double} sums: enterprises are added in panel index order within a fine cell, fine cells
 * in (class, province) order within a published cell, months in calendar order; the result is therefore
 * deterministic for a panel. (Values are ≥ 0, so there is no cancellation inside a sum; Kahan summation was not
 * judged worth its cost. Rounding differences against other summation orders are ~1e-15 relative.)
 *
 * <p>Prices: {@code output_value_real} needs p(i,t) for every enterprise of a matched set M(cell,t) — indicators.md,
 * "A price index is needed for every enterprise of a matched set". In-scope enterprises without a base only count
 * in {@code enterprises} (the level of {@code output_value_real} is empty), so they need no price.
 */
public final class IndicatorEngine {
    public static final String OUTPUT_VALUE = IndicatorCatalog.OUTPUT_VALUE;
    public static final String OUTPUT_VALUE_REAL = IndicatorCatalog.OUTPUT_VALUE_REAL;
    public static final String ALL = IndicatorRow.ALL;

    /** All periods of the panel. */
    public IndicatorCube compute(Panel panel, PriceIndex pricesOrNull) {
        if (panel.minPeriod() == Period.NONE) return new IndicatorCube(List.of());
        return compute(panel, pricesOrNull, panel.minPeriod(), panel.maxPeriod());
    }

    /**
     * Rows of the periods from..to only; year-to-date figures still accumulate from January of each year, and
     * bases still come from t−12, so the rows equal those of a full computation.
     */
    public IndicatorCube compute(Panel panel, PriceIndex pricesOrNull, int fromPeriod, int toPeriod) {
        if (toPeriod < fromPeriod) throw new IllegalArgumentException("period range ends before it starts");
        if (panel.minPeriod() == Period.NONE) return new IndicatorCube(List.of());
        int start = Period.january(Math.max(fromPeriod, panel.minPeriod()));
        int end = Math.min(toPeriod, panel.maxPeriod());
        Hierarchy h = new Hierarchy(panel.industries(), panel.classCodes(), panel.provinces());
        Map<String, List<IndicatorRow>> byMeasure = new TreeMap<>();
        Sums fine = new Sums(h.classes * h.provinces);
        for (int m = 0; m < panel.measures().size(); m++) {
            String code = panel.measures().get(m);
            boolean real = pricesOrNull != null && code.equals(OUTPUT_VALUE);
            List<IndicatorRow> rows = new ArrayList<>();
            List<IndicatorRow> realRows = real ? new ArrayList<>() : null;
            Accumulation acc = new Accumulation(panel, h, m, real ? pricesOrNull : null);
            RollUp run = new RollUp(h, code, real);
            for (int t = start; t <= end; t++) {
                if (!acc.month(t, fine)) continue; // no report this month: nothing to add, no rows
                run.month(t, fine, t >= fromPeriod ? rows : null, realRows);
            }
            byMeasure.put(code, rows);
            if (real) byMeasure.put(OUTPUT_VALUE_REAL, realRows);
        }
        List<IndicatorRow> all = new ArrayList<>();
        for (List<IndicatorRow> rows : byMeasure.values()) all.addAll(rows);
        return new IndicatorCube(all);
    }

    /**
     * The first half of {@link #compute}: every month's sums at the class × province grain, one {@link FineCell}
     * per cell with an in-scope enterprise. Cells of disjoint sets of enterprises add up ({@link FineCell#plus}),
     * so a panel cut by enterprise — each enterprise with all its months, for its own base at t−12 — can be
     * summed part by part and finished by {@link #combine}.
     */
    public List<FineCell> fineCells(Panel panel, PriceIndex pricesOrNull) {
        List<FineCell> out = new ArrayList<>();
        if (panel.minPeriod() == Period.NONE) return out;
        Hierarchy h = new Hierarchy(panel.industries(), panel.classCodes(), panel.provinces());
        Sums fine = new Sums(h.classes * h.provinces);
        for (int m = 0; m < panel.measures().size(); m++) {
            String code = panel.measures().get(m);
            boolean real = pricesOrNull != null && code.equals(OUTPUT_VALUE);
            Accumulation acc = new Accumulation(panel, h, m, real ? pricesOrNull : null);
            for (int t = panel.minPeriod(); t <= panel.maxPeriod(); t++) {
                if (!acc.month(t, fine)) continue;
                for (int c = 0; c < h.classes; c++) {
                    for (int p = 0; p < h.provinces; p++) {
                        int k = c * h.provinces + p;
                        if (fine.count[k] == 0) continue;
                        out.add(new FineCell(code, t, h.classCodes.get(c), h.regionCode[p + 1], fine.level[k], fine.count[k],
                                fine.matchedX[k], fine.matchedBase[k], real ? fine.matchedXReal[k] : Double.NaN, fine.matched[k]));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The second half of {@link #compute}: the rows of indicators.csv from fine cells (cells of the same key are
     * added first). Year to date runs over the months given, from January or the first month given of each year, so
     * the cells must hold whole years from January (or the whole panel); a measure's months of one year suffice.
     * With the cells of {@link #fineCells} of a whole panel the rows equal {@link #compute}'s, to the last bit when
     * no key is added twice.
     *
     * @param withReal whether the cells were summed with prices, so that output_value_real rows are due
     */
    public IndicatorCube combine(IndustryClassification industries, Iterable<FineCell> cells, boolean withReal) {
        java.util.SortedSet<String> provinceSet = new java.util.TreeSet<>();
        Map<String, TreeMap<Integer, List<FineCell>>> byMeasure = new TreeMap<>();
        for (FineCell c : cells) {
            provinceSet.add(c.province());
            byMeasure.computeIfAbsent(c.measure(), k -> new TreeMap<>()).computeIfAbsent(c.period(), k -> new ArrayList<>()).add(c);
        }
        List<String> classCodes = new ArrayList<>();
        for (Industry i : industries.industrial(IndustryLevel.CLASS)) classCodes.add(i.code());
        Hierarchy h = new Hierarchy(industries, classCodes, List.copyOf(provinceSet));
        Map<String, Integer> classIndex = new java.util.HashMap<>();
        for (int c = 0; c < classCodes.size(); c++) classIndex.put(classCodes.get(c), c);
        Map<String, Integer> provinceIndex = new java.util.HashMap<>();
        for (int p = 0; p < h.provinces; p++) provinceIndex.put(h.regionCode[p + 1], p);
        Map<String, List<IndicatorRow>> out = new TreeMap<>();
        Sums fine = new Sums(h.classes * h.provinces);
        for (Map.Entry<String, TreeMap<Integer, List<FineCell>>> m : byMeasure.entrySet()) {
            String code = m.getKey();
            boolean real = withReal && code.equals(OUTPUT_VALUE);
            List<IndicatorRow> rows = new ArrayList<>();
            List<IndicatorRow> realRows = real ? new ArrayList<>() : null;
            RollUp run = new RollUp(h, code, real);
            for (Map.Entry<Integer, List<FineCell>> month : m.getValue().entrySet()) {
                fine.clear();
                for (FineCell c : month.getValue()) {
                    Integer ci = classIndex.get(c.industryClass());
                    if (ci == null) throw new IllegalArgumentException("'" + c.industryClass() + "' is not an industrial class of the classification");
                    fine.add(ci * h.provinces + provinceIndex.get(c.province()), c);
                }
                run.month(month.getKey(), fine, rows, realRows);
            }
            out.put(code, rows);
            if (real) out.put(OUTPUT_VALUE_REAL, realRows);
        }
        List<IndicatorRow> all = new ArrayList<>();
        for (List<IndicatorRow> rows : out.values()) all.addAll(rows);
        return new IndicatorCube(all);
    }

    /** One measure and month's national total (industry ALL, region ALL): level and count of in-scope enterprises with a value. */
    public record NationalTotal(String measure, int period, double value, int enterprises) {}

    /**
     * The ALL/ALL level and enterprises of every measure and month with an in-scope value, equal to {@link #compute}'s
     * rows to the last bit (the same scope test and the same summation order: enterprises within a fine cell, fine
     * cells in (class, province) order) without rolling up the rest of the cube: what a cube computed elsewhere must
     * agree with to be a cube of this panel. No output_value_real (it has no level), so no prices are needed.
     */
    public List<NationalTotal> nationalTotals(Panel panel) {
        List<NationalTotal> out = new ArrayList<>();
        if (panel.minPeriod() == Period.NONE) return out;
        Hierarchy h = new Hierarchy(panel.industries(), panel.classCodes(), panel.provinces());
        Sums fine = new Sums(h.classes * h.provinces);
        for (int m = 0; m < panel.measures().size(); m++) {
            Accumulation acc = new Accumulation(panel, h, m, null);
            for (int t = panel.minPeriod(); t <= panel.maxPeriod(); t++) {
                if (!acc.month(t, fine)) continue;
                double level = 0;
                int count = 0;
                for (int k = 0; k < fine.count.length; k++) {
                    if (fine.count[k] == 0) continue; // as RollUp skips it
                    level += fine.level[k];
                    count += fine.count[k];
                }
                if (count > 0) out.add(new NationalTotal(panel.measures().get(m), t, level, count));
            }
        }
        return out;
    }

    /**
     * The periods whose rows change when reports of month t are revised: t..December of t's year (level, growth,
     * year to date) and t+12..December of the next year (t is the base of t+12 when that report gives no
     * prev_year_value, and feeds the year to date after it).
     */
    public static List<PeriodRange> affectedPeriods(int revisedPeriod) {
        int december = Period.january(revisedPeriod) + 11;
        return List.of(new PeriodRange(revisedPeriod, december), new PeriodRange(revisedPeriod + 12, december + 12));
    }

    /** The published industry nodes (ALL, sections, divisions, classes) and the class → node maps. */
    private static final class Hierarchy {
        final String[] nodeCode;
        final boolean[] isClassNode;
        final int[] sectionNode, divisionNode, classNode; // by panel class index
        final String[] regionCode; // 0 = ALL, 1.. provinces
        final int regions, provinces, classes;

        final List<String> classCodes;

        Hierarchy(IndustryClassification ic, List<String> classCodes, List<String> provinceCodes) {
            List<Industry> sections = ic.industrial(IndustryLevel.SECTION);
            List<Industry> divisions = ic.industrial(IndustryLevel.DIVISION);
            this.classCodes = classCodes;
            classes = classCodes.size();
            int nodes = 1 + sections.size() + divisions.size() + classes;
            nodeCode = new String[nodes];
            isClassNode = new boolean[nodes];
            nodeCode[0] = ALL;
            int k = 1;
            Map<String, Integer> nodeOf = new java.util.HashMap<>();
            for (Industry s : sections) { nodeOf.put(s.code(), k); nodeCode[k++] = s.code(); }
            for (Industry d : divisions) { nodeOf.put(d.code(), k); nodeCode[k++] = d.code(); }
            sectionNode = new int[classes];
            divisionNode = new int[classes];
            classNode = new int[classes];
            for (int c = 0; c < classes; c++) {
                String code = classCodes.get(c);
                sectionNode[c] = nodeOf.get(ic.sectionOf(code));
                divisionNode[c] = nodeOf.get(IndustryClassification.divisionOf(code));
                classNode[c] = k;
                isClassNode[k] = true;
                nodeCode[k++] = code;
            }
            provinces = provinceCodes.size();
            regions = provinces + 1;
            regionCode = new String[regions];
            regionCode[0] = ALL;
            for (int p = 0; p < provinces; p++) regionCode[p + 1] = provinceCodes.get(p);
        }

        int nodes() { return nodeCode.length; }
    }

    /** Sums of one cell and month (or January..month): the quantities of indicators.md. */
    private static final class Sums {
        final double[] level, matchedX, matchedBase, matchedXReal;
        final int[] count, matched;

        Sums(int n) {
            level = new double[n];
            matchedX = new double[n];
            matchedBase = new double[n];
            matchedXReal = new double[n];
            count = new int[n];
            matched = new int[n];
        }

        void clear() {
            Arrays.fill(level, 0);
            Arrays.fill(matchedX, 0);
            Arrays.fill(matchedBase, 0);
            Arrays.fill(matchedXReal, 0);
            Arrays.fill(count, 0);
            Arrays.fill(matched, 0);
        }

        void add(int to, FineCell c) {
            level[to] += c.level();
            matchedX[to] += c.matchedX();
            matchedBase[to] += c.matchedBase();
            matchedXReal[to] += c.matchedXReal();
            count[to] += c.enterprises();
            matched[to] += c.matched();
        }

        void add(int to, Sums from, int k) {
            level[to] += from.level[k];
            matchedX[to] += from.matchedX[k];
            matchedBase[to] += from.matchedBase[k];
            matchedXReal[to] += from.matchedXReal[k];
            count[to] += from.count[k];
            matched[to] += from.matched[k];
        }
    }

    /** One measure of a panel, month by month, into fine cells (class × province). */
    private static final class Accumulation {
        final Panel panel;
        final Hierarchy h;
        final int measure;
        final PriceIndex prices;
        final int[] fineCell;
        final double[] classPrice;

        Accumulation(Panel panel, Hierarchy h, int measure, PriceIndex prices) {
            this.panel = panel;
            this.h = h;
            this.measure = measure;
            this.prices = prices;
            int n = panel.enterpriseCount();
            int[] cls = panel.classIndexArray(), prov = panel.provinceIndexArray();
            fineCell = new int[n];
            for (int i = 0; i < n; i++) fineCell[i] = cls[i] * h.provinces + prov[i];
            classPrice = prices == null ? null : new double[h.classes];
        }

        /** indicators.md "Level" and "Base for growth", at the class × province grain. */
        boolean month(int t, Sums fine) {
            double[] x = panel.valueColumn(measure, t);
            if (x == null) return false;
            fine.clear();
            double[] prev = panel.prevYearColumn(measure, t);
            double[] lastYear = panel.valueColumn(measure, t - 12);
            int[] from = panel.scopeFromArray(), to = panel.scopeToArray(), cls = panel.classIndexArray();
            if (classPrice != null) for (int c = 0; c < h.classes; c++) classPrice[c] = prices.lookup(panel.classCodes().get(c), t);
            double[] level = fine.level, mx = fine.matchedX, mb = fine.matchedBase, mxr = fine.matchedXReal;
            int[] count = fine.count, matched = fine.matched;
            for (int i = 0, n = panel.enterpriseCount(); i < n; i++) {
                double xi = x[i];
                if (Double.isNaN(xi) || t < from[i] || t > to[i]) continue; // in scope with a value
                int c = fineCell[i];
                level[c] += xi;
                count[c]++;
                double b = prev == null ? Double.NaN : prev[i]; // prev_year_value first, even 0
                if (Double.isNaN(b) && lastYear != null) b = lastYear[i]; // else x(i,t−12), whatever the scope then
                if (Double.isNaN(b)) continue; // no base: out of M
                mx[c] += xi;
                mb[c] += b;
                matched[c]++;
                if (classPrice != null) {
                    double p = classPrice[cls[i]];
                    if (Double.isNaN(p))
                        throw new IllegalArgumentException("no producer price index covers industry " + panel.classCodes().get(cls[i])
                                + " (nor its group, division, section or ALL) in " + Period.format(t)
                                + ", needed for output_value_real (enterprise " + panel.enterpriseId(i) + ")");
                    mxr[c] += xi / p;
                }
            }
            return true;
        }

    }

    /** One measure's fine cells, month by month in calendar order, rolled up to the published cells and emitted. */
    private static final class RollUp {
        final Hierarchy h;
        final String code;
        final boolean stock, real;
        final Sums cells, ytd;
        Sums fine;
        int year = Integer.MIN_VALUE;

        RollUp(Hierarchy h, String code, boolean real) {
            this.h = h;
            this.code = code;
            this.stock = IndicatorCatalog.isStock(code);
            this.real = real;
            cells = new Sums(h.nodes() * h.regions);
            ytd = new Sums(h.nodes() * h.regions);
        }

        /** Month t (after every earlier month of its year): rows go to {@code rows} unless it is null. */
        void month(int t, Sums fine, List<IndicatorRow> rows, List<IndicatorRow> realRows) {
            if (Period.year(t) != year) { ytd.clear(); year = Period.year(t); } // year to date from January
            this.fine = fine;
            rollUp();
            for (int k = 0; k < cells.count.length; k++) if (cells.count[k] > 0) ytd.add(k, cells, k);
            if (rows != null) emit(t, rows, real ? realRows : null);
        }

        /** Fine cells to ALL / section / division × ALL / province, and class × ALL. */
        private void rollUp() {
            cells.clear();
            int regions = h.regions;
            for (int c = 0; c < h.classes; c++) {
                int[] nodes = {0, h.sectionNode[c], h.divisionNode[c]};
                for (int p = 0; p < h.provinces; p++) {
                    int k = c * h.provinces + p;
                    if (fine.count[k] == 0) continue;
                    for (int node : nodes) {
                        cells.add(node * regions, fine, k);
                        cells.add(node * regions + p + 1, fine, k);
                    }
                    cells.add(h.classNode[c] * regions, fine, k);
                }
            }
        }

        private void emit(int t, List<IndicatorRow> rows, List<IndicatorRow> realRows) {
            int regions = h.regions;
            double allBase = cells.count[0] > 0 && cells.matched[0] > 0 ? cells.matchedBase[0] : 0;
            for (int node = 0; node < h.nodes(); node++) {
                int lastRegion = h.isClassNode[node] ? 0 : regions - 1;
                for (int r = 0; r <= lastRegion; r++) {
                    int k = node * regions + r;
                    if (cells.count[k] == 0) continue;
                    boolean contributes = r == 0 && node != 0; // region ALL, industry ≠ ALL
                    rows.add(new IndicatorRow(code, h.nodeCode[node], h.regionCode[r], t,
                            cells.level[k], cells.count[k],
                            growth(cells.matched[k], cells.matchedX[k], cells.matchedBase[k]),
                            stock ? Double.NaN : ytd.level[k],
                            stock ? Double.NaN : growth(ytd.matched[k], ytd.matchedX[k], ytd.matchedBase[k]),
                            contributes ? contribution(cells.matched[k], cells.matchedX[k], cells.matchedBase[k], allBase) : Double.NaN));
                    if (realRows != null) {
                        realRows.add(new IndicatorRow(OUTPUT_VALUE_REAL, h.nodeCode[node], h.regionCode[r], t,
                                Double.NaN, cells.count[k],
                                growth(cells.matched[k], cells.matchedXReal[k], cells.matchedBase[k]),
                                Double.NaN,
                                growth(ytd.matched[k], ytd.matchedXReal[k], ytd.matchedBase[k]),
                                contributes ? contribution(cells.matched[k], cells.matchedXReal[k], cells.matchedBase[k], allBase) : Double.NaN));
                    }
                }
            }
        }
    }

    /** indicators.md "Year-on-year growth": empty when M is empty or the base sum is 0. */
    static double growth(int matched, double sumX, double sumBase) {
        if (matched == 0 || sumBase == 0) return Double.NaN;
        return (sumX / sumBase - 1) * 100;
    }

    /** indicators.md "Contribution to growth": empty when M(c) is empty or the ALL base sum is 0. */
    static double contribution(int matched, double sumX, double sumBase, double allBase) {
        if (matched == 0 || allBase == 0) return Double.NaN;
        return (sumX - sumBase) / allBase * 100;
    }
}
