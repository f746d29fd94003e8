package org.momentum.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;
import org.momentum.reports.Report;

/** Panel.revise + a range recomputation give exactly what a rebuilt panel and a full computation give. */
class PanelReviseTest {
    final IndustryClassification industries = TestData.industries();

    @Test
    void revisedPanelRecomputedIncrementallyEqualsAFullRebuild() {
        Random rnd = new Random(7);
        String[] classes = {"3491", "3612", "0610", "3120", "4411"};
        String[] regions = {"110101", "310101", "440101"};
        List<Enterprise> ents = new ArrayList<>();
        for (int i = 0; i < 60; i++)
            ents.add(new Enterprise("E" + i, "n", classes[i % 5], regions[i % 3], EnterpriseSize.SMALL, Period.of(2016, 1) + rnd.nextInt(6), Period.OPEN));
        List<Report> reports = new ArrayList<>();
        for (Enterprise e : ents)
            for (int p = Period.of(2016, 1); p <= Period.of(2017, 12); p++)
                if (rnd.nextDouble() < 0.9)
                    reports.add(new Report(e.id(), p, "output_value", 100 + rnd.nextInt(50), rnd.nextDouble() < 0.2 ? 90 + rnd.nextInt(40) : Double.NaN));
        int t = Period.of(2016, 5);
        List<Report> revisions = new ArrayList<>();
        for (int i = 0; i < 20; i++)
            revisions.add(new Report("E" + rnd.nextInt(60), t, "output_value", 200 + rnd.nextInt(50), i % 3 == 0 ? 150 : Double.NaN));

        PanelBuilder b1 = new PanelBuilder(industries);
        ents.forEach(b1::addEnterprise);
        reports.forEach(b1::addReport);
        Panel revised = b1.build().revise(revisions);

        PanelBuilder b2 = new PanelBuilder(industries);
        ents.forEach(b2::addEnterprise);
        reports.forEach(b2::addReport);
        revisions.forEach(b2::addReport);
        IndicatorCube full = new IndicatorEngine().compute(b2.build(), null);

        for (PeriodRange r : IndicatorEngine.affectedPeriods(t)) {
            IndicatorCube part = new IndicatorEngine().compute(revised, null, r.from(), Math.min(r.to(), Period.of(2017, 12)));
            for (IndicatorRow row : part.rows())
                assertEquals(row, full.find(row.measure(), row.industry(), row.region(), row.period()).orElseThrow());
        }
    }

    @Test
    void revisionsOutsideThePanelAskForARebuild() {
        PanelBuilder b = new PanelBuilder(industries);
        b.addEnterprise(new Enterprise("E1", "n", "3491", "110101", EnterpriseSize.SMALL, Period.of(2016, 1), Period.OPEN));
        b.addReport(new Report("E1", Period.of(2016, 1), "output_value", 1, Double.NaN));
        Panel p = b.build();
        assertThrows(IllegalArgumentException.class, () -> p.revise(List.of(new Report("E1", Period.of(2019, 1), "output_value", 1, Double.NaN))));
        assertThrows(IllegalArgumentException.class, () -> p.revise(List.of(new Report("E9", Period.of(2016, 1), "output_value", 1, Double.NaN))));
    }
}
