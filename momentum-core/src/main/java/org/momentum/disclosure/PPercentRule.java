package org.momentum.disclosure;

/**
 * {@code P(p)}: the second largest contributor, subtracting its own figure from the total, must not learn the
 * largest contribution to within p%: sensitive when X − x1 − x2 < p/100 · x1.
 */
public record PPercentRule(double pPercent) implements SensitivityRule {
    public PPercentRule {
        if (!(pPercent > 0 && pPercent <= 100)) throw new IllegalArgumentException("p must be in (0, 100], not " + pPercent);
    }

    @Override
    public boolean sensitive(Cell c) {
        if (c.contributors() == 0) return false;
        return (c.value() - c.largest1() - c.largest2()) * 100 < pPercent * c.largest1(); // multiplied out: exact at the boundary
    }

    @Override
    public String label() { return "P(" + DominanceRule.number(pPercent) + ")"; }
}
