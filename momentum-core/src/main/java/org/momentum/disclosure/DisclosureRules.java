package org.momentum.disclosure;

import java.util.List;

/**
 * The primary rules of a table, tried in order (the first that fires is the cell's {@code rule}), and the
 * protection every suppressed sensitive cell must keep: no attacker may narrow it to within ±protectionPercent of
 * its value from the published cells and the table's additivity (formats.md).
 */
public record DisclosureRules(List<SensitivityRule> rules, double protectionPercent) {
    public DisclosureRules {
        rules = List.copyOf(rules);
        if (!(protectionPercent >= 0 && protectionPercent < 100))
            throw new IllegalArgumentException("protection must be in [0, 100), not " + protectionPercent);
    }

    /** formats.md defaults: FREQ(3), P(10), NK(2,85); ±10% protection. */
    public static DisclosureRules defaults() {
        return new DisclosureRules(List.of(new MinimumFrequencyRule(3), new PPercentRule(10), new DominanceRule(2, 85)), 10);
    }

    /** The first rule under which the cell is sensitive, null when it may be published. */
    public SensitivityRule firstSensitive(Cell cell) {
        for (SensitivityRule r : rules) if (r.sensitive(cell)) return r;
        return null;
    }

    public double protectionShare() { return protectionPercent / 100; }
}
