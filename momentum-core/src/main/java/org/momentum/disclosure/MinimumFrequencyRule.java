package org.momentum.disclosure;

/** {@code FREQ(n)}: a cell with fewer than n contributors is sensitive (n = 3 lets no two firms learn each other's figure). */
public record MinimumFrequencyRule(int minContributors) implements SensitivityRule {
    public MinimumFrequencyRule {
        if (minContributors < 1) throw new IllegalArgumentException("minimum frequency must be at least 1, not " + minContributors);
    }

    @Override
    public boolean sensitive(Cell c) { return c.contributors() > 0 && c.contributors() < minContributors; }

    @Override
    public String label() { return "FREQ(" + minContributors + ")"; }
}
