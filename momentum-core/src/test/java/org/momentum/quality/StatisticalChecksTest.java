package org.momentum.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.registry.EnterpriseSize;

/** Each statistical check on hand-made firms: the falsified one scores ≥ 0.5 with a sentence, the honest ones do not. */
class StatisticalChecksTest {
    private static final String T = Panels.REVIEW, YEAR_AGO = "2017-12";

    /** n honest firms of one cell (3612, Beijing, small) growing 3–7% a year. */
    private static Panels cell(int n) {
        Panels p = new Panels();
        for (int i = 0; i < n; i++) {
            p.enterprise("F" + i, "3612", "110101", EnterpriseSize.SMALL).steady("F" + i, 800 + 37 * i, 0.03 + 0.04 * i / n, 0.02, 5, i);
        }
        return p;
    }

    private static Panels inflate(Panels p, String id, double factor) {
        for (String ind : new String[] {"output_value", "sales_value", "revenue"})
            p.set(id, ind, T, Panels.round1(p.value(id, ind, T) * factor));
        return p;
    }

    @Test
    void ownHistory_outputFarAboveItsOwnUsualGrowth() {
        Panels p = inflate(cell(12), "F3", 1.6);
        CheckResult r = new OwnHistoryCheck().run(p.context());
        int x = p.index("F3");
        assertTrue(r.score(x) >= 0.5, "score " + r.score(x));
        for (int i = 0; i < 12; i++) if (i != 3) assertTrue(r.score(i) < 0.2, "F" + i + " " + r.score(i));
        String d = r.detail().apply(x);
        assertTrue(d.matches("output_value [0-9,.]+ is \\+[0-9]+% against the [0-9,.]+ expected from its own history \\(a year ago [0-9,.]+, grown by its usual \\+[0-9.]+%; robust z [0-9.]+\\)"), d);
    }

    @Test
    void peers_growthFarAboveItsCellsMedian() {
        Panels p = inflate(cell(15), "F7", 1.8);
        CheckResult r = new PeerGrowthCheck().run(p.context());
        int x = p.index("F7");
        assertTrue(r.score(x) >= 0.5, "score " + r.score(x));
        for (int i = 0; i < 15; i++) if (i != 7) assertTrue(r.score(i) < 0.2, "F" + i + " " + r.score(i));
        String d = r.detail().apply(x);
        assertTrue(d.startsWith("output_value +") && d.contains("on a year ago; peers +") && d.contains("median of 15 reports of division 36, province 110000, small"), d);
    }

    @Test
    void peers_fallBackToTheDivisionWhenTheCellIsSmall() {
        Panels p = inflate(cell(15), "F7", 1.8);
        p.enterprise("L", "3612", "110101", EnterpriseSize.LARGE).steady("L", 50_000, 0.05, 0.02, 5, 99);
        CheckResult r = new PeerGrowthCheck().run(p.context());
        String d = r.detail().apply(p.index("L"));
        assertTrue(d.contains("median of 16 reports of division 36;"), d); // 1 large firm: no cell, no division × size
    }

    @Test
    void energy_outputUpWhileElectricityIsNot() {
        Panels p = inflate(cell(10), "F2", 1.5);
        CheckResult r = new EnergyOutputCheck().run(p.context());
        int x = p.index("F2");
        assertTrue(r.score(x) >= 0.5, "score " + r.score(x));
        for (int i = 0; i < 10; i++) if (i != 2) assertTrue(r.score(i) < 0.2, "F" + i + " " + r.score(i));
        String d = r.detail().apply(x);
        assertTrue(d.matches("output \\+[0-9]+% on a year ago while electricity [+\u2212][0-9.]+%; output per kWh \\+[0-9]+% on its usual level over the last 12 months \\(robust z [0-9.]+\\)"), d);
    }

