package org.momentum.quality.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.Period;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PanelBuilder;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;
import org.momentum.reports.Report;
import org.momentum.synthetic.GeneratorSpec;
import org.momentum.synthetic.PanelGenerator;
import org.momentum.synthetic.PanelSink;

/**
 * A clean panel from the demo generator with the 25 months a review of {@code period} reads (the month, twelve
 * months of history, and the year before each of them), with the enterprises' size classes.
 */
public record SyntheticMonth(Panel panel, EnterpriseSize[] sizes, int period) {

    /** Months of reports before the month under review that the checks read. */
    public static final int LOOKBACK = 24;

    public static SyntheticMonth generate(IndustryClassification industries, int enterprises, int period, long seed) {
        GeneratorSpec spec = GeneratorSpec.of(enterprises, period - LOOKBACK, period, seed);
        PanelBuilder b = new PanelBuilder(industries, enterprises);
        List<EnterpriseSize> sizes = new ArrayList<>(enterprises);
        PanelGenerator.generate(spec, new PanelSink() {
            @Override public void enterprise(Enterprise e) {
                int i = b.addEnterprise(e);
                while (sizes.size() <= i) sizes.add(null);
                sizes.set(i, e.size());
            }

            @Override public void report(Report r) { b.addReport(r); }

            @Override public void price(String industry, int p, double ppiYoy) { }
        });
        return new SyntheticMonth(b.build(), sizes.toArray(new EnterpriseSize[0]), period);
    }

    public static SyntheticMonth generate(IndustryClassification industries, int enterprises, long seed) {
        return generate(industries, enterprises, Period.of(2018, 12), seed);
    }

    public SyntheticMonth withPanel(Panel other) { return new SyntheticMonth(other, sizes, period); }
}
