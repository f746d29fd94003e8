package org.momentum.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;

/** KPI improvements for "lower is better" and "higher is better" measures, thresholds and aggregation. */
class KpiImprovementTest {
    static final Programme PILOTS = new Programme("im-2017", Programme.Kind.PILOT, "Pilots", "试点", Map.of(
            Kpi.PRODUCTION_EFFICIENCY, 20.0, Kpi.OPERATING_COST, 20.0, Kpi.DEFECT_RATE, 10.0));

    @Test
    void higherIsBetter() {
        // efficiency 100 → 138: +38%
        KpiImprovement k = KpiImprovement.of(Kpi.PRODUCTION_EFFICIENCY, 100, 138, 20);
        assertEquals(38.0, k.improvementPct(), 1e-12);
        assertTrue(k.meets());
        // a fall in efficiency is a negative improvement
        assertEquals(-10.0, KpiImprovement.of(Kpi.PRODUCTION_EFFICIENCY, 200, 180, 20).improvementPct(), 1e-12);
    }

    @Test
    void lowerIsBetter() {
        // operating cost 500 → 395: down 21% = an improvement of +21; the defect rate 2.0% → 2.2% is −10
        KpiImprovement cost = KpiImprovement.of(Kpi.OPERATING_COST, 500, 395, 20);
        assertEquals(21.0, cost.improvementPct(), 1e-12);
        assertTrue(cost.meets());
        KpiImprovement defects = KpiImprovement.of(Kpi.DEFECT_RATE, 2.0, 2.2, 10);
        assertEquals(-10.0, defects.improvementPct(), 1e-12);
        assertFalse(defects.meets());
        // exactly at the threshold meets it; no threshold never "meets"
        assertTrue(KpiImprovement.of(Kpi.DEVELOPMENT_CYCLE, 10, 8, 20).meets());
        assertFalse(KpiImprovement.of(Kpi.DEVELOPMENT_CYCLE, 10, 8, Double.NaN).meets());
    }

    @Test
    void latestReportPerKpiAndAggregates() {
        PilotProject a = new PilotProject("P1", "im-2017", "2017", 2017, "E1", "discrete");
        PilotProject b = new PilotProject("P2", "im-2017", "2017", 2017, "E2", "process");
        List<KpiReport> reports = List.of(
                new KpiReport("P1", Kpi.OPERATING_COST, Period.of(2018, 6), 100, 90),   // superseded by December
                new KpiReport("P1", Kpi.OPERATING_COST, Period.of(2018, 12), 100, 70),  // 30
                new KpiReport("P1", Kpi.PRODUCTION_EFFICIENCY, Period.of(2018, 12), 50, 60), // 20
                new KpiReport("P2", Kpi.OPERATING_COST, Period.of(2018, 12), 200, 180));  // 10
        PilotResult ra = PilotResult.of(a, "110000", "34", PILOTS, reports);
        PilotResult rb = PilotResult.of(b, "320000", "26", PILOTS, reports);
        assertEquals(2, ra.improvements().size());
        assertTrue(ra.meetsAll());
        assertFalse(rb.meetsAll());
        List<KpiSummary> all = KpiSummary.aggregate(List.of(ra, rb), KpiSummary.By.ALL);
        KpiSummary cost = all.stream().filter(s -> s.kpi() == Kpi.OPERATING_COST).findFirst().orElseThrow();
        assertEquals(2, cost.projects());
        assertEquals(20.0, cost.meanPct(), 1e-12);
        assertEquals(20.0, cost.medianPct(), 1e-12);
        assertEquals(0.5, cost.meetingShare(), 1e-12);
        List<KpiSummary> byRegion = KpiSummary.aggregate(List.of(ra, rb), KpiSummary.By.REGION);
        assertEquals(3, byRegion.size()); // 110000: cost and efficiency; 320000: cost
        assertEquals("110000", byRegion.get(0).group());
    }
}
