package org.momentum.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;

/** Capacity cut arithmetic with exits counted as cuts. */
class CapacityCutTest {
    static final int BASE = Period.of(2016, 12), JUNE = Period.of(2017, 6), DEC = Period.of(2017, 12);

    static Enterprise maker(String id, int from, int to) {
        return new Enterprise(id, id, "3120", "130102", EnterpriseSize.LARGE, from, to);
    }

    static NavigableMap<Integer, Double> reports(Object... periodValue) {
        NavigableMap<Integer, Double> m = new TreeMap<>();
        for (int i = 0; i < periodValue.length; i += 2) m.put((Integer) periodValue[i], (Double) periodValue[i + 1]);
        return m;
    }

    @Test
    void exitsCountAsCutsAndNewcomersOffsetThem() {
        // A: 30 Mt → 22 Mt (cut 8); B: 25 Mt, leaves scope after 2017-06 (cut 25 by exit); C: 10 Mt, no report since
        // the baseline (unchanged 10); D: enters in 2017-03 with 5 Mt and E (out of scope at the baseline) has 7 Mt:
        // newcomers, part of the current capacity.
        List<Enterprise> makers = List.of(
                maker("A", Period.of(2010, 1), Period.OPEN),
                maker("B", Period.of(2010, 1), Period.of(2017, 6)),
                maker("C", Period.of(2010, 1), Period.OPEN),
                maker("D", Period.of(2017, 3), Period.OPEN),
                maker("E", Period.of(2017, 1), Period.OPEN));
        Map<String, NavigableMap<Integer, Double>> cap = Map.of(
                "A", reports(BASE, 30e6, JUNE, 26e6, DEC, 22e6),
                "B", reports(BASE, 25e6, JUNE, 25e6),
                "C", reports(Period.of(2016, 6), 10e6),
                "D", reports(Period.of(2017, 3), 5e6),
                "E", reports(BASE, 7e6, DEC, 7e6));
        CapacityCut dec = CapacityCut.measure(makers, cap, BASE, DEC);
        assertEquals(65e6, dec.baselineCapacity());   // A 30 + B 25 + C 10 (E was not in scope at the baseline)
        assertEquals(32e6, dec.currentCapacity());    // A 22 + B 0 (exit) + C 10
        assertEquals(12e6, dec.added());              // D 5 + E 7
        assertEquals(21e6, dec.cut());                // 65 − (32 + 12): 8 by A, 25 by B's exit, 12 new
        assertEquals(25e6, dec.cutByExits());
        assertEquals(8e6, dec.cutByContinuing());
        assertEquals(1, dec.exits());
        assertEquals(3, dec.cohort());
        assertEquals(-21e6, dec.netChange());

        // in June B is still in scope (scope_to is inclusive): A cut 4, D added 5, E 7 (its last report is 2016-12)
        CapacityCut june = CapacityCut.measure(makers, cap, BASE, JUNE);
        assertEquals(-8e6, june.cut());
        assertEquals(0, june.exits());
        // July: B has left, its 25 Mt count as cut
        CapacityCut july = CapacityCut.measure(makers, cap, BASE, Period.of(2017, 7));
        assertEquals(17e6, july.cut());
        assertEquals(1, july.exits());
    }

    @Test
    void aCapacityTargetReadsTheCutAsANegativeChange() {
        List<Enterprise> makers = List.of(maker("A", Period.of(2010, 1), Period.OPEN), maker("B", Period.of(2010, 1), Period.of(2017, 9)));
        Map<String, NavigableMap<Integer, Double>> cap = Map.of(
                "A", reports(BASE, 100e6, DEC, 70e6),
                "B", reports(BASE, 22e6, Period.of(2017, 9), 22e6));
        TargetTracker t = new TargetTracker(TargetAssessmentTest.STEEL,
                List.of(new org.momentum.indicators.IndicatorRow("capacity.crude_steel", "3120", "ALL", DEC, 70e6, 1,
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN)),
                true, p -> CapacityCut.measure(makers, cap, BASE, p), null);
        assertEquals(-52e6, t.outcome(DEC));                          // 30 by A + 22 by B's exit
        TargetAssessment a = t.assess(DEC);
        assertEquals(TargetStatus.ACHIEVED, a.status());
        assertEquals(1.04, a.progress(), 1e-12);
    }
}
