package org.momentum.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RulesParserTest {
    @Test
    void theDefaultRulesParseAndCoverEveryKindTheIssueNames() {
        RuleSet rules = RuleSet.defaults();
        List<String> names = rules.rules().stream().map(QualityRule::name).toList();
        for (String n : List.of("employment_range", "sales_within_output", "exports_within_sales", "output_per_employee",
                "output_per_kwh", "output_jump_month", "output_jump_year", "growth_with_electricity"))
            assertTrue(names.contains(n), n);
        assertTrue(rules.rules().stream().anyMatch(r -> r.severity() == Severity.ERROR));
        assertTrue(rules.rules().stream().anyMatch(r -> r.severity() == Severity.WARNING));
    }

    @Test
    void aRuleWithWhenThenErrorcodeAndErrorlevel() {
        QualityRule r = RulesParser.parse("""
                # a comment
                exports : when sales_value > 0 then export_value <= sales_value errorcode "exports above sales" errorlevel warning
                """, "x.rules").get(0);
        assertEquals("exports", r.name());
        assertEquals(2, r.line());
        assertEquals(Severity.WARNING, r.severity());
        assertEquals("exports above sales", r.message());
        assertEquals("export_value", r.indicator());
        assertInstanceOf(RuleExpr.Binary.class, r.when());
        assertEquals("(export_value <= sales_value)", r.condition().text());
    }

    @Test
    void defaultsAreErrorLevelAndTheNameAsMessage_andPrecedenceIsArithmetic() {
        QualityRule r = RulesParser.parse("sales_cap: sales_value <= 1.5 * output_value + 2", "f").get(0);
        assertEquals(Severity.ERROR, r.severity());
        assertEquals("sales cap", r.message());
        assertNull(r.when());
        assertEquals("(sales_value <= ((1.5 * output_value) + 2))", r.condition().text());
    }

    @Test
    void continuedLinesBetweenLagAndQuantile() {
        List<QualityRule> rules = RulesParser.parse("""

                jump : output_value / lag(output_value, 12) \\
                       between 0.25 and 4 errorlevel warning
                bounds : output_value / employment between industry_quantile(output_value / employment, 0.01) / 3 and 1e6
                """, "f");
        assertEquals(2, rules.get(0).line());
        assertEquals("((output_value / lag(output_value, 12)) between 0.25 and 4)", rules.get(0).condition().text());
        assertEquals(4, rules.get(1).line());
        assertTrue(rules.get(1).condition().text().contains("industry_quantile((output_value / employment), 0.01)"));
    }

    @Test
    void mistakesNameFileLineAndReason() {
        assertError("ok : output_value >= 0\nbad output_value >= 0\n", "f.rules:2: expected ':' but found 'output_value'");
        assertError("a : output_value >= 0\na : sales_value >= 0\n", "f.rules:2: rule 'a' is defined twice");
        assertError("a : output_value >= 0 errorlevel fatal", "f.rules:1: errorlevel must be 'error' or 'warning', not 'fatal'");
        assertError("a : median(output_value) > 0", "f.rules:1: unknown function 'median' (known: lag, abs, min, max, isnull, industry_quantile)");
        assertError("a : output_value * 2", "f.rules:1: the condition '(output_value * 2)' is a number, not a comparison");
        assertError("a : output_value > 0 errorcode \"open", "f.rules:1: a quoted message is not closed");
        assertError("a : lag(output_value, 30) > 0", "f.rules:1: lag must be 1 to 24 months, not 30");
        assertError("a : output_value > 0 \\", "f.rules:1: the file ends inside a continued line");
        assertError("\n\na : output_value > ", "f.rules:3: the expression ends too early");
        assertError("a : output_value ? 3", "f.rules:1: unexpected character '?'");
        assertError("a : industry_quantile(output_value, 2) > 0", "f.rules:1: industry_quantile's probability must be in [0,1], not 2");
    }

    private static void assertError(String text, String message) {
        RulesFormatException e = assertThrows(RulesFormatException.class, () -> RulesParser.parse(text, "f.rules"));
        assertEquals(message, e.getMessage());
    }
}