    @Test
    void combinedEvidence_speaksTheReviewersSentence() {
        Panels p = inflate(cell(30), "F5", 1.3);
        QualityContext ctx = p.context();
        CheckResult own = new OwnHistoryCheck().run(ctx), peers = new PeerGrowthCheck().run(ctx), energy = new EnergyOutputCheck().run(ctx);
        CheckResult r = InflationEvidence.combine(ctx, own, peers, energy);
        int x = p.index("F5");
        assertTrue(r.score(x) >= 0.5, "score " + r.score(x));
        int flagged = 0;
        for (int i = 0; i < 30; i++) if (r.score(i) >= 0.5) flagged++;
        assertEquals(1, flagged);
        String d = r.detail().apply(x);
        assertTrue(d.matches("output \\+[0-9]+% on a year ago while electricity [+\u2212][0-9.]+%; peers \\+[0-9.]+%; its usual growth \\+[0-9.]+%; combined evidence z [0-9.]+ from 3 checks"), d);
    }

    @Test
    void region_aWholeProvinceGrowingFarAboveItsElectricity() {
        Panels p = new Panels();
        String[] regions = {"110101", "120101", "130102", "140105", "410102", "420102"};
        for (int g = 0; g < regions.length; g++)
            for (int i = 0; i < 25; i++) {
                String id = "R" + g + "_" + i;
                p.enterprise(id, "3612", regions[g], EnterpriseSize.SMALL).steady(id, 500 + 20 * i, 0.05, 0.03, 4, 100 * g + i);
            }
        for (int i = 0; i < 25; i++) inflate(p, "R4_" + i, 1.3);
        CheckResult r = new RegionShiftCheck().run(p.context());
        for (int g = 0; g < regions.length; g++)
            for (int i = 0; i < 25; i++) {
                double s = r.score(p.index("R" + g + "_" + i));
                if (g == 4) assertTrue(s >= 0.5, "R4_" + i + " " + s);
                else assertTrue(s < 0.1, "R" + g + "_" + i + " " + s);
            }
        String d = r.detail().apply(p.index("R4_0"));
        assertTrue(d.startsWith("province 410000: output +3") && d.contains("while electricity +") && d.contains("25 enterprises"), d);
    }

    @Test
    void lastDigits_inventedFiguresCarryTheWritersPreferences() {
        Panels p = cell(5);
        int t = Period.parse(T);
        for (int k = 0; k < 12; k++) {
            String m = Period.format(t - k);
            for (String ind : new String[] {"output_value", "sales_value", "revenue", "export_value", "electricity"}) {
                double v = p.value("F1", ind, m);
                p.set("F1", ind, m, Math.floor(v / 10) * 10 + (k % 2 == 0 ? 3.7 : 7.3)); // units 3 or 7, tenths 7 or 3
            }
        }
        CheckResult r = new LastDigitCheck().run(p.context());
        assertTrue(r.score(p.index("F1")) >= 0.5, "score " + r.score(p.index("F1")));
        for (int i = 0; i < 5; i++) if (i != 1) assertTrue(r.score(i) < 0.3, "F" + i + " " + r.score(i));
        String d = r.detail().apply(p.index("F1"));
        assertTrue(d.startsWith("the last two digits of its figures over 12 months are far from even: ") && d.contains("make 100% of 120 digits"), d);
    }

    @Test
    void roundNumbers_estimatesWrittenRound() {
        Panels p = cell(3).set("F0", "output_value", T, 12000).set("F0", "sales_value", T, 11600).set("F0", "revenue", T, 11900)
                .set("F0", "electricity", T, 3000);
        CheckResult r = new RoundNumberCheck().run(p.context());
        assertTrue(r.score(0) >= 0.5, "score " + r.score(0));
        assertTrue(r.score(1) < 0.3 && r.score(2) < 0.3);
        assertEquals("14 trailing zeros in 5 figures where 0.6 are expected (output_value 12,000, sales_value 11,600, revenue 11,900, electricity 3,000)",
                r.detail().apply(0));
    }

