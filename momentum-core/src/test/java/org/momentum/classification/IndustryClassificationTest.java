package org.momentum.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.momentum.testing.SharedData;

/** GB/T 4754-2017 as loaded from the real reference table in shared/data. */
class IndustryClassificationTest {
    private final IndustryClassification gb = SharedData.industries();

    @Test
    void theReferenceTableHasTheFourLevelsOfGbt4754_2017() {
        assertEquals(1971, gb.all().size());
        assertEquals(20, count(IndustryLevel.SECTION));
        assertEquals(97, count(IndustryLevel.DIVISION));
        assertEquals(473, count(IndustryLevel.GROUP));
        assertEquals(1381, count(IndustryLevel.CLASS));
    }

    @Test
    void sectionsAreAToT() {
        List<String> sections = gb.all().stream().filter(i -> i.level() == IndustryLevel.SECTION).map(Industry::code).toList();
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T"), sections);
        for (Industry s : gb.all()) if (s.level() == IndustryLevel.SECTION) {
            assertNull(s.parent(), s.code());
            assertEquals(s.code(), s.section());
        }
    }

    @Test
    void everyCodeHasTheShapeOfItsLevelAndAParentOneLevelUpInTheSameSection() {
        for (Industry i : gb.all()) {
            switch (i.level()) {
                case SECTION -> assertTrue(i.code().matches("[A-T]"), i.code());
                case DIVISION -> {
                    assertTrue(i.code().matches("\\d{2}"), i.code());
                    assertEquals(i.section(), i.parent());
                }
                case GROUP -> {
                    assertTrue(i.code().matches("\\d{3}"), i.code());
                    assertEquals(IndustryClassification.divisionOf(i.code()), i.parent());
                }
                case CLASS -> {
                    assertTrue(i.code().matches("\\d{4}"), i.code());
                    assertEquals(IndustryClassification.groupOf(i.code()), i.parent());
                }
            }
            if (i.parent() != null) {
                Industry parent = gb.get(i.parent());
                assertNotNull(parent, i.code());
                assertEquals(i.level().ordinal() - 1, parent.level().ordinal(), i.code());
                assertEquals(parent.section(), i.section(), i.code());
            }
            assertFalse(i.nameZh() == null || i.nameZh().isEmpty(), i.code());
        }
    }

    @Test
    void industryIsSectionsBCDWithDivisions06To46() {
        List<Industry> divisions = gb.industrial(IndustryLevel.DIVISION);
        assertEquals(41, divisions.size());
        assertEquals("06", divisions.get(0).code());
        assertEquals("46", divisions.get(divisions.size() - 1).code());
        for (Industry d : divisions) {
            int n = Integer.parseInt(d.code());
            String expected = n <= 12 ? "B" : n <= 43 ? "C" : "D";
            assertEquals(expected, d.section(), d.code());
        }
        List<Industry> sections = gb.industrial(IndustryLevel.SECTION);
        assertEquals(List.of("B", "C", "D"), sections.stream().map(Industry::code).toList());
    }

    @Test
    void industrialClassesAreSortedAndAllIndustrial() {
        List<Industry> classes = gb.industrial(IndustryLevel.CLASS);
        assertEquals(666, classes.size());
        List<String> codes = classes.stream().map(Industry::code).toList();
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(null);
        assertEquals(sorted, codes);
        for (Industry c : classes) assertTrue(gb.isIndustrialClass(c.code()), c.code());
        long all = gb.all().stream().filter(i -> gb.isIndustrialClass(i.code())).count();
        assertEquals(666, all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0610", "0711", "1200", "1311", "3120", "3491", "3612", "3973", "4411", "4610", "4690"})
    void industrialClasses(String code) {
        assertTrue(gb.isIndustrialClass(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0111", "4710", "5111", "6311", "8411", "9700", "C", "B", "13", "131", "06", "9999", "", "3491 ", "c"})
    void notIndustrialClasses(String code) {
        assertFalse(gb.isIndustrialClass(code), code);
    }

    @Test
    void productIndustriesOfTheDefaultCatalogAreIndustrialClasses() {
        for (var p : org.momentum.reports.IndicatorCatalog.DEFAULT_PRODUCTS)
            assertTrue(gb.isIndustrialClass(p.industry()), p.code() + " " + p.industry());
    }

    @Test
    void lookups() {
        Industry robots = gb.get("3491");
        assertEquals(IndustryLevel.CLASS, robots.level());
        assertEquals("349", robots.parent());
        assertEquals("C", robots.section());
        assertEquals("工业机器人制造", robots.nameZh());
        assertTrue(gb.contains("34"));
        assertFalse(gb.contains("3499x"));
        assertNull(gb.get("0000"));
        assertEquals("D", gb.sectionOf("4411"));
        assertEquals("B", gb.sectionOf("06"));
        assertEquals("C", gb.sectionOf("C"));
        assertThrows(IllegalArgumentException.class, () -> gb.sectionOf("0000"));
        assertEquals("34", IndustryClassification.divisionOf("3491"));
        assertEquals("34", IndustryClassification.divisionOf("349"));
        assertEquals("34", IndustryClassification.divisionOf("34"));
        assertEquals("349", IndustryClassification.groupOf("3491"));
    }

    @Test
    void codesAreUnique() {
        Set<String> codes = gb.all().stream().map(Industry::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(gb.all().size(), codes.size());
    }

    @Test
    void allIsUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> gb.all().add(gb.get("A")));
    }

    @Test
    void constructorRefusesDuplicatesAndUnknownParents() {
        Industry b = new Industry("B", IndustryLevel.SECTION, null, "B", "采矿业", null);
        Industry d06 = new Industry("06", IndustryLevel.DIVISION, "B", "B", "煤炭开采和洗选业", null);
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> new IndustryClassification(List.of(b, d06, d06)));
        assertTrue(dup.getMessage().contains("06"), dup.getMessage());
        IllegalArgumentException orphan = assertThrows(IllegalArgumentException.class,
                () -> new IndustryClassification(List.of(d06)));
        assertTrue(orphan.getMessage().contains("unknown parent B"), orphan.getMessage());
        // a parent may come after its child in the list
        IndustryClassification ok = new IndustryClassification(List.of(d06, b));
        assertEquals(2, ok.all().size());
    }

    private long count(IndustryLevel level) {
        return gb.all().stream().filter(i -> i.level() == level).count();
    }
}
