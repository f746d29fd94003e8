package org.momentum.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link IndicatorEngine#nationalTotals}: compute's ALL/ALL levels and counts, bit for bit, without the cube. */
class NationalTotalsTest {
    private final IndicatorEngine engine = new IndicatorEngine();

    @Test
    void theTotalsAreComputesAllAllRows() {
        int compared = 0;
        for (long seed = 0; seed < 80; seed++) {
            Panel panel = RandomPanels.generate(seed, false).panel();
            List<IndicatorEngine.NationalTotal> expected = new ArrayList<>();
            for (IndicatorRow r : engine.compute(panel, null).rows())
                if (r.industry().equals(IndicatorRow.ALL) && r.region().equals(IndicatorRow.ALL))
                    expected.add(new IndicatorEngine.NationalTotal(r.measure(), r.period(), r.value(), r.enterprises()));
            List<IndicatorEngine.NationalTotal> totals = new ArrayList<>(engine.nationalTotals(panel));
            totals.sort(java.util.Comparator.comparing(IndicatorEngine.NationalTotal::measure).thenComparingInt(IndicatorEngine.NationalTotal::period));
            assertEquals(expected, totals, "seed " + seed); // record equality: the doubles to the last bit
            compared += totals.size();
        }
        assertTrue(compared > 500, "totals compared: " + compared);
    }

    @Test
    void anEmptyPanelHasNoTotals() {
        assertEquals(List.of(), engine.nationalTotals(new PanelBuilder(TestData.industries()).build()));
    }
}
