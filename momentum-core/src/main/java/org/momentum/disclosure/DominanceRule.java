package org.momentum.disclosure;

import java.util.Locale;

/**
 * {@code NK(n,k)}: sensitive when the n largest contributions make up more than k% of the cell
 * (x1 + … + xn > k/100 · X). Only n = 1 or 2 can be checked: cells carry their two largest contributions.
 */
public record DominanceRule(int n, double kPercent) implements SensitivityRule {
    public DominanceRule {
        if (n != 1 && n != 2) throw new IllegalArgumentException("dominance n must be 1 or 2 (cells carry two largest contributions), not " + n);
        if (!(kPercent > 0 && kPercent <= 100)) throw new IllegalArgumentException("dominance k must be in (0, 100], not " + kPercent);
    }

    @Override
    public boolean sensitive(Cell c) {
        if (c.contributors() == 0) return false;
        double top = n == 1 ? c.largest1() : c.largest1() + c.largest2();
        return top * 100 > kPercent * c.value(); // multiplied out: exact at the boundary
    }

    @Override
    public String label() { return "NK(" + n + "," + number(kPercent) + ")"; }

    static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
