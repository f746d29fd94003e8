package org.momentum.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;

/** The engine cut in two: fine cells of parts of a panel, combined, give compute's rows. */
class FineCellsTest {
    private final IndicatorEngine engine = new IndicatorEngine();

    @Test
    void cellsOfTheWholePanelCombineToTheSameRowsBitForBit() {
        for (long seed = 0; seed < 80; seed++) {
            Fixture f = RandomPanels.generate(seed, seed % 2 == 0);
            if (refused(f)) continue;
            Panel panel = f.panel();
            List<FineCell> cells = engine.fineCells(panel, f.priceIndex());
            assertEquals(engine.compute(panel, f.priceIndex()).rows(),
                    engine.combine(TestData.industries(), cells, f.prices != null).rows(), "seed " + seed);
        }
    }

    @Test
    void panelCutByIndustryClassGivesTheSameRowsBitForBit() {
        // each class in one part: no fine cell is summed twice, enterprises keep their order within a cell
        for (long seed = 0; seed < 80; seed++) {
            Fixture f = RandomPanels.generate(seed, seed % 3 == 0);
            if (refused(f)) continue;
            Random rnd = new Random(seed);
            Set<String> firstPart = new HashSet<>();
            for (Enterprise e : f.enterprises) if (rnd.nextBoolean()) firstPart.add(e.industry());
            List<FineCell> cells = new ArrayList<>();
            cells.addAll(engine.fineCells(part(f, e -> firstPart.contains(e.industry())), f.priceIndex()));
            cells.addAll(engine.fineCells(part(f, e -> !firstPart.contains(e.industry())), f.priceIndex()));
            assertEquals(f.cube().rows(), engine.combine(TestData.industries(), cells, f.prices != null).rows(), "seed " + seed);
        }
    }

    @Test
    void panelCutByEnterpriseGivesTheSameRowsWithin1e9() {
        // a fine cell split across parts is added by FineCell.plus: same sums in another order
        for (long seed = 0; seed < 80; seed++) {
            Fixture f = RandomPanels.generate(seed, seed % 2 == 1);
            if (refused(f)) continue;
            int parts = 1 + (int) (seed % 4);
            List<FineCell> cells = new ArrayList<>();
            for (int k = 0; k < parts; k++) {
                int part = k;
                cells.addAll(engine.fineCells(part(f, e -> Math.floorMod(e.id().hashCode(), parts) == part), f.priceIndex()));
            }
            java.util.Collections.shuffle(cells, new Random(seed));
            CubeAssertions.assertSameCube(f.cube().rows(), engine.combine(TestData.industries(), cells, f.prices != null).rows());
        }
    }

    @Test
    void eachMeasureAndYearCombinesOnItsOwn() {
        // what a distributed job does: group the cells by (measure, year), combine each group, concatenate
        for (long seed = 0; seed < 60; seed++) {
            Fixture f = RandomPanels.generate(seed, true);
            if (refused(f)) continue;
            List<FineCell> cells = engine.fineCells(f.panel(), f.priceIndex());
            java.util.Map<String, List<FineCell>> groups = new java.util.TreeMap<>();
            for (FineCell c : cells) groups.computeIfAbsent(c.measure() + "|" + Period.year(c.period()), k -> new ArrayList<>()).add(c);
            List<IndicatorRow> rows = new ArrayList<>();
            for (List<FineCell> g : groups.values()) rows.addAll(engine.combine(TestData.industries(), g, true).rows());
            assertEquals(f.cube().rows(), IndicatorCube.of(rows).rows(), "seed " + seed);
        }
    }

    @Test
    void sumsOfTwoSetsAddUp() {
        FineCell a = new FineCell("output_value", Period.parse("2024-03"), "1310", "110000", 10, 2, 6, 5, 5.5, 1);
        FineCell b = new FineCell("output_value", Period.parse("2024-03"), "1310", "110000", 4, 1, 4, 2, 3.5, 1);
        assertEquals(new FineCell("output_value", Period.parse("2024-03"), "1310", "110000", 14, 3, 10, 7, 9, 2), a.plus(b));
        FineCell other = new FineCell("output_value", Period.parse("2024-03"), "1310", "120000", 4, 1, 4, 2, 3.5, 1);
        assertThrows(IllegalArgumentException.class, () -> a.plus(other));
    }

    @Test
    void aCellOfAnUnknownClassIsRefused() {
        FineCell c = new FineCell("output_value", Period.parse("2024-03"), "9999", "110000", 10, 2, 6, 5, Double.NaN, 1);
        assertThrows(IllegalArgumentException.class, () -> engine.combine(TestData.industries(), List.of(c), false));
    }

    @Test
    void aMissingPriceIsRefusedByTheCellsAsByCompute() {
        int refusals = 0;
        for (long seed = 0; seed < 80; seed++) if (refused(RandomPanels.generate(seed, true))) refusals++;
        assertTrue(refusals > 0, "some random panels lack a price, so the refusal is exercised");
    }

    /** When compute refuses the panel (a price is missing), fineCells refuses it with the same message. */
    private boolean refused(Fixture f) {
        String expected;
        try {
            f.cube();
            return false;
        } catch (IllegalArgumentException e) {
            expected = e.getMessage();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.fineCells(f.panel(), f.priceIndex()));
        assertEquals(expected, e.getMessage());
        return true;
    }

    /** The enterprises that pass, in register order, with their reports in arrival order. */
    private static Panel part(Fixture f, Predicate<Enterprise> in) {
        PanelBuilder b = new PanelBuilder(TestData.industries());
        Set<String> ids = new HashSet<>();
        for (Enterprise e : f.enterprises) if (in.test(e)) { b.addEnterprise(e); ids.add(e.id()); }
        for (Report r : f.reports) if (ids.contains(r.enterpriseId())) b.addReport(r);
        return b.build();
    }
}
