package org.momentum.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PanelBuilder;
import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;
import org.momentum.synthetic.GeneratorSpec;
import org.momentum.synthetic.PanelGenerator;
import org.momentum.synthetic.PanelSink;

/**
 * The demo's release (the generator's demo register, output value, level and year to date, shaped as
 * indicators.csv) protected with the default rules and audited by the attacker's LPs.
 */
class DemoReleaseAuditTest {
    static final int FROM = Period.of(2018, 1), TO = Period.of(2018, 3);
    private static Panel panel;
    private static List<Cell> cells;

    @BeforeAll
    static void demoPanel() {
        GeneratorSpec demo = GeneratorSpec.demo();
        GeneratorSpec spec = new GeneratorSpec(demo.enterprises(), Period.of(2017, 1), TO, demo.seed(), Set.of("output_value"), true);
        PanelBuilder b = new PanelBuilder(Fixtures.industries(), spec.enterprises());
        Map<String, Integer> index = new HashMap<>();
        PanelGenerator.generate(spec, new PanelSink() {
            @Override public void enterprise(Enterprise e) { index.put(e.id(), b.addEnterprise(e)); }
            @Override public void report(Report r) { b.addReport(index.get(r.enterpriseId()), r.period(), r.indicator(), r.value(), r.prevYearValue()); }
            @Override public void price(String industry, int period, double ppi) { }
        });
        panel = b.build();
        cells = ReleaseCells.fromPanel(panel, "output_value", FROM, TO, ReleaseCells.Shape.INDICATORS);
    }

    @Test
    void cellsAreTheEnginesLevelsWithTheirContributors() {
        var cube = new org.momentum.indicators.IndicatorEngine().compute(panel, null, FROM, TO);
        int checked = 0;
        for (Cell c : cells) {
            boolean ytd = c.table().endsWith(ReleaseCells.YTD_SUFFIX);
            var found = cube.find("output_value", c.industry(), c.region(), c.period());
            // indicators.csv has no row for a cell without a report this month, even when its year to date is not 0
            if (ytd && found.isEmpty()) continue;
            var row = found.orElseThrow(() -> new AssertionError(c + " has no indicator row"));
            assertEquals(ytd ? row.ytdValue() : row.value(), c.value(), 1e-6 * Math.max(1, c.value()), c.toString());
            if (!ytd) assertEquals(row.enterprises(), c.contributors(), c.toString());
            checked++;
        }
        assertTrue(checked > 1000);
    }

    @Test
    void theProtectedDemoReleasePassesTheAttackersAudit() {
        ProtectedRelease r = Disclosure.protect(cells, DisclosureRules.defaults(), Fixtures.industries());
        assertTrue(r.unprotected().isEmpty(), r.unprotected().toString());
        long primaries = r.count(Status.PRIMARY);
        assertTrue(primaries > 50, primaries + " primaries");
        AttackerAudit.Report audit = AttackerAudit.audit(r.cells(), Fixtures.industries(), 10);
        assertEquals(6, audit.tables());
        assertEquals(primaries, audit.intervals().size());
        assertTrue(audit.clean(), audit.leaks().toString());
        assertEquals(List.of(), AttackerAudit.timeLinkLeaks(r.cells()), "no suppressed cell is a difference through time");
    }

    @Test
    void protectingTheTwoTablesApartLeaksThroughTime() {
        // the same cells protected as two unrelated tables: the time-link check must find differences
        List<Cell> apart = new java.util.ArrayList<>();
        for (Cell c : cells) apart.add(c.table().endsWith(ReleaseCells.YTD_SUFFIX) ? c
                : new Cell("level", c.industry(), c.region(), c.period(), c.value(), c.contributors(), c.largest1(), c.largest2()));
        ProtectedRelease r = Disclosure.protect(apart, DisclosureRules.defaults(), Fixtures.industries());
        List<ProtectedCell> renamed = new java.util.ArrayList<>();
        for (ProtectedCell pc : r.cells()) {
            Cell c = pc.cell();
            renamed.add(c.table().equals("level") ? new ProtectedCell(new Cell("output_value", c.industry(), c.region(), c.period(), c.value(),
                    c.contributors(), c.largest1(), c.largest2()), pc.status(), pc.rule()) : pc);
        }
        assertTrue(AttackerAudit.timeLinkLeaks(renamed).size() > 0);
    }

    @Test
    void theLinkedTablesShowTheSamePatternInJanuary() {
        ProtectedRelease r = Disclosure.protect(cells, DisclosureRules.defaults(), Fixtures.industries());
        int checked = 0;
        for (ProtectedCell pc : r.cells()) {
            Cell c = pc.cell();
            if (c.period() != FROM || c.table().endsWith(ReleaseCells.YTD_SUFFIX)) continue;
            assertEquals(pc.suppressed(), r.isSuppressed("output_value_ytd", c.industry(), c.region(), FROM), c.toString());
            checked++;
        }
        assertTrue(checked > 500);
    }
}