    @Test
    void roundNumbers_negativeBinomialTail() {
        assertEquals(1.0, RoundNumberCheck.tailAtLeast(0, 3));
        assertEquals(0.1, RoundNumberCheck.tailAtLeast(1, 1), 1e-12);
        assertEquals(0.01, RoundNumberCheck.tailAtLeast(2, 1), 1e-12);
        assertEquals(1 - 0.81, RoundNumberCheck.tailAtLeast(1, 2), 1e-12);
        // P(T ≥ 2) for two figures = 1 − P(0) − P(1) = 1 − 0.81 − 2 × 0.9 × 0.9 × 0.1
        assertEquals(1 - 0.81 - 0.162, RoundNumberCheck.tailAtLeast(2, 2), 1e-12);
        assertTrue(RoundNumberCheck.tailAtLeast(40, 5) > 0 && RoundNumberCheck.tailAtLeast(40, 5) < 1e-30);
    }

    @Test
    void copies_ofLastYearAndOfAnotherEnterprise() {
        Panels p = cell(6);
        for (String ind : new String[] {"output_value", "sales_value", "revenue", "export_value", "electricity"}) {
            p.set("F1", ind, T, p.value("F1", ind, YEAR_AGO));
            p.set("F4", ind, T, p.value("F3", ind, T));
        }
        CheckResult r = new CopyCheck().run(p.context());
        assertTrue(r.score(p.index("F1")) >= 0.5, "F1 " + r.score(p.index("F1")));
        assertTrue(r.score(p.index("F3")) >= 0.5 && r.score(p.index("F4")) >= 0.5);
        for (String id : new String[] {"F0", "F2", "F5"}) assertEquals(0.0, r.score(p.index(id)), id);
        assertTrue(r.detail().apply(p.index("F1")).startsWith("5 figures identical to its report of 2017-12: output_value "), r.detail().apply(p.index("F1")));
        assertTrue(r.detail().apply(p.index("F4")).startsWith("5 figures identical to the report of enterprise F3 for the same month"));
    }

    @Test
    void copies_oneRepeatedFigureIsACoincidence() {
        Panels p = cell(3);
        p.set("F1", "output_value", T, p.value("F1", "output_value", "2018-11"));
        assertEquals(0.0, new CopyCheck().run(p.context()).score(p.index("F1")));
    }

    @Test
    void benfordRegion_aProvinceWhoseFiguresAllStartWithFive() {
        // (a province of firms of one size is not tested at all: Benford's law needs figures over orders of magnitude)
        Panels p = new Panels();
        int t = Period.parse(T);
        for (int i = 0; i < 400; i++) { // log-uniform over a decade: Benford's law exactly
            String id = "A" + i;
            p.enterprise(id, "3612", "110101", EnterpriseSize.SMALL);
            double level = 100 * Math.pow(10, (i + 0.5) / 400);
            for (int k = 0; k < 12; k++) {
                double g = Math.pow(10, k / 48.0);
                p.set(id, "output_value", Period.format(t - k), Panels.round1(level * g));
                p.set(id, "sales_value", Period.format(t - k), Panels.round1(level * g * 1.5));
            }
        }
        for (int i = 0; i < 100; i++) { // sizes over four decades, but every figure starts with 5
            String id = "B" + i;
            p.enterprise(id, "3612", "410102", EnterpriseSize.SMALL);
            double scale = Math.pow(10, 1 + i % 4);
            for (int k = 0; k < 12; k++) {
                p.set(id, "output_value", Period.format(t - k), Panels.round1((5 + 0.009 * i + 0.01 * k) * scale));
                p.set(id, "sales_value", Period.format(t - k), Panels.round1((5.05 + 0.009 * i + 0.01 * k) * scale));
            }
        }
        CheckResult r = new BenfordRegionCheck().run(p.context());
        for (int i = 0; i < 400; i++) assertEquals(0.0, r.score(p.index("A" + i)));
        for (int i = 0; i < 100; i++) assertTrue(r.score(p.index("B" + i)) >= 0.5);
        assertTrue(r.statistic()[p.index("A0")] <= Benford.CLOSE, "MAD " + r.statistic()[p.index("A0")]);
        String d = r.detail().apply(p.index("B0"));
        assertTrue(d.startsWith("province 410000: first-two digits of 2,400 figures over 12 months do not follow Benford's law (MAD 0.02"), d);
    }
}
