package org.momentum.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.registry.EnterpriseSize;

/** The whole month: rules and checks together, ranked flags, and the same answer every time. */
class QualityScorerTest {
    private static Panels month() {
        Panels p = new Panels();
        for (int i = 0; i < 40; i++)
            p.enterprise("F" + i, "3612", "110101", EnterpriseSize.SMALL).steady("F" + i, 700 + 31 * i, 0.03 + 0.001 * i, 0.02, 5, i);
        // F3 inflates its month; F8 breaks a ratio rule
        for (String ind : new String[] {"output_value", "sales_value", "revenue"})
            p.set("F3", ind, Panels.REVIEW, Panels.round1(p.value("F3", ind, Panels.REVIEW) * 1.5));
        p.set("F8", "export_value", Panels.REVIEW, p.value("F8", "sales_value", Panels.REVIEW) * 2);
        return p;
    }

    @Test
    void flagsAreRankedByTheReportsHighestScoreAndCarryEveryPieceOfEvidence() {
        Panels p = month();
        QualityScorer.Result r = QualityScorer.withDefaultRules().score(p.panel(), p.sizes(), Period.parse(Panels.REVIEW));
        List<Flag> flags = r.flags(Flag.FLAGGED);
        assertEquals("F8", flags.get(0).enterpriseId()); // an error (1.0) ranks first
        assertEquals("exports_within_sales", flags.get(0).rule());
        assertEquals(1.0, flags.get(0).score());
        assertTrue(flags.stream().filter(f -> f.enterpriseId().equals("F3")).map(Flag::rule).toList()
                .containsAll(List.of("inflation_evidence", "energy_output")), flags.toString());
        assertEquals(2, r.flaggedReports(), flags.toString());
        assertEquals(2, flags.stream().map(Flag::enterpriseId).distinct().count());
        for (Flag f : flags) {
            assertEquals(Period.parse(Panels.REVIEW), f.period());
            assertTrue(f.score() >= 0.5 && !f.detail().isEmpty());
        }
        // a lower floor shows weaker evidence too, never less
        assertTrue(r.flags(0.1).size() >= flags.size());
    }

    @Test
    void everyCheckTakesPart_andTheAnswerIsTheSameEveryTime() {
        Panels p = month();
        QualityScorer s = QualityScorer.withDefaultRules();
        QualityScorer.Result a = s.score(p.panel(), p.sizes(), Period.parse(Panels.REVIEW));
        QualityScorer.Result b = s.score(p.panel(), p.sizes(), Period.parse(Panels.REVIEW));
        assertArrayEquals(a.best(), b.best());
        List<String> rules = a.results().stream().map(CheckResult::rule).toList();
        assertTrue(rules.containsAll(List.of(OwnHistoryCheck.NAME, PeerGrowthCheck.NAME, EnergyOutputCheck.NAME, InflationEvidence.NAME,
                RegionShiftCheck.NAME, LastDigitCheck.NAME, RoundNumberCheck.NAME, CopyCheck.NAME, BenfordRegionCheck.NAME, AnomalyModelCheck.NAME)), rules.toString());
        assertEquals(a.flags(0.5), b.flags(0.5));
    }

    @Test
    void aMonthWithoutReportsFlagsNothing() {
        Panels p = month();
        QualityScorer.Result r = QualityScorer.withDefaultRules().score(p.panel(), p.sizes(), Period.parse("2019-06"));
        assertEquals(0, r.context().reportCount());
        assertTrue(r.flags(0.01).isEmpty());
    }
}
