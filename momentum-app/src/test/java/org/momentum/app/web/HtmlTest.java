package org.momentum.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesEverythingThatCouldOpenMarkup() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;", Html.esc("<script>alert('x')</script> & \"q\""));
        assertEquals("", Html.esc(null));
    }

    @Test
    void growthIsShownToOneDecimalWithoutNegativeZero() {
        assertEquals("+6.6%", Html.growth(6.6000001));
        assertEquals("-3.4%", Html.growth(-3.35));
        assertEquals("0.0%", Html.growth(-0.04));
        assertEquals("0.0 pp", Html.points(-0.0001));
        assertEquals("—", Html.growth(Double.NaN));
        assertEquals("1,234,567", Html.level(1234567.4));
    }
}
