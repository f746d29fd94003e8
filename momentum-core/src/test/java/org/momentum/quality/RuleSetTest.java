package org.momentum.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum.registry.EnterpriseSize;

/** Each kind of rule on hand-made reports: a breaking report is flagged with its severity, the others are not. */
class RuleSetTest {
    private static CheckResult only(String rules, Panels p) {
        List<CheckResult> r = RuleSet.parse(rules, "t.rules").evaluate(p.context());
        assertEquals(1, r.size());
        return r.get(0);
    }

    private static Panels twoFirms() {
        return new Panels().enterprise("A", "3612", "110101", EnterpriseSize.MEDIUM).enterprise("B", "3612", "110101", EnterpriseSize.MEDIUM)
                .set("A", "output_value", "2018-12", 100).set("A", "sales_value", "2018-12", 160)
                .set("B", "output_value", "2018-12", 100).set("B", "sales_value", "2018-12", 140);
    }

    @Test
    void ratio_salesAboveOneAndAHalfTimesOutputIsAnError() {
        Panels p = twoFirms();
        CheckResult r = only("sales_within_output : sales_value <= 1.5 * output_value errorcode \"sales above 1.5 x output\"", p);
        assertEquals(1.0, r.score(p.index("A")));
        assertEquals(0.0, r.score(p.index("B")));
        assertEquals("sales_value", r.indicator().apply(p.index("A")));
        assertEquals("error: sales above 1.5 x output (sales_value 160.0, output_value 100.0); sales_value = 160.0, (1.5 * output_value) = 150.0",
                r.detail().apply(p.index("A")));
    }

    @Test
    void aWarningScoresAboveTheFlagThresholdButBelowAnError() {
        Panels p = twoFirms();
        CheckResult r = only("s : sales_value <= 1.5 * output_value errorlevel warning", p);
        assertEquals(Severity.WARNING.score(), r.score(p.index("A")));
        assertTrue(Severity.WARNING.score() >= Flag.FLAGGED && Severity.WARNING.score() < Severity.ERROR.score());
    }

    @Test
    void aMissingFigureMakesTheConditionUnknownAndRaisesNothing() {
        Panels p = twoFirms().enterprise("C", "3612", "110101", EnterpriseSize.SMALL).set("C", "output_value", "2018-12", 5);
        CheckResult r = only("exports : export_value <= sales_value", p);
        for (int e = 0; e < 3; e++) assertEquals(0.0, r.score(e));
    }

    @Test
    void whenRestrictsTheRule_jumpsReadLaggedMonths() {
        Panels p = twoFirms().set("A", "output_value", "2018-11", 20).set("B", "output_value", "2018-11", 90);
        CheckResult r = only("jump : when lag(output_value, 1) > 0 then output_value / lag(output_value, 1) between 0.33 and 3 errorlevel warning", p);
        assertEquals(0.6, r.score(p.index("A")));
        assertEquals(0.0, r.score(p.index("B")));
        assertTrue(r.detail().apply(p.index("A")).contains("(output_value / lag(output_value, 1)) = 5.0, allowed 0.3 to 3.0"),
                r.detail().apply(p.index("A")));
        p.set("A", "output_value", "2018-11", 0); // when-part false: no flag
        assertEquals(0.0, only("jump : when lag(output_value, 1) > 0 then output_value / lag(output_value, 1) between 0.33 and 3", p).score(p.index("A")));
    }

    /** The outlier takes part in the quantiles, so the bounds are quantiles within the bulk, widened threefold. */
    @Test
    void industryBoundsComeFromTheDivisionsOwnReports() {
        Panels p = new Panels();
        for (int i = 0; i < 30; i++) {
            String id = "F" + i;
            p.enterprise(id, i % 2 == 0 ? "3612" : "3630", "110101", EnterpriseSize.SMALL) // both division 36
                    .set(id, "output_value", "2018-12", 1000 + 10 * i).set(id, "employment", "2018-12", 10);
        }
        p.enterprise("X", "3612", "110101", EnterpriseSize.SMALL).set("X", "output_value", "2018-12", 50_000).set("X", "employment", "2018-12", 10);
        CheckResult r = only("""
                productivity : when employment > 0 then output_value / employment \\
                    between industry_quantile(output_value / employment, 0.05) / 3 and industry_quantile(output_value / employment, 0.95) * 3 \\
                    errorlevel warning""", p);
        assertEquals(0.6, r.score(p.index("X")));
        for (int i = 0; i < 30; i++) assertEquals(0.0, r.score(p.index("F" + i)), "F" + i);
    }

    @Test
    void aDivisionWithTooFewReportsHasNoBounds() {
        Panels p = new Panels();
        for (int i = 0; i < 5; i++) p.enterprise("F" + i, "3612", "110101", EnterpriseSize.SMALL).set("F" + i, "output_value", "2018-12", 10 + 1000 * i);
        CheckResult r = only("q : output_value <= industry_quantile(output_value, 0.5)", p);
        for (int i = 0; i < 5; i++) assertEquals(0.0, r.score(i));
    }

    @Test
    void crossIndicatorCoherence_andOrNotAreThreeValued() {
        Panels p = twoFirms().set("A", "electricity", "2018-12", 0).set("B", "electricity", "2018-12", 3);
        CheckResult r = only("needs_power : when output_value > 50 then electricity > 0 errorlevel warning", p);
        assertEquals(0.6, r.score(p.index("A")));
        assertEquals(0.0, r.score(p.index("B")));
        CheckResult either = only("either : export_value > 0 or sales_value > 150", p); // A: unknown or true = true; B: unknown or false = unknown
        assertEquals(0.0, either.score(p.index("A")));
        assertEquals(0.0, either.score(p.index("B")));
        CheckResult both = only("both : not (export_value > 0 and sales_value > 150)", p); // A: not(unknown) ; B: not(false) = true
        assertEquals(0.0, both.score(p.index("A")));
        assertEquals(0.0, both.score(p.index("B")));
        CheckResult range = only("range : abs(sales_value - output_value) <= max(50, min(output_value, 1000))", p);
        assertEquals(0.0, range.score(p.index("A")));
    }
}
