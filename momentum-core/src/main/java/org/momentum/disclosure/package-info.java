/**
 * Disclosure control of published magnitude tables (issue 11; formats.md "Disclosure").
 *
 * <h2>What it does</h2>
 * <ol>
 *   <li><b>Primary suppression</b>: each cell is tested by the table's {@link org.momentum.disclosure.DisclosureRules}
 *       — {@link org.momentum.disclosure.MinimumFrequencyRule} {@code FREQ(n)},
 *       {@link org.momentum.disclosure.PPercentRule} {@code P(p)}, {@link org.momentum.disclosure.DominanceRule}
 *       {@code NK(n,k)}, τ-ARGUS definitions, defaults FREQ(3), P(10), NK(2,85) — and a sensitive cell is
 *       {@code primary}, with the first rule that fired.</li>
 *   <li><b>Secondary suppression</b> over the linked hierarchical table of each (table, month): industry
 *       ALL → section → division → group → class × region ALL → province, with all totals
 *       ({@link org.momentum.disclosure.LinkedTable}). {@link org.momentum.disclosure.CertifiedSuppression}
 *       (default) finds, for each primary cell, a perturbation of the whole table that keeps every published value,
 *       every total and every cell ≥ 0 and moves the cell by ±protection (Kelly–Golden–Assad / Castro network
 *       heuristics; Fischetti–Salazar-González's attacker problem), and suppresses the cells it moves: the pattern
 *       is protected by construction. {@link org.momentum.disclosure.HypercubeBaseline} is the GHMITER-like
 *       baseline, subtable by subtable.</li>
 *   <li><b>Consistency over months</b>: the months of a table run in order and a cell suppressed in the previous
 *       month costs {@link org.momentum.disclosure.Disclosure#REPEAT_DISCOUNT} of its value, so the same pattern is
 *       chosen again where it still works. A level table {@code X} and its year to date {@code X_ytd} are linked
 *       through ytd(t) = ytd(t−1) + level(t): the year to date keeps every suppression of the level table and of its
 *       own previous month (to December), and the level table takes the year to date's new suppressions, so no
 *       suppressed cell is a sum or difference of published ones through time.</li>
 *   <li><b>Audit</b>: {@link org.momentum.disclosure.AttackerAudit} rebuilds each table from the published output
 *       alone and solves the attacker's LPs (min and max of each primary cell) with ojalgo;
 *       {@link org.momentum.disclosure.AttackerAudit#timeLinkLeaks} checks the time link on its own.</li>
 * </ol>
 *
 * <h2>API for releases, SDMX, CSV/XLSX and the dashboard</h2>
 * <pre>{@code
 * List<Cell> cells = ReleaseCells.fromPanel(panel, "output_value", from, to, ReleaseCells.Shape.INDICATORS);
 * ProtectedRelease release = Disclosure.protect(cells, DisclosureRules.defaults(), industries);
 * release.isSuppressed("output_value", "36", "440000", period);      // level: show C (SDMX) / empty + flag
 * release.isGrowthSuppressed("output_value", "36", "440000", period); // its growth rates go with the level
 * release.isSuppressed("output_value_ytd", "36", "440000", period);  // year-to-date level, its own table
 * release.unprotected();                                             // must be empty before approval
 * AttackerAudit.audit(release.cells(), industries, 10).clean();      // independent check
 * }</pre>
 * {@link org.momentum.disclosure.ReleaseCells} builds the cells with their contributors and two largest
 * contributions from a {@link org.momentum.indicators.Panel}: the level table {@code measure} and the year-to-date
 * table {@code measure_ytd}, shaped like indicators.csv or with every level by province.
 *
 * <h2>Limits</h2>
 * The ±protection is proved (by construction and by the LP audit) for each (table, month) with its additivity;
 * the time link is checked for exact recomputation only — an LP over the additivity of all months and both
 * tables together is not built. The carried year-to-date suppressions cost information late in the year.
 * A primary cell of value 0 needs no interval beyond its suppression. Rules see only the two largest
 * contributions, so {@code NK(n,k)} takes n ≤ 2.
 */
package org.momentum.disclosure;
