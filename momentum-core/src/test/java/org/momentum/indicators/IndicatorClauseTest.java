package org.momentum.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.momentum.indicators.Fixture.row;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;

/** One test per clause of indicators.md, with the numbers worked by hand in the comments. */
class IndicatorClauseTest {
    private static final double EPS = 1e-9;
    private static final String OV = "output_value";

    @Test
    void levelCountsOnlyEnterprisesInScope_entryAndExit() {
        // E1 in scope 2024-02..2024-03 only; E2 always. E2 reports 100 each month, E1 50/60/70/80.
        Fixture f = new Fixture()
                .enterprise("E1", "3612", "110101", "2024-02", "2024-03")
                .enterprise("E2", "3612", "110105", "2020-01", null);
        String[] months = {"2024-01", "2024-02", "2024-03", "2024-04"};
        double[] e1 = {50, 60, 70, 80};
        for (int k = 0; k < 4; k++) f.report("E1", months[k], OV, e1[k]).report("E2", months[k], OV, 100);
        IndicatorCube c = f.cube();
        // Jan: E1 not yet in scope -> 100, 1 enterprise; Feb: 60+100; Mar: 70+100; Apr: E1 left -> 100
        double[] level = {100, 160, 170, 100};
        int[] n = {1, 2, 2, 1};
        for (int k = 0; k < 4; k++) {
            IndicatorRow r = row(c, OV, "ALL", "ALL", months[k]);
            assertEquals(level[k], r.value(), EPS, months[k]);
            assertEquals(n[k], r.enterprises(), months[k]);
        }
        // ytd at April = 100 + 160 + 170 + 100 = 530
        assertEquals(530, row(c, OV, "ALL", "ALL", "2024-04").ytdValue(), EPS);
    }

    @Test
    void baseMayComeFromAReportFiledOutOfScope() {
        // E1 enters scope 2024-01; its 2023-03 report (40, out of scope) is the base of 2024-03 (50): 50/40-1 = 25 %
        Fixture f = new Fixture()
                .enterprise("E1", "3612", "110101", "2024-01", null)
                .report("E1", "2023-03", OV, 40)
                .report("E1", "2024-03", OV, 50);
        IndicatorCube c = f.cube();
        assertTrue(c.find(OV, "ALL", "ALL", Period.parse("2023-03")).isEmpty(), "out of scope in 2023-03: no row");
        assertEquals(25.0, row(c, OV, "ALL", "ALL", "2024-03").yoyPct(), EPS);
    }

    @Test
    void prevYearValueComesBeforeLastYearsReport_evenWhenZero() {
        // E1 (3612): 2023-03 = 80, 2024-03 = 100 with prev 90 -> base 90, yoy 11.11 %
        // E2 (0610): 2023-03 = 40, 2024-03 = 50 with prev 0 -> base 0 (not 40): its class has M non-empty, base sum 0
        // ALL: x = 150, b = 90 -> (150/90 - 1) * 100 = 66.666...
        Fixture f = new Fixture()
                .enterprise("E1", "3612", "110101", "2020-01", null)
                .enterprise("E2", "0610", "140101", "2020-01", null)
                .report("E1", "2023-03", OV, 80).report("E1", "2024-03", OV, 100, 90)
                .report("E2", "2023-03", OV, 40).report("E2", "2024-03", OV, 50, 0);
        IndicatorCube c = f.cube();
        assertEquals((100.0 / 90 - 1) * 100, row(c, OV, "3612", "ALL", "2024-03").yoyPct(), EPS);
        assertEquals((150.0 / 90 - 1) * 100, row(c, OV, "ALL", "ALL", "2024-03").yoyPct(), EPS);
        assertTrue(Double.isNaN(row(c, OV, "0610", "ALL", "2024-03").yoyPct()), "base sum 0 -> empty");
        // contribution of 06: (50 - 0) / 90 * 100 = 55.555...; of 36: (100 - 90) / 90 * 100 = 11.11
        assertEquals(50.0 / 90 * 100, row(c, OV, "06", "ALL", "2024-03").contributionPp(), EPS);
        assertEquals(10.0 / 90 * 100, row(c, OV, "36", "ALL", "2024-03").contributionPp(), EPS);
    }

