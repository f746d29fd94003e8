package org.momentum.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.momentum.testing.SharedData;

/** GB/T 2260 provinces as loaded from the real reference table in shared/data. */
class RegionClassificationTest {
    private final RegionClassification gb = SharedData.regions();

    @Test
    void thirtyOneMainlandProvinces() {
        List<Region> provinces = gb.provinces();
        assertEquals(31, provinces.size());
        assertEquals("110000", provinces.get(0).code());
        assertEquals("650000", provinces.get(provinces.size() - 1).code());
        for (Region r : provinces) {
            assertTrue(r.code().matches("[1-6]\\d0000"), r.code());
            assertFalse(r.nameZh().isEmpty(), r.code());
            assertFalse(r.nameEn().isEmpty(), r.code());
            assertFalse(r.shortNameZh().isEmpty(), r.code());
        }
    }

    @Test
    void provinceLookup() {
        Region beijing = gb.province("110000");
        assertEquals("北京市", beijing.nameZh());
        assertEquals("Beijing", beijing.nameEn());
        assertEquals("北京", beijing.shortNameZh());
        assertEquals("新疆维吾尔自治区", gb.province("650000").nameZh());
        assertNull(gb.province("110100"), "only province codes are provinces");
        assertNull(gb.province("710000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110000", "110105", "310115", "350102", "440305", "650102", "540000", "119999"})
    void knownRegions(String code) {
        assertTrue(gb.isKnownRegion(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"710000", "810000", "820000", "000000", "100000", "990000", "660000", "11000", "1100000",
            "11000a", "", " 11000", "１１００００"})
    void unknownRegions(String code) {
        assertFalse(gb.isKnownRegion(code), code);
    }

    @Test
    void nullIsNotARegion() {
        assertFalse(gb.isKnownRegion(null));
        assertFalse(RegionClassification.isSixDigits(null));
    }

    @Test
    void provinceOfKeepsTheFirstTwoDigits() {
        assertEquals("350000", RegionClassification.provinceOf("350102"));
        assertEquals("110000", RegionClassification.provinceOf("110000"));
        assertEquals("710000", RegionClassification.provinceOf("710000"), "not checked against the list");
    }

    @Test
    void isSixDigits() {
        assertTrue(RegionClassification.isSixDigits("000000"));
        assertTrue(RegionClassification.isSixDigits("123456"));
        assertFalse(RegionClassification.isSixDigits("12345"));
        assertFalse(RegionClassification.isSixDigits("1234567"));
        assertFalse(RegionClassification.isSixDigits("12345x"));
        assertFalse(RegionClassification.isSixDigits("-12345"));
    }

    @Test
    void provincesIsACopy() {
        assertThrows(UnsupportedOperationException.class, () -> gb.provinces().clear());
    }

    @Test
    void constructorRefusesNonProvinceCodesAndDuplicates() {
        Region bj = new Region("110000", "北京市", "Beijing", "北京");
        assertThrows(IllegalArgumentException.class, () -> new RegionClassification(List.of(new Region("110100", "x", "x", "x"))));
        assertThrows(IllegalArgumentException.class, () -> new RegionClassification(List.of(new Region("11000", "x", "x", "x"))));
        assertThrows(IllegalArgumentException.class, () -> new RegionClassification(List.of(new Region("A10000", "x", "x", "x"))));
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> new RegionClassification(List.of(bj, bj)));
        assertTrue(dup.getMessage().contains("110000"));
        assertEquals(1, new RegionClassification(List.of(bj)).provinces().size());
    }
}
