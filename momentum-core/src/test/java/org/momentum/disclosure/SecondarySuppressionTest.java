package org.momentum.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The hand-made 2×2 example, and the audit of both methods on random hierarchical tables. */
class SecondarySuppressionTest {
    /**
     *            110000   120000   ALL
     *   B            40       60   100
     *   C            10*      90   100      (* one contributor)
     *   ALL          50      150   200
     */
    static List<Cell> twoByTwo() {
        return List.of(
                Fixtures.cell("B", "110000", 40, 5), Fixtures.cell("B", "120000", 60, 6), Fixtures.cell("B", "ALL", 100, 11),
                Fixtures.cell("C", "110000", 10, 1), Fixtures.cell("C", "120000", 90, 8), Fixtures.cell("C", "ALL", 100, 9),
                Fixtures.cell("ALL", "110000", 50, 6), Fixtures.cell("ALL", "120000", 150, 14), Fixtures.cell("ALL", "ALL", 200, 20));
    }

    @Test
    void aSingleSuppressionLeaksAndTheSecondaryRectangleProtects() {
        // primary suppression alone: C/110000 = C/ALL − C/120000 = 10 exactly
        List<ProtectedCell> onlyPrimary = new ArrayList<>();
        for (Cell c : twoByTwo()) {
            boolean p = c.industry().equals("C") && c.region().equals("110000");
            onlyPrimary.add(new ProtectedCell(c, p ? Status.PRIMARY : Status.PUBLISHED, p ? "FREQ(3)" : ""));
        }
        AttackerAudit.Report leak = AttackerAudit.audit(onlyPrimary, Fixtures.industries(), 10);
        assertEquals(1, leak.leaks().size());
        assertEquals(10, leak.leaks().get(0).min(), 1e-6);
        assertEquals(10, leak.leaks().get(0).max(), 1e-6);

        ProtectedRelease r = Disclosure.protect(twoByTwo(), DisclosureRules.defaults(), Fixtures.industries());
        Map<String, Status> s = new TreeMap<>();
        for (ProtectedCell c : r.cells()) s.put(c.cell().industry() + "/" + c.cell().region(), c.status());
        assertEquals(Status.PRIMARY, s.get("C/110000"));
        // the cheapest rectangle: B/110000 + B/120000 + C/120000 (190) beats the one through the ALL column (240)
        assertEquals(Status.SECONDARY, s.get("B/110000"));
        assertEquals(Status.SECONDARY, s.get("B/120000"));
        assertEquals(Status.SECONDARY, s.get("C/120000"));
        assertEquals(5, r.count(Status.PUBLISHED));
        AttackerAudit.Report audit = AttackerAudit.audit(r.cells(), Fixtures.industries(), 10);
        assertTrue(audit.clean(), audit.leaks().toString());
        // the attacker now only knows 0 ≤ C/110000 ≤ 50 (the column total)
        assertEquals(0, audit.intervals().get(0).min(), 1e-6);
        assertEquals(50, audit.intervals().get(0).max(), 1e-6);
    }

    @Test
    void aTableThatDoesNotAddUpIsRefusedNamingTheCell() {
        List<Cell> cells = new ArrayList<>(twoByTwo());
        cells.set(2, Fixtures.cell("B", "ALL", 101, 11));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Disclosure.protect(cells, DisclosureRules.defaults(), Fixtures.industries()));
        assertTrue(e.getMessage().contains("ALL/ALL") && e.getMessage().contains("not additive"), e.getMessage());
    }

    @Test
    void certifiedSuppressionPassesTheAttackersAuditOnRandomHierarchicalTables() {
        int primaries = 0, secondaries = 0;
        for (int k = 0; k < 20; k++) {
            long seed = k / 2 + 1;
            ReleaseCells.Shape shape = k % 2 == 0 ? ReleaseCells.Shape.FULL : ReleaseCells.Shape.INDICATORS;
            List<Cell> cells = Fixtures.randomRelease(seed, 150 + (int) seed * 20, 2 + (int) (seed % 3), 3 + (int) (seed % 4), shape);
            ProtectedRelease r = Disclosure.protect(cells, DisclosureRules.defaults(), Fixtures.industries());
            assertTrue(r.unprotected().isEmpty(), "seed " + seed + " " + shape + ": " + r.unprotected());
            AttackerAudit.Report audit = AttackerAudit.audit(r.cells(), Fixtures.industries(), 10);
            assertTrue(audit.clean(), "seed " + seed + " " + shape + ": " + audit.leaks());
            assertEquals(r.count(Status.PRIMARY), audit.intervals().size(), "every primary audited");
            primaries += (int) r.count(Status.PRIMARY);
            secondaries += (int) r.count(Status.SECONDARY);
        }
        assertTrue(primaries > 100 && secondaries > 50, primaries + " primaries, " + secondaries + " secondaries: the tables must be testing something");
    }

    @Test
    void theHypercubeBaselineProtectsAFlatTableButCanLeakAcrossTheHierarchy() {
        // flat 2-D (divisions × provinces): each primary's own hypercube is a certificate, so the baseline is safe
        List<Cell> flat = new ArrayList<>();
        for (Cell c : Fixtures.randomRelease(7, 120, 3, 5, ReleaseCells.Shape.INDICATORS))
            if (c.industry().equals("ALL") || c.industry().length() == 2) flat.add(c);
        ProtectedRelease f = Disclosure.protect(flat, DisclosureRules.defaults(), Fixtures.industries(), new HypercubeBaseline());
        assertTrue(f.count(Status.PRIMARY) > 0);
        assertTrue(AttackerAudit.audit(f.cells(), Fixtures.industries(), 10).clean());

        int leaks = 0;
        for (long seed = 1; seed <= 12; seed++) {
            List<Cell> cells = Fixtures.randomRelease(seed, 150 + (int) seed * 20, 2 + (int) (seed % 3), 3 + (int) (seed % 4), ReleaseCells.Shape.FULL);
            ProtectedRelease r = Disclosure.protect(cells, DisclosureRules.defaults(), Fixtures.industries(), new HypercubeBaseline());
            leaks += AttackerAudit.audit(r.cells(), Fixtures.industries(), 10).leaks().size();
        }
        assertTrue(leaks > 0, "the subtable-by-subtable baseline was expected to leak somewhere in a linked hierarchy");
    }

    @Test
    void aCellSensitiveInConsecutiveMonthsKeepsItsPattern() {
        List<Cell> cells = new ArrayList<>();
        for (int m = 0; m < 3; m++) for (Cell c : twoByTwo()) cells.add(new Cell(c.table(), c.industry(), c.region(), 24216 + m,
                c.value() * (1 + 0.01 * m), c.contributors(), c.largest1() * (1 + 0.01 * m), c.largest2() * (1 + 0.01 * m)));
        ProtectedRelease r = Disclosure.protect(cells, DisclosureRules.defaults(), Fixtures.industries());
        List<String> pattern0 = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            List<String> p = new ArrayList<>();
            for (ProtectedCell c : r.cells()) if (c.cell().period() == 24216 + m && c.suppressed()) p.add(c.cell().industry() + "/" + c.cell().region());
            if (m == 0) pattern0 = p;
            else assertEquals(pattern0, p);
        }
        assertFalse(pattern0.isEmpty());
        assertTrue(r.isGrowthSuppressed("t", "C", "110000", 24217));
        assertFalse(r.isSuppressed("t", "ALL", "ALL", 24217));
    }
}