    @Test
    void revisionReplacesTheReportWhole() {
        // first 2024-03: 100 with prev 80; revision: 120 without prev -> prev is gone, base = 2023-03 report = 100
        // yoy = (120/100 - 1) * 100 = 20; the 2023-03 value revised from 90 to 100 before that
        Fixture f = new Fixture()
                .enterprise("E1", "3612", "110101", "2020-01", null)
                .report("E1", "2023-03", OV, 90)
                .report("E1", "2024-03", OV, 100, 80)
                .report("E1", "2023-03", OV, 100)
                .report("E1", "2024-03", OV, 120);
        IndicatorRow r = row(f.cube(), OV, "ALL", "ALL", "2024-03");
        assertEquals(120, r.value(), EPS);
        assertEquals(20.0, r.yoyPct(), EPS);
        assertEquals(1, r.enterprises());
    }

    @Test
    void enterpriseWithoutBaseCountsInLevelNotInGrowth() {
        // E1: 2023-03 = 100, 2024-03 = 110; E2 new, 2024-03 = 50, no base
        // level 160, 2 enterprises, yoy = 110/100 - 1 = 10 %
        Fixture f = new Fixture()
                .enterprise("E1", "3612", "110101", "2020-01", null)
                .enterprise("E2", "3612", "110101", "2024-01", null)
                .report("E1", "2023-03", OV, 100).report("E1", "2024-03", OV, 110)
                .report("E2", "2024-03", OV, 50);
        IndicatorRow r = row(f.cube(), OV, "ALL", "ALL", "2024-03");
        assertEquals(160, r.value(), EPS);
        assertEquals(2, r.enterprises());
        assertEquals(10.0, r.yoyPct(), EPS);
    }

    @Test
    void noMatchedEnterpriseOrZeroBaseLeavesGrowthEmpty() {
        // E1 has no base at all: yoy, ytd_yoy, contribution empty. E2 (other province) has base 0: empty as well.
        Fixture f = new Fixture()
                .enterprise("E1", "3612", "110101", "2020-01", null)
                .enterprise("E2", "3612", "120101", "2020-01", null)
                .report("E1", "2024-03", OV, 110)
                .report("E2", "2023-03", OV, 0).report("E2", "2024-03", OV, 5);
        IndicatorCube c = f.cube();
        IndicatorRow all = row(c, OV, "ALL", "ALL", "2024-03");
        assertEquals(115, all.value(), EPS);
        assertTrue(Double.isNaN(all.yoyPct()));
        assertTrue(Double.isNaN(all.ytdYoyPct()));
        assertTrue(Double.isNaN(row(c, OV, "36", "ALL", "2024-03").contributionPp()), "ALL base sum 0");
        assertTrue(Double.isNaN(row(c, OV, "ALL", "110000", "2024-03").yoyPct()), "M empty");
        assertTrue(Double.isNaN(row(c, OV, "ALL", "120000", "2024-03").yoyPct()), "base sum 0");
    }

    @Test
    void constantPricesDivideByTheMostSpecificIndex() {
        // E1 3612: x 110, b 100, index of 3612 = 1.1 (beats 36 = 2.0) -> x/p = 100
        // E2 0610: x 40,  b 50,  index only for section B = 0.8 -> x/p = 50
        // E3 4411: x 30, no base -> needs no price (ALL is absent for 2024-03)
        // ALL: (100 + 50) / (100 + 50) - 1 = 0 %; 36: 0 %; 06: 0 %; contribution 06 = (50 - 50) / 150 = 0
        Fixture f = new Fixture()
                .enterprise("E1", "3612", "110101", "2020-01", null)
                .enterprise("E2", "0610", "140101", "2020-01", null)
                .enterprise("E3", "4411", "140101", "2020-01", null)
                .report("E1", "2024-03", OV, 110, 100)
                .report("E2", "2024-03", OV, 40, 50)
                .report("E3", "2024-03", OV, 30)
                .price("3612", "2024-03", 1.1).price("36", "2024-03", 2.0).price("B", "2024-03", 0.8)
                .price("ALL", "2024-02", 1.0);
        IndicatorCube c = f.cube();
        IndicatorRow real = row(c, "output_value_real", "ALL", "ALL", "2024-03");
        assertEquals(0.0, real.yoyPct(), EPS);
        assertEquals(3, real.enterprises(), "enterprises of output_value");
        assertTrue(Double.isNaN(real.value()) && Double.isNaN(real.ytdValue()), "no level at constant prices");
        assertEquals(0.0, real.ytdYoyPct(), EPS);
        assertEquals(0.0, row(c, "output_value_real", "06", "ALL", "2024-03").contributionPp(), EPS);
        // nominal: (150 / 150 - 1) = 0 as well; contribution of 36 nominal = (110-100)/150*100 = 6.667, real = 0
        assertEquals(10.0 / 150 * 100, row(c, OV, "36", "ALL", "2024-03").contributionPp(), EPS);
        assertEquals(0.0, row(c, "output_value_real", "36", "ALL", "2024-03").contributionPp(), EPS);
        // D has only E3, unmatched: real row exists with empty growth
        IndicatorRow d = row(c, "output_value_real", "D", "ALL", "2024-03");
        assertEquals(1, d.enterprises());
        assertTrue(Double.isNaN(d.yoyPct()));
        // without a price file no output_value_real
        f.prices = null;
        assertTrue(f.cube().rows().stream().noneMatch(r -> r.measure().equals("output_value_real")));
    }

