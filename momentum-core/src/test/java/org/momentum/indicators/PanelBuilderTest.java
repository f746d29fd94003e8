package org.momentum.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;
import org.momentum.reports.Report;

class PanelBuilderTest {
    private static Enterprise ent(String id, String industry, String region, int from) {
        return new Enterprise(id, id, industry, region, EnterpriseSize.SMALL, from, Period.OPEN);
    }

    @Test
    void revisionsReplaceWholeReportsAndColumnsGrow() {
        PanelBuilder b = new PanelBuilder(TestData.industries(), 1);
        int jan = Period.parse("2024-01");
        assertEquals(0, b.addEnterprise(ent("A", "3612", "110101", jan)));
        b.addReport(new Report("A", jan, "output_value", 5, 4));
        for (int i = 1; i < 100; i++) b.addEnterprise(ent("E" + i, "0610", "650101", jan)); // forces growth
        b.addReport(new Report("A", jan, "output_value", 6, Double.NaN));
        b.addReport(new Report("E99", jan - 3, "output_value", 1, Double.NaN)); // window grows backwards
        int m = b.measureIndex("employment");
        b.addReport(b.enterpriseIndex("E5"), jan + 2, m, 7, 3);
        assertEquals(1, b.addEnterprise(new Enterprise("E1", "x", "4411", "120101", EnterpriseSize.LARGE, jan + 1, jan + 5)));
        Panel p = b.build();
        assertEquals(100, p.enterpriseCount());
        assertEquals(6, p.value(0, jan, 0));
        assertTrue(Double.isNaN(p.prevYearValue(0, jan, 0)), "the revision gave no prev_year_value");
        assertEquals(1, p.value(0, jan - 3, 99));
        assertTrue(Double.isNaN(p.value(0, jan - 3, 5)));
        assertEquals(3, p.prevYearValue(p.measureIndex("employment"), jan + 2, 5));
        assertEquals(jan - 3, p.minPeriod());
        assertEquals(jan + 2, p.maxPeriod());
        assertEquals("4411", p.industry(1));
        assertEquals("120000", p.province(1));
        assertEquals(jan + 5, p.scopeTo(1));
        assertEquals(List.of("110000", "120000", "650000"), p.provinces());
        assertThrows(IllegalStateException.class, b::build);
    }

    @Test
    void refusesUnknownEnterprisesAndNonIndustrialClasses() {
        PanelBuilder b = new PanelBuilder(TestData.industries());
        assertThrows(IllegalArgumentException.class, () -> b.addReport(new Report("nobody", 1, "output_value", 1, Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> b.addEnterprise(ent("F", "0111", "110101", 1))); // farming
        assertThrows(IllegalArgumentException.class, () -> b.addEnterprise(ent("F", "9999", "110101", 1)));
        b.addEnterprise(ent("A", "3612", "110101", 1));
        assertThrows(IllegalArgumentException.class, () -> b.addReport(new Report("A", 1, "output_value", Double.NaN, 1)));
        assertThrows(IllegalArgumentException.class, () -> b.addReport(5, 1, "output_value", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> b.measureIndex("output_value_real"));
    }

    @Test
    void emptyPanelGivesAnEmptyCube() {
        Panel p = new PanelBuilder(TestData.industries()).build();
        assertEquals(Period.NONE, p.minPeriod());
        assertEquals(0, new IndicatorEngine().compute(p, null).size());
    }
}
