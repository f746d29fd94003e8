package org.momentum.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.targets.DemonstrationZone;
import org.momentum.targets.DifferenceInDifferences;
import org.momentum.targets.Evaluation;
import org.momentum.targets.EvaluationUnit;

/** The demo's demonstration zones, and their evaluation on the demo panel with and without an injected zone effect. */
class DemoZonesTest {
    static final double EFFECT = 0.05;
    static GeneratorSpec spec;
    static DemoZones zones;
    static Set<String> covered;
    static PanelCollector with, without;

    @BeforeAll
    static void generate() {
        spec = GeneratorSpec.demo().withIndicators(Set.of("output_value"));
        zones = DemoZones.of();
        covered = zones.covered(PanelGenerator.register(spec));
        with = new PanelCollector(spec);
        // output 5% higher than otherwise from the end of the approval year on (ramped in over 2016)
        PanelGenerator.generate(spec, new ProgrammeEffect(covered, Period.of(DemoZones.YEAR, 1), EFFECT), with);
        without = new PanelCollector(spec);
        PanelGenerator.generate(spec, without);
    }

    @Test
    void twelveCityZonesOfManufacturersWithControlsInTheirProvinces() {
        assertEquals(12, zones.zones().size());
        int inZones = 0, sameProvinceOutside = 0;
        for (Enterprise e : PanelGenerator.register(spec)) {
            boolean zoneProvince = zones.zones().stream().anyMatch(z -> z.region().substring(0, 2).equals(e.province().substring(0, 2)));
            if (covered.contains(e.id())) {
                inZones++;
                int division = Integer.parseInt(e.industry().substring(0, 2));
                assertTrue(division >= 13 && division <= 43, "a manufacturer: " + e);
            } else if (zoneProvince) sameProvinceOutside++;
        }
        assertTrue(inZones > 500, "zone enterprises " + inZones);
        assertTrue(sameProvinceOutside > inZones / 2, "comparable enterprises outside the zones " + sameProvinceOutside);
        for (DemonstrationZone z : zones.zones()) assertEquals(DemoZones.YEAR, Period.year(z.approved()));
    }

    @Test
    void theEvaluationFindsAnInjectedZoneEffectAndNoneWithoutIt() {
        Evaluation found = evaluate(with);
        assertEquals(Evaluation.Verdict.POSITIVE, found.verdict(), found.plainly());
        double injected = Math.log(1 + EFFECT);
        assertTrue(found.lo95() <= injected && injected <= found.hi95(), found.plainly());
        Evaluation none = evaluate(without);
        assertEquals(Evaluation.Verdict.CANNOT_TELL, none.verdict(), none.plainly());
    }

    /** As the programme page does it: zone enterprises enter in the approval year; cells division | province | size. */
    static Evaluation evaluate(PanelCollector c) {
        List<EvaluationUnit> units = new ArrayList<>();
        for (int i = 0; i < c.enterprises.size(); i++) {
            Enterprise e = c.enterprises.get(i);
            Map<Integer, Double> annual = c.annualOutput(i, 2015, 2018);
            units.add(new EvaluationUnit(e.id(), DemoProgramme.cell(e), covered.contains(e.id()) ? DemoZones.YEAR : EvaluationUnit.NEVER, annual));
        }
        return new DifferenceInDifferences().evaluate(units);
    }
}
