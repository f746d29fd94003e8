package org.momentum.quality.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.momentum.indicators.Panel;
import org.momentum.reports.Report;

/**
 * Injects one kind of falsification into a clean synthetic month: a seeded share of the eligible reports (those
 * with output and electricity this month and a year ago), or one whole province, are rewritten through
 * {@link Panel#revise}, and the falsified reports are marked.
 */
public final class Injector {
    static final List<String> MONEY = List.of("output_value", "sales_value", "revenue");
    static final List<String> FLOWS = List.of("output_value", "sales_value", "export_value", "revenue", "electricity");
    static final double FAVOURITE_SHARE = 0.70;

    /** The month with falsified reports and which enterprises' reports of the month were falsified. */
    public record Injected(SyntheticMonth month, boolean[] falsified, String province) {
        public int count() {
            int k = 0;
            for (boolean b : falsified) if (b) k++;
            return k;
        }
    }

    private Injector() {}

    public static Injected inject(SyntheticMonth clean, Falsification kind, double share, long seed) {
        Panel p = clean.panel();
        int t = clean.period(), n = p.enterpriseCount();
        SplittableRandom rnd = new SplittableRandom(seed ^ ((long) kind.ordinal() << 40));
        int out = p.measureIndex("output_value"), el = p.measureIndex("electricity");
        boolean[] chosen = new boolean[n];
        String province = null;
        if (kind == Falsification.REGION_INFLATION) {
            province = pickProvince(p, t, out);
            for (int e = 0; e < n; e++) chosen[e] = p.province(e).equals(province) && p.hasReport(out, t, e);
        } else {
            for (int e = 0; e < n; e++) {
                boolean eligible = p.hasReport(out, t, e) && p.hasReport(el, t, e) && p.hasReport(out, t - 12, e) && p.hasReport(el, t - 12, e);
                chosen[e] = eligible && rnd.nextDouble() < share;
            }
        }
        List<Report> revised = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            if (!chosen[e]) continue;
            String id = p.enterpriseId(e);
            switch (kind) {
                case INFLATE_10, INFLATE_20, INFLATE_30, INFLATE_50, REGION_INFLATION -> {
                    for (String code : MONEY) {
                        int m = p.measureIndex(code);
                        if (m >= 0 && p.hasReport(m, t, e))
                            revised.add(new Report(id, t, code, round1(p.value(m, t, e) * (1 + kind.rate())), p.prevYearValue(m, t, e)));
                    }
                }
                case COPY_LAST_YEAR -> {
                    for (int m = 0; m < p.measures().size(); m++) {
                        if (p.hasReport(m, t, e) && p.hasReport(m, t - 12, e))
                            revised.add(new Report(id, t, p.measures().get(m), p.value(m, t - 12, e), p.prevYearValue(m, t, e)));
                    }
                }
                case ROUNDED -> {
                    for (String code : FLOWS) {
                        int m = p.measureIndex(code);
                        if (m < 0 || !p.hasReport(m, t, e)) continue;
                        double v = p.value(m, t, e), unit = v >= 1000 ? 100 : v >= 100 ? 10 : 1;
                        revised.add(new Report(id, t, code, Math.rint(v / unit) * unit, p.prevYearValue(m, t, e)));
                    }
                }
                case FABRICATED_DIGITS -> {
                    int[] favourite = favourites(rnd);
                    for (int k = 0; k < 12; k++) {
                        for (String code : FLOWS) {
                            int m = p.measureIndex(code);
                            if (m < 0 || !p.hasReport(m, t - k, e) || !(p.value(m, t - k, e) > 0)) continue;
                            revised.add(new Report(id, t - k, code, fabricate(p.value(m, t - k, e), favourite, rnd), p.prevYearValue(m, t - k, e)));
                        }
                    }
                }
            }
        }
        return new Injected(clean.withPanel(p.revise(revised)), chosen, province);
    }

    /** The fifth largest province by reports this month: large enough to matter, not the economy's core. */
    private static String pickProvince(Panel p, int t, int out) {
        java.util.Map<String, Integer> count = new java.util.TreeMap<>();
        for (int e = 0; e < p.enterpriseCount(); e++) if (p.hasReport(out, t, e)) count.merge(p.province(e), 1, Integer::sum);
        List<java.util.Map.Entry<String, Integer>> l = new ArrayList<>(count.entrySet());
        l.sort((a, b) -> b.getValue() - a.getValue());
        return l.get(Math.min(4, l.size() - 1)).getKey();
    }

    private static int[] favourites(SplittableRandom rnd) {
        int[] d = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        for (int i = 9; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int x = d[i];
            d[i] = d[j];
            d[j] = x;
        }
        return new int[] {d[0], d[1], d[2]};
    }

    /** Keeps the first two significant digits of the value at 0.1 resolution and types the rest. */
    static double fabricate(double v, int[] favourite, SplittableRandom rnd) {
        long s = Math.round(v * 10);
        String digits = Long.toString(s);
        if (digits.length() <= 2) return v;
        StringBuilder b = new StringBuilder(digits.substring(0, 2));
        for (int i = 2; i < digits.length(); i++) {
            int d = rnd.nextDouble() < FAVOURITE_SHARE ? favourite[rnd.nextInt(3)] : rnd.nextInt(10);
            b.append((char) ('0' + d));
        }
        return Long.parseLong(b.toString()) / 10.0;
    }

    static double round1(double v) { return Math.rint(v * 10) / 10; }
}
