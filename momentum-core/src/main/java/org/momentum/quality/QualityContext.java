package org.momentum.quality;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.Period;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PriceIndex;
import org.momentum.registry.EnterpriseSize;

/**
 * The month under review and what every check reads: the panel, the enterprises' size classes (the panel does
 * not hold them), and cached columns "indicator at t − lag" over all enterprises (NaN = no report). A report is
 * an enterprise with at least one value at the month. Checks may run on several threads: the caches are guarded.
 */
public final class QualityContext {
    /** Months of its own history an enterprise is compared with. */
    public static final int HISTORY = 12;
    /** The flows: summed over months, written to a chosen precision (digit and copy tests read these). */
    public static final List<String> FLOWS = List.of("output_value", "sales_value", "export_value", "revenue", "electricity");

    private final Panel panel;
    private final int period;
    private final byte[] size;
    private final int n;
    private final boolean[] reported;
    private final int[] division;
    private final int reports;
    private final Map<Long, double[]> columns = new HashMap<>();
    private final Map<String, Integer> decimals = new HashMap<>();
    private final PriceIndex prices;

    /**
     * @param sizes size class of each panel enterprise (same indices as the panel); null entries or a null array
     *              mean unknown, which forms its own peer group
     */
    public QualityContext(Panel panel, EnterpriseSize[] sizes, int period) { this(panel, sizes, period, null); }

    /** @param prices producer price indices (same month last year = 1), or null: growth is then nominal */
    public QualityContext(Panel panel, EnterpriseSize[] sizes, int period, PriceIndex prices) {
        this.panel = panel;
        this.prices = prices;
        this.period = period;
        this.n = panel.enterpriseCount();
        if (sizes != null && sizes.length != n)
            throw new IllegalArgumentException(sizes.length + " sizes for " + n + " enterprises");
        size = new byte[n];
        for (int e = 0; e < n; e++) size[e] = (byte) (sizes == null || sizes[e] == null ? 4 : sizes[e].ordinal());
        division = new int[n];
        for (int e = 0; e < n; e++) {
            String c = panel.industry(e);
            division[e] = (c.charAt(0) - '0') * 10 + (c.charAt(1) - '0');
        }
        reported = new boolean[n];
        int count = 0;
        for (int m = 0; m < panel.measures().size(); m++) {
            for (int e = 0; e < n; e++) {
                if (!reported[e] && panel.hasReport(m, period, e)) {
                    reported[e] = true;
                    count++;
                }
            }
        }
        reports = count;
    }

    public Panel panel() { return panel; }

    public int period() { return period; }

    public String periodText() { return Period.format(period); }

    public int enterprises() { return n; }

    /**
     * The producer price index of the enterprise's class for the month (same month last year = 1), 1 when no
     * prices were given or none covers it: year-on-year output growth divided by it is real growth.
     */
    public double ppiYoy(int e) {
        if (prices == null) return 1;
        double p = prices.lookup(panel.industry(e), period);
        return p > 0 ? p : 1;
    }

    public boolean hasPrices() { return prices != null && !prices.isEmpty(); }

    /** Whether the enterprise filed anything for the month under review. */
    public boolean reported(int e) { return reported[e]; }

    public int reportCount() { return reports; }

    /** 0..3 = large, medium, small, micro; 4 = unknown. */
    public int sizeClass(int e) { return size[e]; }

    public String sizeName(int e) { return size[e] == 4 ? "any size" : EnterpriseSize.values()[size[e]].code(); }

    /** The 2-digit division of the enterprise's class. */
    public String division(int e) { return panel.industry(e).substring(0, 2); }

    /** The division as a number 1..99 (the class code's first two digits), without building a string. */
    public int divisionNumber(int e) { return division[e]; }

    public boolean has(String indicator) { return panel.measureIndex(indicator) >= 0; }

    /**
     * The indicator's values at t − lag over all enterprises (NaN = no report); cached and shared, do not modify.
     * An unknown indicator gives an all-NaN column.
     */
    public synchronized double[] column(String indicator, int lag) {
        int m = panel.measureIndex(indicator);
        long key = ((long) (m + 1) << 32) | (lag & 0xFFFFFFFFL);
        double[] c = columns.get(key);
        if (c != null) return c;
        c = new double[n];
        if (m < 0) {
            Arrays.fill(c, Double.NaN);
        } else {
            int t = period - lag;
            for (int e = 0; e < n; e++) c[e] = panel.value(m, t, e);
        }
        columns.put(key, c);
        return c;
    }

    /**
     * How many decimals the indicator is written with this month (the most any report uses, at most 4): the
     * resolution at which its last digits and trailing zeros mean something.
     */
    public synchronized int decimals(String indicator) {
        return decimals.computeIfAbsent(indicator, code -> {
            double[] c = column(code, 0);
            int d = 0;
            for (int e = 0; e < n && d < 4; e++) {
                double v = c[e];
                if (!Double.isFinite(v)) continue;
                while (d < 4 && Math.abs(v * POW10[d] - Math.rint(v * POW10[d])) > 1e-6 * Math.max(1, Math.abs(v * POW10[d]))) d++;
            }
            return d;
        });
    }

    /**
     * log(x(t−lag) / x(t−lag−12)) over all enterprises: the year-on-year growth of the month lag months back, NaN
     * when either value is missing or not positive. Cached.
     */
    public synchronized double[] logGrowth(String indicator, int lag) {
        long key = ((long) (panel.measureIndex(indicator) + 1) << 32) | 0x80000000L | lag;
        double[] g = columns.get(key);
        if (g != null) return g;
        double[] now = column(indicator, lag), before = column(indicator, lag + 12);
        g = new double[n];
        for (int e = 0; e < n; e++) g[e] = now[e] > 0 && before[e] > 0 ? Math.log(now[e] / before[e]) : Double.NaN;
        columns.put(key, g);
        return g;
    }

    static final double[] POW10 = {1, 10, 100, 1000, 10000, 1e5, 1e6};

    /** The value written as an integer at the indicator's resolution: 1234.5 with one decimal → 12345. */
    public long scaled(String indicator, double v) { return Math.round(v * POW10[decimals(indicator)]); }
}
