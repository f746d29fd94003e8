package org.momentum.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.momentum.reports.Report;

/** Properties of the cube on random panels (RandomPanels). */
class IndicatorPropertiesTest {
    private final IndicatorEngine engine = new IndicatorEngine();

    private static IndicatorCube cubeOrNull(Fixture f) {
        try {
            return f.cube();
        } catch (IllegalArgumentException missingPrice) {
            return null;
        }
    }

    @Property(tries = 200)
    void contributionsOfDivisionsAndOfSectionsAddUpToAllGrowth(@ForAll long seed) {
        IndicatorCube cube = cubeOrNull(RandomPanels.generate(seed, seed % 2 == 0));
        if (cube == null) return;
        Map<String, double[]> sums = new HashMap<>(); // key measure|period -> {divisions, sections}
        for (IndicatorRow r : cube.rows()) {
            if (!r.region().equals("ALL") || r.industry().equals("ALL") || r.industry().length() == 4) continue;
            if (Double.isNaN(r.contributionPp())) continue; // M(c) empty: x - b sums to 0
            double[] s = sums.computeIfAbsent(r.measure() + "|" + r.period(), k -> new double[2]);
            s[r.industry().length() == 2 ? 0 : 1] += r.contributionPp();
        }
        for (IndicatorRow all : cube.rows()) {
            if (!all.industry().equals("ALL") || !all.region().equals("ALL") || Double.isNaN(all.yoyPct())) continue;
            double[] s = sums.getOrDefault(all.measure() + "|" + all.period(), new double[2]);
            assertEquals(all.yoyPct(), s[0], 1e-9, "divisions " + all);
            assertEquals(all.yoyPct(), s[1], 1e-9, "sections " + all);
        }
    }

    @Property(tries = 200)
    void provincesDivisionsAndClassesAddUpToTheirTotals(@ForAll long seed) {
        IndicatorCube cube = cubeOrNull(RandomPanels.generate(seed, false));
        Map<String, double[]> sums = new HashMap<>(); // measure|period|industry|by -> {value, enterprises}
        for (IndicatorRow r : cube.rows()) {
            if (!r.region().equals("ALL")) add(sums, r.measure() + "|" + r.period() + "|" + r.industry() + "|provinces", r);
            if (r.region().equals("ALL") && r.industry().length() == 2) add(sums, r.measure() + "|" + r.period() + "|ALL|divisions", r);
            if (r.industry().length() == 4) add(sums, r.measure() + "|" + r.period() + "|" + r.industry().substring(0, 2) + "|classes", r);
        }
        for (IndicatorRow r : cube.rows()) {
            if (!r.region().equals("ALL")) continue;
            for (String by : List.of("provinces", "divisions", "classes")) {
                double[] s = sums.get(r.measure() + "|" + r.period() + "|" + r.industry() + "|" + by);
                if (s == null) continue;
                CubeAssertions.close(r.value(), s[0], by + " value " + r);
                assertEquals(r.enterprises(), (int) s[1], by + " enterprises " + r);
            }
        }
    }

    /** Levels and counts add up; ytd_value need not (a province may have no row at t yet ytd from earlier months). */
    private static void add(Map<String, double[]> sums, String key, IndicatorRow r) {
        double[] s = sums.computeIfAbsent(key, k -> new double[2]);
        s[0] += r.value();
        s[1] += r.enterprises();
    }

    @Property(tries = 150)
    void resultsDoNotDependOnTheOrderOfInputRows(@ForAll long seed) {
        Fixture f = RandomPanels.generate(seed, true);
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        Fixture shuffled = new Fixture();
        shuffled.prices = f.prices;
        shuffled.enterprises.addAll(f.enterprises);
        shuffled.reports.addAll(RandomPanels.shuffleKeepingRevisionOrder(f.reports, rnd));
        IndicatorCube a = cubeOrNull(f), b = cubeOrNull(shuffled);
        if (a == null) {
            assertThrows(IllegalArgumentException.class, shuffled::cube);
            return;
        }
        assertEquals(a.rows(), b.rows(), "same enterprise order: bit for bit");
        Fixture reordered = new Fixture();
        reordered.prices = f.prices;
        reordered.enterprises.addAll(RandomPanels.shuffled(f.enterprises, rnd));
        reordered.reports.addAll(shuffled.reports);
        CubeAssertions.assertSameCube(a.rows(), reordered.cube().rows());
    }

    @Property(tries = 100)
    void recomputingAffectedPeriodsGivesTheRowsOfAFullComputation(@ForAll long seed) {
        Fixture f = RandomPanels.generate(seed, false);
        if (f.reports.isEmpty()) return;
        Random rnd = new Random(seed);
        Report revised = f.reports.get(rnd.nextInt(f.reports.size()));
        f.reports.add(new Report(revised.enterpriseId(), revised.period(), revised.indicator(), revised.value() + 1 + rnd.nextInt(100), Double.NaN));
        Panel panel = f.panel();
        List<IndicatorRow> full = engine.compute(panel, null).rows();
        for (PeriodRange range : IndicatorEngine.affectedPeriods(revised.period())) {
            List<IndicatorRow> part = engine.compute(panel, null, range.from(), range.to()).rows();
            List<IndicatorRow> expected = full.stream().filter(r -> range.contains(r.period())).toList();
            assertEquals(expected, part);
        }
        // rows outside the affected periods do not change with the revision
        Fixture before = new Fixture();
        before.enterprises.addAll(f.enterprises);
        before.reports.addAll(f.reports.subList(0, f.reports.size() - 1));
        List<IndicatorRow> old = before.cube().rows();
        List<PeriodRange> affected = IndicatorEngine.affectedPeriods(revised.period());
        assertEquals(old.stream().filter(r -> affected.stream().noneMatch(x -> x.contains(r.period()))).toList(),
                full.stream().filter(r -> affected.stream().noneMatch(x -> x.contains(r.period()))).toList());
    }
}
