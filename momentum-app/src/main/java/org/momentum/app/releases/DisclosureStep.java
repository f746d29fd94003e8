package org.momentum.app.releases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.momentum.app.seasonal.AdjustmentComponent;
import org.momentum.classification.Period;
import org.momentum.disclosure.Cell;
import org.momentum.disclosure.Disclosure;
import org.momentum.disclosure.DisclosureRules;
import org.momentum.disclosure.ProtectedCell;
import org.momentum.disclosure.ProtectedRelease;
import org.momentum.disclosure.ReleaseCells;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.dissemination.ReleaseRuleException;
import org.momentum.dissemination.SeriesKey;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.indicators.Panel;
import org.momentum.reports.IndicatorDefinition;

/**
 * Disclosure control of a release (indicators.md "Publication rules", issue 11): every measure of the snapshot's
 * panel is a magnitude — its level is a sum of enterprises' own figures (indicators.md "Level"), stocks such as
 * {@code employment} included — so its cells of the release's months are protected with the default rules
 * (FREQ 3, P 10, NK 2,85) and certified secondary suppression, and each withheld number is marked C:
 * <ul>
 *   <li>{@code value} by the level table, {@code ytd_value} by the year-to-date table;</li>
 *   <li>{@code yoy_pct} and {@code contribution_pp} go with the level, {@code ytd_yoy_pct} with the year to date;</li>
 *   <li>{@code output_value_real} publishes only growth, of the enterprises of {@code output_value}: it goes with
 *       {@code output_value}'s cells;</li>
 *   <li>every adjusted variable of a series ({@code sa}, {@code trend}, …) is withheld, all months, when any
 *       month of its level is suppressed in the release: sa = level ÷ seasonal ÷ calendar, so an adjusted series
 *       published beside its factors would give the hidden level back;</li>
 *   <li>{@code enterprises} is a count, not a magnitude, and stays.</li>
 * </ul>
 * A release whose pattern leaves a primary cell recomputable is refused (the method protects every table it can).
 */
public final class DisclosureStep implements ReleaseStep {
    private final DisclosureRules rules;

    public DisclosureStep() { this(DisclosureRules.defaults()); }

    public DisclosureStep(DisclosureRules rules) { this.rules = rules; }

    @Override
    public String name() { return "disclosure"; }

    @Override
    public UnaryOperator<ReleaseObservation> prepare(ReleaseContext context) {
        Panel panel = context.panel();
        int from = panel.minPeriod(), to = Math.min(context.period(), panel.maxPeriod());
        List<Cell> cells = new ArrayList<>();
        Set<String> stocks = new HashSet<>();
        if (from <= to) {
            for (String measure : panel.measures()) {
                if (measure.equals(IndicatorEngine.OUTPUT_VALUE_REAL)) continue; // not a level of its own
                IndicatorDefinition d = context.ref().indicators().get(measure);
                boolean stock = d != null && d.stock();
                if (stock) stocks.add(measure);
                for (Cell c : ReleaseCells.fromPanel(panel, measure, from, to, ReleaseCells.Shape.INDICATORS))
                    // stocks are not summed over time (no ytd_value): their year-to-date table is not published
                    if (!(stock && c.table().endsWith(ReleaseCells.YTD_SUFFIX))) cells.add(c);
            }
        }
        ProtectedRelease protectedRelease = Disclosure.protect(cells, rules, panel.industries());
        if (!protectedRelease.unprotected().isEmpty()) {
            Cell c = protectedRelease.unprotected().get(0).cell();
            throw new ReleaseRuleException("disclosure control cannot protect " + protectedRelease.unprotected().size()
                    + " cell(s), e.g. " + c.table() + " " + c.industry() + " " + c.region() + " " + Period.format(c.period()));
        }
        Set<String> suppressedSeries = new HashSet<>(); // level series with a suppressed month: their adjustment is withheld
        for (ProtectedCell pc : protectedRelease.cells())
            if (pc.status().suppressed() && !pc.cell().table().endsWith(ReleaseCells.YTD_SUFFIX))
                suppressedSeries.add(seriesKey(pc.cell().table(), pc.cell().industry(), pc.cell().region()));
        return o -> {
            SeriesKey k = o.series();
            String table = k.measure().equals(IndicatorEngine.OUTPUT_VALUE_REAL) ? IndicatorEngine.OUTPUT_VALUE : k.measure();
            if (panel.measureIndex(table) < 0) return o;
            boolean hide = switch (k.variable()) {
                case SeriesKey.LEVEL -> protectedRelease.isSuppressed(table, k.industry(), k.region(), o.period());
                case "yoy_pct", "contribution_pp" -> protectedRelease.isGrowthSuppressed(table, k.industry(), k.region(), o.period());
                case "ytd_value", "ytd_yoy_pct" -> stocks.contains(table)
                        ? protectedRelease.isSuppressed(table, k.industry(), k.region(), o.period())
                        : protectedRelease.isSuppressed(table + ReleaseCells.YTD_SUFFIX, k.industry(), k.region(), o.period());
                default -> AdjustmentComponent.VARIABLES.contains(k.variable())
                        && suppressedSeries.contains(seriesKey(table, k.industry(), k.region()));
            };
            return hide ? o.suppressed() : o;
        };
    }

    private static String seriesKey(String table, String industry, String region) {
        return table + '\u0000' + industry + '\u0000' + region;
    }
}
