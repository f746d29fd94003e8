package org.momentum.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.momentum.classification.Period;

/** reports.csv rules of formats.md. */
class ReportRulesTest {
    private static final Set<String> REGISTER = Set.of("91350100M000100Y43", "ENT-000001");
    private static final int CURRENT = Period.of(2024, 6);
    private final ReportRules rules = new ReportRules(IndicatorCatalog.standard(), REGISTER::contains, CURRENT);

    /** A valid row; each test changes one field. */
    private static final String ID = "91350100M000100Y43", PERIOD = "2024-05", INDICATOR = "output_value", VALUE = "1234.5",
            PREV = "1100";

    private final List<FieldProblem> problems = new ArrayList<>();

    private Report check(String id, String period, String indicator, String value, String prev) {
        return rules.check(id, period, indicator, value, prev, problems);
    }

    private String onlyProblemIn(Report r, String column) {
        assertNull(r, "a row with a problem gives no report");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(column, problems.get(0).column(), problems.toString());
        return problems.get(0).reason();
    }

    private Report accepted(Report r) {
        assertTrue(problems.isEmpty(), problems.toString());
        assertNotNull(r);
        return r;
    }

    @Test
    void aValidRowGivesTheReport() {
        Report r = accepted(check(ID, PERIOD, INDICATOR, VALUE, PREV));
        assertEquals(new Report(ID, Period.of(2024, 5), "output_value", 1234.5, 1100.0), r);
        assertTrue(r.hasPrevYearValue());
    }

    // enterprise_id

    @Test
    void enterpriseNotInTheRegisterIsRefused() {
        String reason = onlyProblemIn(check("91110000600037341L", PERIOD, INDICATOR, VALUE, PREV), "enterprise_id");
        assertEquals("enterprise '91110000600037341L' is not in the register", reason);
    }

    @Test
    void emptyEnterpriseIsRefusedWithoutAskingTheRegister() {
        ReportRules strict = new ReportRules(IndicatorCatalog.standard(), id -> {
            throw new AssertionError("register asked about '" + id + "'");
        }, CURRENT);
        Report r = strict.check("", PERIOD, INDICATOR, VALUE, PREV, problems);
        assertEquals("empty, an enterprise id is required", onlyProblemIn(r, "enterprise_id"));
    }

    @Test
    void everyRegisteredEnterpriseIsAccepted() {
        accepted(check("ENT-000001", PERIOD, INDICATOR, VALUE, PREV));
    }

    // period

    @ParameterizedTest
    @ValueSource(strings = {"2018-13", "2018-1", "18-01", "2018-00", "", "2018/01", "201801", "2018-01-01", " 2018-01"})
    void malformedPeriodIsRefused(String period) {
        String reason = onlyProblemIn(check(ID, period, INDICATOR, VALUE, PREV), "period");
        assertEquals("'" + period + "' is not a month YYYY-MM", reason);
    }

    @Test
    void periodAfterTheCurrentMonthIsRefused() {
        String reason = onlyProblemIn(check(ID, "2024-07", INDICATOR, VALUE, PREV), "period");
        assertEquals("2024-07 is after the current month 2024-06", reason);
        problems.clear();
        onlyProblemIn(check(ID, "2025-01", INDICATOR, VALUE, PREV), "period");
    }

    @Test
    void theCurrentMonthAndEarlierAreAccepted() {
        assertEquals(CURRENT, accepted(check(ID, "2024-06", INDICATOR, VALUE, PREV)).period());
        assertEquals(Period.of(1990, 1), accepted(check(ID, "1990-01", INDICATOR, VALUE, PREV)).period());
    }

    // indicator

    @ParameterizedTest
    @ValueSource(strings = {"output_value", "sales_value", "export_value", "revenue", "electricity", "employment",
            "product.industrial_robot", "product.nev", "product.crude_steel", "product.cement", "capacity.nev",
            "capacity.crude_steel"})
    void knownIndicatorsAreAccepted(String indicator) {
        assertEquals(indicator, accepted(check(ID, PERIOD, indicator, VALUE, PREV)).indicator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gdp", "", "Output_Value", "output_value ", "output_value_real", "product", "nev"})
    void unknownIndicatorIsRefused(String indicator) {
        String reason = onlyProblemIn(check(ID, PERIOD, indicator, VALUE, PREV), "indicator");
        assertTrue(reason.startsWith("unknown indicator '" + indicator + "'"), reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"product.unobtainium", "capacity.unobtainium", "product.", "product.NEV"})
    void unknownProductCodeIsRefused(String indicator) {
        String reason = onlyProblemIn(check(ID, PERIOD, indicator, VALUE, PREV), "indicator");
        assertTrue(reason.startsWith("unknown product '" + indicator.substring(indicator.indexOf('.') + 1) + "'"), reason);
        assertTrue(reason.contains("industrial_robot"), "names the known products: " + reason);
    }

    // value

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "1", "12.5", "+3", "1e3", "1E-2", ".5", "5.", "00012", "123456789012.25"})
    void finiteNonNegativeValuesAreAccepted(String value) {
        assertEquals(Double.parseDouble(value), accepted(check(ID, PERIOD, INDICATOR, value, PREV)).value());
    }

