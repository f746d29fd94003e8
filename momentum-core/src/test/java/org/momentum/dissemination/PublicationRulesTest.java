package org.momentum.dissemination;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorRow;

class PublicationRulesTest {
    static List<String> published(IndicatorRow r) {
        List<String> out = new ArrayList<>();
        PublicationRules.observations(r, o -> out.add(o.series().variable() + "=" + o.value()));
        return out;
    }

    @Test
    void januaryAndFebruaryGrowthIsNotPublishedOnItsOwn() {
        IndicatorRow jan = new IndicatorRow("output_value", "34", "ALL", Period.of(2017, 1), 110, 2, 10, 110, 10, 3.5);
        assertEquals(List.of("value=110.0", "enterprises=2.0", "ytd_value=110.0"), published(jan), "year to date at January is January's own growth");
        IndicatorRow feb = new IndicatorRow("output_value", "34", "ALL", Period.of(2017, 2), 110, 2, 10, 220, 8, 3.5);
        assertEquals(List.of("value=110.0", "enterprises=2.0", "ytd_value=220.0", "ytd_yoy_pct=8.0"), published(feb));
        IndicatorRow mar = new IndicatorRow("output_value", "34", "ALL", Period.of(2017, 3), 110, 2, 10, 330, 8, 3.5);
        assertEquals(List.of("value=110.0", "enterprises=2.0", "yoy_pct=10.0", "ytd_value=330.0", "ytd_yoy_pct=8.0", "contribution_pp=3.5"), published(mar));
    }

    @Test
    void undefinedNumbersAreNotPublished() {
        // output_value_real has no level; a cell without a base has no growth
        IndicatorRow real = new IndicatorRow("output_value_real", "ALL", "ALL", Period.of(2017, 3), Double.NaN, 3, 6.5, Double.NaN, Double.NaN, Double.NaN);
        assertEquals(List.of("enterprises=3.0", "yoy_pct=6.5"), published(real));
    }
}
