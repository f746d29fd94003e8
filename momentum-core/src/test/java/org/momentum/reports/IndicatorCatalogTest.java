package org.momentum.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorCatalogTest {
    private final IndicatorCatalog catalog = IndicatorCatalog.standard();

    @Test
    void standardCatalogHasSixPlainIndicatorsAndTwoPerProduct() {
        int products = IndicatorCatalog.DEFAULT_PRODUCTS.size();
        assertEquals(16, products);
        assertEquals(6 + 2 * products, catalog.all().size());
        assertEquals(List.of("output_value", "sales_value", "export_value", "revenue", "electricity", "employment"),
                catalog.all().subList(0, 6).stream().map(IndicatorDefinition::code).toList());
        assertEquals(IndicatorCatalog.DEFAULT_PRODUCTS, catalog.products());
        Set<String> codes = new HashSet<>();
        for (IndicatorDefinition d : catalog.all()) assertTrue(codes.add(d.code()), d.code());
    }

    @Test
    void formatsMdProductsAreThere() {
        for (String p : List.of("industrial_robot", "nev", "crude_steel", "cement")) {
            assertTrue(catalog.isKnown("product." + p), p);
            assertTrue(catalog.isKnown("capacity." + p), p);
        }
        assertEquals("sets", catalog.get("product.industrial_robot").unitEn());
        assertEquals("vehicles", catalog.get("product.nev").unitEn());
        assertEquals("tonnes", catalog.get("product.crude_steel").unitEn());
        assertEquals("tonnes", catalog.get("product.cement").unitEn());
        assertEquals("tonnes per year", catalog.get("capacity.cement").unitEn());
        assertEquals("水泥产量", catalog.get("product.cement").nameZh());
        assertEquals("水泥产能", catalog.get("capacity.cement").nameZh());
    }

    @Test
    void units() {
        assertEquals("10k yuan", catalog.get("output_value").unitEn());
        assertEquals("10k yuan", catalog.get("sales_value").unitEn());
        assertEquals("10k yuan", catalog.get("export_value").unitEn());
        assertEquals("10k yuan", catalog.get("revenue").unitEn());
        assertEquals("10k kWh", catalog.get("electricity").unitEn());
        assertEquals("persons", catalog.get("employment").unitEn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"employment", "capacity.nev", "capacity.cement", "capacity.anything"})
    void stocks(String code) {
        assertTrue(IndicatorCatalog.isStock(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"output_value", "sales_value", "export_value", "revenue", "electricity", "product.nev",
            "product.cement", "output_value_real", "capacity", "employment_total"})
    void flows(String code) {
        assertFalse(IndicatorCatalog.isStock(code), code);
    }

    @Test
    void isStockAgreesWithTheDefinitions() {
        for (IndicatorDefinition d : catalog.all()) assertEquals(d.stock(), IndicatorCatalog.isStock(d.code()), d.code());
    }

    @Test
    void knownCodesHaveNoProblem() {
        for (IndicatorDefinition d : catalog.all()) {
            assertNull(catalog.problem(d.code()), d.code());
            assertTrue(catalog.isKnown(d.code()));
            assertNotNull(catalog.get(d.code()));
        }
    }

    @Test
    void unknownIndicatorMessageListsTheKnownOnes() {
        assertEquals("unknown indicator 'gdp' (known: output_value, sales_value, export_value, revenue, electricity, "
                + "employment, product.<code>, capacity.<code>)", catalog.problem("gdp"));
        assertTrue(catalog.problem("output_value_real").startsWith("unknown indicator 'output_value_real'"),
                "the computed measure is not a reported indicator");
        assertFalse(catalog.isKnown("output_value_real"));
        assertNull(catalog.get("gdp"));
    }

    @Test
    void unknownProductMessageListsTheProducts() {
        String p = catalog.problem("product.tea");
        assertTrue(p.startsWith("unknown product 'tea' (known: industrial_robot, nev, crude_steel, cement, "), p);
        assertTrue(p.endsWith("plate_glass)"), p);
        assertTrue(catalog.problem("capacity.tea").startsWith("unknown product 'tea' "));
        assertTrue(catalog.problem("product.").startsWith("unknown product '' "));
        assertTrue(catalog.problem("product.nev.x").startsWith("unknown product 'nev.x' "));
    }

    @Test
    void aCustomProductList() {
        IndicatorCatalog c = new IndicatorCatalog(List.of(new Product("tea", "tonnes", "吨", "Tea", "茶叶", "1530")));
        assertEquals(8, c.all().size());
        assertTrue(c.isKnown("product.tea"));
        assertTrue(c.isKnown("capacity.tea"));
        assertFalse(c.isKnown("product.nev"));
        assertEquals("unknown product 'nev' (known: tea)", c.problem("product.nev"));
        assertTrue(c.get("capacity.tea").stock());
        assertFalse(c.get("product.tea").stock());
        IndicatorCatalog none = new IndicatorCatalog(List.of());
        assertEquals(6, none.all().size());
        assertEquals("unknown product 'nev' (known: )", none.problem("product.nev"));
    }

    @Test
    void listsAreNotTheCatalogsOwn() {
        catalog.all().clear();
        assertEquals(6 + 2 * 16, catalog.all().size());
        assertThrows(UnsupportedOperationException.class, () -> catalog.products().clear());
    }
}
