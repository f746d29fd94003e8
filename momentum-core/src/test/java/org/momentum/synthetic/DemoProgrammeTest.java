package org.momentum.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.targets.DifferenceInDifferences;
import org.momentum.targets.Evaluation;
import org.momentum.targets.EvaluationUnit;
import org.momentum.targets.PilotProject;

/** The demo's pilot batch: 97 projects, the headline growth unchanged by the injected effect, and the effect found. */
class DemoProgrammeTest {
    static GeneratorSpec spec;
    static DemoProgramme programme;
    static PanelCollector with, without;

    @BeforeAll
    static void generate() {
        spec = GeneratorSpec.demo().withIndicators(Set.of("output_value"));
        programme = DemoProgramme.of(spec);
        with = new PanelCollector(spec);
        PanelGenerator.generate(spec, programme.effect(), with);
        without = new PanelCollector(spec);
        PanelGenerator.generate(spec, without);
    }

    @Test
    void ninetySevenPilotsAmongTheDemoManufacturers() {
        assertEquals(97, programme.pilots().size());
        Set<String> ids = new HashSet<>();
        Map<String, Enterprise> reg = new HashMap<>();
        for (Enterprise e : PanelGenerator.register(spec)) reg.put(e.id(), e);
        for (PilotProject p : programme.pilots()) {
            assertTrue(ids.add(p.enterpriseId()), "one project per enterprise");
            Enterprise e = reg.get(p.enterpriseId());
            int division = Integer.parseInt(e.industry().substring(0, 2));
            assertTrue(division >= 13 && division <= 43, "a manufacturer");
            assertTrue(e.inScope(spec.fromPeriod()) && e.inScope(spec.toPeriod()));
        }
        assertEquals(97 * 5, programme.kpis().size());
        assertEquals(DemoProgramme.of(spec), programme, "deterministic");
    }

    @Test
    void theInjectedEffectLeavesThePublishedGrowthAsItWas() {
        for (int year = 2016; year <= 2018; year++) {
            int dec = Period.of(year, 12), jan = Period.of(year, 1);
            double a = with.ytdGrowth(with.output, with.prevYear, dec, jan), b = without.ytdGrowth(without.output, without.prevYear, dec, jan);
            assertEquals(b, a, 1e-3, "national growth " + year);
        }
        // the comparable-price growth of the brief (6.6% in 2017, 6.2% in 2018)
        assertEquals(6.6, with.realYtdGrowth(Period.of(2017, 12), Period.of(2017, 1), null), 0.05);
        assertEquals(6.2, with.realYtdGrowth(Period.of(2018, 12), Period.of(2018, 1), null), 0.05);
    }

    @Test
    void theEvaluationFindsTheInjectedEffectAndNoneWithoutIt() {
        Evaluation found = evaluate(with);
        assertEquals(Evaluation.Verdict.POSITIVE, found.verdict(), found.plainly());
        double injected = Math.log(1 + DemoProgramme.EFFECT);
        assertTrue(found.lo95() <= injected && injected <= found.hi95(), found.plainly());
        Evaluation none = evaluate(without);
        assertEquals(Evaluation.Verdict.CANNOT_TELL, none.verdict(), none.plainly());
    }

    /** Annual output of complete years, cells division | province | size, participants the pilots (entry 2017). */
    static Evaluation evaluate(PanelCollector c) {
        Set<String> pilots = new HashSet<>();
        for (PilotProject p : programme.pilots()) pilots.add(p.enterpriseId());
        List<EvaluationUnit> units = new ArrayList<>();
        for (int i = 0; i < c.enterprises.size(); i++) {
            Enterprise e = c.enterprises.get(i);
            Map<Integer, Double> annual = c.annualOutput(i, 2015, 2018);
            units.add(new EvaluationUnit(e.id(), DemoProgramme.cell(e), pilots.contains(e.id()) ? DemoProgramme.YEAR : EvaluationUnit.NEVER, annual));
        }
        return new DifferenceInDifferences().evaluate(units);
    }
}
