package org.momentum.disclosure;

/**
 * A primary rule: says whether a cell would disclose a contributor if published. The definitions are
 * τ-ARGUS's (Hundepool et al., "Statistical Disclosure Control", Wiley 2012, §4.2; τ-ARGUS manual 4.2 §4.4):
 * {@code FREQ(n)}, {@code NK(n,k)} and {@code P(p)}. A cell without contributors is empty, never sensitive.
 */
public sealed interface SensitivityRule permits MinimumFrequencyRule, DominanceRule, PPercentRule {
    boolean sensitive(Cell cell);

    /** The rule as written in the {@code rule} column, τ-ARGUS style: FREQ(3), NK(2,85), P(10). */
    String label();
}
