package org.momentum.reports;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class DecimalsPropertiesTest {

    /** Every finite double as Java prints it (plain or with an exponent) parses back to itself. */
    @Property
    boolean javaRenderingsOfFiniteDoublesRoundTrip(@ForAll double d) {
        if (!Double.isFinite(d)) return true;
        String[] why = new String[1];
        double back = Decimals.parse(Double.toString(d), why);
        return Double.compare(back, d) == 0 && why[0] == null;
    }

    @Property
    boolean plainRenderingsRoundTrip(@ForAll @DoubleRange(min = 0, max = 1e12) double d) {
        String s = new java.math.BigDecimal(d).toPlainString();
        if (s.length() > 64) return true;
        String[] why = new String[1];
        return Double.compare(Decimals.parse(s, why), d) == 0;
    }

    /** The parser never throws and either gives a number or says why not. */
    @Property
    boolean neverThrows(@ForAll String s) {
        String[] why = new String[1];
        double v = Decimals.parse(s, why);
        return Double.isNaN(v) ? why[0] != null : Double.isFinite(v) && why[0] == null;
    }
}
