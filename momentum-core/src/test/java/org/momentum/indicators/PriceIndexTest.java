package org.momentum.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryLevel;
import org.momentum.classification.Period;

class PriceIndexTest {
    private static final int MAR = Period.parse("2024-03");

    @Test
    void fallsBackFromClassToGroupDivisionSectionAndAll() {
        PriceIndex p = PriceIndex.builder()
                .add("3612", MAR, 1.01).add("361", MAR, 1.02).add("36", MAR, 1.03).add("C", MAR, 1.04).add("ALL", MAR, 1.05)
                .build();
        assertEquals(1.01, p.lookup("3612", MAR));
        assertEquals(1.02, p.lookup("3619", MAR)); // group 361
        assertEquals(1.03, p.lookup("3620", MAR)); // division 36
        assertEquals(1.04, p.lookup("3110", MAR)); // section C
        assertEquals(1.05, p.lookup("0610", MAR)); // ALL
        assertTrue(Double.isNaN(p.lookup("3612", MAR + 1)), "no index for April");
    }

    @Test
    void laterObservationReplacesAndBadOnesAreRefused() {
        PriceIndex p = PriceIndex.builder().add("36", MAR, 1.1).add("36", MAR, 1.2).build();
        assertEquals(1.2, p.lookup("3612", MAR));
        assertThrows(IllegalArgumentException.class, () -> PriceIndex.builder().add("36", MAR, 0));
        assertThrows(IllegalArgumentException.class, () -> PriceIndex.builder().add("36", MAR, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> PriceIndex.builder().add("all", MAR, 1));
    }

    @Test
    void fixedSectionTableAgreesWithTheClassification() {
        for (Industry i : TestData.industries().all()) {
            if (i.level() != IndustryLevel.SECTION) assertEquals(i.section(), PriceIndex.sectionOf(i.code()), i.code());
        }
    }
}