    @Test
    void missingPriceForAMatchedEnterpriseIsAnErrorNamingIndustryAndPeriod() {
        Fixture f = new Fixture()
                .enterprise("E1", "4411", "110101", "2020-01", null)
                .report("E1", "2024-03", OV, 110, 100)
                .price("44", "2024-02", 1.0).price("3612", "2024-03", 1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, f::cube);
        assertTrue(e.getMessage().contains("4411") && e.getMessage().contains("2024-03"), e.getMessage());
    }

    @Test
    void yearToDateRunsFromJanuary_JanuaryFebruary() {
        // 2023-12: 90 (b 90) must not count in 2024. Jan: 100 (b 80), Feb: 120 (b 100), Mar: none, Apr: 50 (b 50)
        // Jan: ytd 100, ytd_yoy 100/80 - 1 = 25 %; Feb ("January-February"): ytd 220, (220/180 - 1) = 22.22 %
        // Apr: ytd 270, (270/230 - 1) * 100 = 17.39 %
        Fixture f = new Fixture()
                .enterprise("E1", "3612", "110101", "2020-01", null)
                .report("E1", "2023-12", OV, 90, 90)
                .report("E1", "2024-01", OV, 100, 80)
                .report("E1", "2024-02", OV, 120, 100)
                .report("E1", "2024-04", OV, 50, 50);
        IndicatorCube c = f.cube();
        IndicatorRow jan = row(c, OV, "ALL", "ALL", "2024-01"), feb = row(c, OV, "ALL", "ALL", "2024-02");
        assertEquals(100, jan.ytdValue(), EPS);
        assertEquals(25.0, jan.ytdYoyPct(), EPS);
        assertEquals(220, feb.ytdValue(), EPS);
        assertEquals((220.0 / 180 - 1) * 100, feb.ytdYoyPct(), EPS);
        assertEquals(20.0, feb.yoyPct(), EPS);
        assertTrue(c.find(OV, "ALL", "ALL", Period.parse("2024-03")).isEmpty());
        IndicatorRow apr = row(c, OV, "ALL", "ALL", "2024-04");
        assertEquals(270, apr.ytdValue(), EPS);
        assertEquals((270.0 / 230 - 1) * 100, apr.ytdYoyPct(), EPS);
        assertEquals(90, row(c, OV, "ALL", "ALL", "2023-12").ytdValue(), EPS);
    }

    @Test
    void yearToDateGrowthAddsMatchedSetsMonthByMonth() {
        // Jan: E1 100 (b 50), E2 10 (no base); Feb: E1 60 (no base), E2 30 (b 20)
        // ytd_yoy Feb = (100 + 30) / (50 + 20) - 1 = 85.71 %; ytd_value Feb = 110 + 90 = 200
        Fixture f = new Fixture()
                .enterprise("E1", "3612", "110101", "2020-01", null)
                .enterprise("E2", "3612", "110101", "2020-01", null)
                .report("E1", "2024-01", OV, 100, 50).report("E2", "2024-01", OV, 10)
                .report("E1", "2024-02", OV, 60).report("E2", "2024-02", OV, 30, 20);
        IndicatorRow feb = row(f.cube(), OV, "ALL", "ALL", "2024-02");
        assertEquals(200, feb.ytdValue(), EPS);
        assertEquals((130.0 / 70 - 1) * 100, feb.ytdYoyPct(), EPS);
        assertEquals(50.0, feb.yoyPct(), EPS);
    }

