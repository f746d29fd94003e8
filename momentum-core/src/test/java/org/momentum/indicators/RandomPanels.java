package org.momentum.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryLevel;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;

/** Random registers, reports (with revisions, zeros, prev_year_values, scope changes) and prices from a seed. */
final class RandomPanels {
    static final int FIRST = Period.parse("2022-10");
    static final int LAST = Period.parse("2024-04");
    private static final String[] MEASURES = {"output_value", "employment", "revenue", "capacity.nev"};

    private RandomPanels() {}

    static Fixture generate(long seed, boolean withPrices) {
        Random rnd = new Random(seed);
        List<Industry> classes = TestData.industries().industrial(IndustryLevel.CLASS);
        List<String> provinces = TestData.provinceCodes();
        List<String> myClasses = new ArrayList<>();
        int nClasses = 1 + rnd.nextInt(8);
        for (int k = 0; k < nClasses; k++) myClasses.add(classes.get(rnd.nextInt(classes.size())).code());
        // neighbours in the same group/division make the fallback chain matter
        if (rnd.nextBoolean()) myClasses.add(classes.get(Math.min(classes.size() - 1, classes.indexOf(TestData.industries().get(myClasses.get(0))) + 1)).code());
        List<String> myProvinces = new ArrayList<>();
        int nProv = 1 + rnd.nextInt(4);
        for (int k = 0; k < nProv; k++) myProvinces.add(provinces.get(rnd.nextInt(provinces.size())));
        Fixture f = new Fixture();
        int n = 1 + rnd.nextInt(30);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "E" + i;
            ids.add(id);
            int from = FIRST - 6 + rnd.nextInt(LAST - FIRST + 8);
            String to = rnd.nextInt(10) < 6 ? null : Period.format(from + rnd.nextInt(15));
            String region = myProvinces.get(rnd.nextInt(nProv)).substring(0, 2) + String.format("%04d", 101 + rnd.nextInt(50));
            f.enterprise(id, myClasses.get(rnd.nextInt(myClasses.size())), region, Period.format(from), to);
        }
        int measures = 1 + rnd.nextInt(MEASURES.length);
        List<Report> reports = new ArrayList<>();
        for (int m = 0; m < measures; m++) {
            for (String id : ids) {
                double level = 1 + rnd.nextInt(1000);
                for (int t = FIRST; t <= LAST; t++) {
                    if (rnd.nextInt(10) < 2) continue;
                    reports.add(new Report(id, t, MEASURES[m], value(rnd, level), prev(rnd, level)));
                }
            }
        }
        Collections.shuffle(reports, rnd);
        // revisions come after the row they revise
        int revisions = reports.isEmpty() ? 0 : rnd.nextInt(1 + reports.size() / 5);
        for (int k = 0; k < revisions; k++) {
            Report r = reports.get(rnd.nextInt(reports.size()));
            reports.add(new Report(r.enterpriseId(), r.period(), r.indicator(), value(rnd, 500), prev(rnd, 500)));
        }
        f.reports.addAll(reports);
        if (withPrices) {
            f.prices = new ArrayList<>();
            for (int t = FIRST; t <= LAST; t++) {
                if (rnd.nextInt(60) > 0) f.price("ALL", Period.format(t), 0.8 + 0.4 * rnd.nextDouble());
                for (String c : myClasses) {
                    if (rnd.nextInt(4) == 0) f.price(c, Period.format(t), 0.8 + 0.4 * rnd.nextDouble());
                    if (rnd.nextInt(6) == 0) f.price(c.substring(0, 3), Period.format(t), 0.8 + 0.4 * rnd.nextDouble());
                    if (rnd.nextInt(6) == 0) f.price(c.substring(0, 2), Period.format(t), 0.8 + 0.4 * rnd.nextDouble());
                    if (rnd.nextInt(8) == 0) f.price(TestData.industries().sectionOf(c), Period.format(t), 0.8 + 0.4 * rnd.nextDouble());
                }
            }
        }
        return f;
    }

    private static double value(Random rnd, double level) {
        if (rnd.nextInt(20) == 0) return 0;
        return Math.round(level * (0.5 + rnd.nextDouble()) * 100) / 100.0;
    }

    private static double prev(Random rnd, double level) {
        int k = rnd.nextInt(10);
        if (k < 6) return Double.NaN;
        if (k == 6) return 0;
        return Math.round(level * (0.5 + rnd.nextDouble()) * 100) / 100.0;
    }

    /** Shuffles the reports but keeps the relative order of rows with the same key (revision order). */
    static List<Report> shuffleKeepingRevisionOrder(List<Report> reports, Random rnd) {
        List<Report> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, rnd);
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int k = 0; k < shuffled.size(); k++) positions.computeIfAbsent(key(shuffled.get(k)), x -> new ArrayList<>()).add(k);
        Map<String, Integer> next = new HashMap<>();
        for (Report r : reports) { // original order within a key goes into that key's positions in order
            String key = key(r);
            int i = next.merge(key, 1, Integer::sum) - 1;
            shuffled.set(positions.get(key).get(i), r);
        }
        return shuffled;
    }

    private static String key(Report r) { return r.enterpriseId() + "|" + r.period() + "|" + r.indicator(); }

    static List<Enterprise> shuffled(List<Enterprise> enterprises, Random rnd) {
        List<Enterprise> s = new ArrayList<>(enterprises);
        Collections.shuffle(s, rnd);
        return s;
    }
}