    @Test
    void emptyValueIsRefused() {
        assertEquals("empty, a number is required", onlyProblemIn(check(ID, PERIOD, INDICATOR, "", PREV), "value"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "Infinity", "-Infinity", "inf", "0x10", "0X1p3", "1,234", " 12 ", "12 ", "1.2.3",
            "1e", "e5", "-", "+", ".", "1d", "1f", "12%", "¥12", "１２", "1_000", "--1"})
    void nonNumbersAreRefused(String value) {
        String reason = onlyProblemIn(check(ID, PERIOD, INDICATOR, value, PREV), "value");
        assertTrue(reason.startsWith("'" + value + "' is not a number"), reason);
    }

    @Test
    void thousandsSeparatorIsNamed() {
        String reason = onlyProblemIn(check(ID, PERIOD, INDICATOR, "1,234", PREV), "value");
        assertEquals("'1,234' is not a number (no thousands separators allowed)", reason);
    }

    @Test
    void overflowingValueIsRefused() {
        assertEquals("'1e309' is too large", onlyProblemIn(check(ID, PERIOD, INDICATOR, "1e309", PREV), "value"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.001", "-1e3"})
    void negativeValueIsRefused(String value) {
        assertEquals(value + " is negative; values are ≥ 0", onlyProblemIn(check(ID, PERIOD, INDICATOR, value, PREV), "value"));
    }

    @Test
    void negativeZeroIsZero() {
        Report r = accepted(check(ID, PERIOD, INDICATOR, "-0", "-0.0"));
        assertEquals(0, Double.compare(0.0, r.value()), "-0 is stored as +0 so that identical rows compare equal");
        assertEquals(0, Double.compare(0.0, r.prevYearValue()));
    }

    // prev_year_value

    @Test
    void emptyOrAbsentPrevYearValueIsNaN() {
        Report r = accepted(check(ID, PERIOD, INDICATOR, VALUE, ""));
        assertTrue(Double.isNaN(r.prevYearValue()));
        assertFalse(r.hasPrevYearValue());
        Report n = accepted(check(ID, PERIOD, INDICATOR, VALUE, null));
        assertTrue(Double.isNaN(n.prevYearValue()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1100", "1.5e2"})
    void prevYearValueIsParsed(String prev) {
        assertEquals(Double.parseDouble(prev), accepted(check(ID, PERIOD, INDICATOR, VALUE, prev)).prevYearValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.5"})
    void negativePrevYearValueIsRefused(String prev) {
        assertEquals(prev + " is negative; values are ≥ 0", onlyProblemIn(check(ID, PERIOD, INDICATOR, VALUE, prev), "prev_year_value"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "n/a", "1,100", "0x10", " ", "-"})
    void malformedPrevYearValueIsRefused(String prev) {
        String reason = onlyProblemIn(check(ID, PERIOD, INDICATOR, VALUE, prev), "prev_year_value");
        assertTrue(reason.startsWith("'" + prev + "' is not a number"), reason);
    }

    @Test
    void overflowingPrevYearValueIsRefused() {
        assertEquals("'1e309' is too large", onlyProblemIn(check(ID, PERIOD, INDICATOR, VALUE, "1e309"), "prev_year_value"));
    }

    // several problems

    @Test
    void everyBadFieldIsReportedInItsColumnWithItsOwnReason() {
        Report r = check("nobody", "2018-13", "gdp", "-1", "x");
        assertNull(r);
        assertEquals(List.of("enterprise_id", "period", "indicator", "value", "prev_year_value"),
                problems.stream().map(FieldProblem::column).toList());
        assertEquals("'x' is not a number", problems.get(4).reason());
    }

    @Test
    void badValueAndBadPrevYearValueEachHaveTheirOwnReason() {
        assertNull(check(ID, PERIOD, INDICATOR, "abc", "1,2"));
        assertEquals(2, problems.size());
        assertEquals(new FieldProblem("value", "'abc' is not a number"), problems.get(0));
        assertEquals(new FieldProblem("prev_year_value", "'1,2' is not a number (no thousands separators allowed)"), problems.get(1));
    }

    @Test
    void problemsOfEarlierRowsDoNotRefuseThisOne() {
        problems.add(new FieldProblem("value", "earlier row"));
        assertNotNull(check(ID, PERIOD, INDICATOR, VALUE, PREV));
        assertEquals(1, problems.size());
        Set<String> cols = problems.stream().map(FieldProblem::column).collect(Collectors.toSet());
        assertEquals(Set.of("value"), cols);
    }
}