    @Test
    void stocksHaveNoYearToDate() {
        // employment 2024-02: 220 persons vs 200 -> yoy 10 %, but no ytd figures; capacity.* likewise
        Fixture f = new Fixture()
                .enterprise("E1", "3612", "110101", "2020-01", null)
                .report("E1", "2024-01", "employment", 210, 200)
                .report("E1", "2024-02", "employment", 220, 200)
                .report("E1", "2024-02", "capacity.nev", 1000, 800);
        IndicatorCube c = f.cube();
        IndicatorRow emp = row(c, "employment", "ALL", "ALL", "2024-02");
        assertEquals(220, emp.value(), EPS);
        assertEquals(10.0, emp.yoyPct(), EPS);
        assertTrue(Double.isNaN(emp.ytdValue()) && Double.isNaN(emp.ytdYoyPct()));
        IndicatorRow cap = row(c, "capacity.nev", "3612", "ALL", "2024-02");
        assertEquals(25.0, cap.yoyPct(), EPS);
        assertTrue(Double.isNaN(cap.ytdValue()) && Double.isNaN(cap.ytdYoyPct()));
    }

    @Test
    void contributionsOfDivisionsAndSectionsAddUpToAllGrowth() {
        // E1 3612 (C/36): 110 vs 100; E2 0610 (B/06): 45 vs 50; E3 3611 (C/36) in Hebei: 20 vs 10
        // ALL: 175 / 160 - 1 = 9.375 %; 36: (130 - 110) / 160 = 12.5 pp; 06: -5/160 = -3.125 pp; sum 9.375
        Fixture f = new Fixture()
                .enterprise("E1", "3612", "110101", "2020-01", null)
                .enterprise("E2", "0610", "140101", "2020-01", null)
                .enterprise("E3", "3611", "130101", "2020-01", null)
                .report("E1", "2024-03", OV, 110, 100)
                .report("E2", "2024-03", OV, 45, 50)
                .report("E3", "2024-03", OV, 20, 10);
        IndicatorCube c = f.cube();
        assertEquals(9.375, row(c, OV, "ALL", "ALL", "2024-03").yoyPct(), EPS);
        assertEquals(12.5, row(c, OV, "36", "ALL", "2024-03").contributionPp(), EPS);
        assertEquals(12.5, row(c, OV, "C", "ALL", "2024-03").contributionPp(), EPS);
        assertEquals(-3.125, row(c, OV, "06", "ALL", "2024-03").contributionPp(), EPS);
        assertEquals(-3.125, row(c, OV, "B", "ALL", "2024-03").contributionPp(), EPS);
        assertEquals(6.25, row(c, OV, "3611", "ALL", "2024-03").contributionPp(), EPS); // (20-10)/160
        assertTrue(Double.isNaN(row(c, OV, "ALL", "ALL", "2024-03").contributionPp()), "not for ALL");
        assertTrue(Double.isNaN(row(c, OV, "36", "130000", "2024-03").contributionPp()), "not for provinces");
    }

    @Test
    void rowSetAndOrderFollowFormats() {
        // E1 3612 in 11, E2 0610 in 14: rows ALL×{ALL,11,14}, B×{ALL,14}, C×{ALL,11}, 06×{ALL,14}, 36×{ALL,11}, 0610, 3612
        Fixture f = new Fixture()
                .enterprise("E1", "3612", "110101", "2020-01", null)
                .enterprise("E2", "0610", "140101", "2020-01", null)
                .report("E2", "2024-03", OV, 1).report("E1", "2024-03", OV, 2);
        List<String> keys = f.cube().rows().stream().map(r -> r.industry() + "/" + r.region()).collect(Collectors.toList());
        assertEquals(List.of("ALL/ALL", "ALL/110000", "ALL/140000", "B/ALL", "B/140000", "C/ALL", "C/110000",
                "06/ALL", "06/140000", "36/ALL", "36/110000", "0610/ALL", "3612/ALL"), keys);
    }

    @Test
    void rangeComputationEqualsTheFullOneAndAffectedPeriods() {
        Fixture f = new Fixture().enterprise("E1", "3612", "110101", "2020-01", null);
        for (int t = Period.parse("2023-01"); t <= Period.parse("2024-06"); t++)
            f.report("E1", Period.format(t), OV, 10 + t % 7);
        Panel p = f.panel();
        IndicatorEngine engine = new IndicatorEngine();
        int from = Period.parse("2024-03"), to = Period.parse("2024-05");
        List<IndicatorRow> expected = engine.compute(p, null).rows().stream()
                .filter(r -> r.period() >= from && r.period() <= to).collect(Collectors.toList());
        assertEquals(expected, engine.compute(p, null, from, to).rows());
        assertEquals(List.of(new PeriodRange(Period.parse("2023-05"), Period.parse("2023-12")),
                        new PeriodRange(Period.parse("2024-05"), Period.parse("2024-12"))),
                IndicatorEngine.affectedPeriods(Period.parse("2023-05")));
        assertFalse(engine.compute(p, null, Period.parse("2030-01"), Period.parse("2030-12")).rows().iterator().hasNext());
    }
}
