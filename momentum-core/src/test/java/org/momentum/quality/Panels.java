package org.momentum.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.momentum.classification.Period;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PanelBuilder;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;
import org.momentum.reports.Report;
import org.momentum.testing.SharedData;

/** Hand-made panels for the quality tests: enterprises and their monthly figures, later reports replacing earlier. */
final class Panels {
    static final String REVIEW = "2018-12";
    /** 25 months: the month under review and the 24 before it. */
    static final int MONTHS = 25;

    final List<Enterprise> enterprises = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();

    Panels enterprise(String id, String industry, String region, EnterpriseSize size) {
        enterprises.add(new Enterprise(id, id, industry, region, size, Period.parse("2010-01"), Period.OPEN));
        return this;
    }

    Panels set(String id, String indicator, String period, double value) {
        reports.add(new Report(id, Period.parse(period), indicator, value, Double.NaN));
        return this;
    }

    /**
     * An honest-looking firm: output at {@code level} growing {@code growth} a year with ±{@code noise} relative
     * monthly noise (to 0.1), sales 97% of output, revenue 102% of sales, electricity output / {@code perKwh} with
     * its own ±2% noise, employment steady, over the 25 months to the month under review.
     */
    Panels steady(String id, double level, double growth, double noise, double perKwh, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int t0 = Period.parse(REVIEW) - MONTHS + 1;
        for (int k = 0; k < MONTHS; k++) {
            String p = Period.format(t0 + k);
            double out = level * Math.pow(1 + growth, k / 12.0) * (1 + noise * (2 * r.nextDouble() - 1));
            set(id, "output_value", p, round1(out));
            set(id, "sales_value", p, round1(out * 0.97 * (1 + 0.005 * (2 * r.nextDouble() - 1))));
            set(id, "revenue", p, round1(out * 0.99 * (1 + 0.005 * (2 * r.nextDouble() - 1))));
            set(id, "export_value", p, round1(out * 0.2 * (1 + 0.05 * (2 * r.nextDouble() - 1))));
            set(id, "electricity", p, round1(out / perKwh * (1 + 0.02 * (2 * r.nextDouble() - 1))));
            set(id, "employment", p, 300);
        }
        return this;
    }

    static double round1(double v) { return Math.rint(v * 10) / 10; }

    double value(String id, String indicator, String period) {
        double v = Double.NaN;
        for (Report r : reports)
            if (r.enterpriseId().equals(id) && r.indicator().equals(indicator) && r.period() == Period.parse(period)) v = r.value();
        return v;
    }

    Panel panel() {
        PanelBuilder b = new PanelBuilder(SharedData.industries());
        for (Enterprise e : enterprises) b.addEnterprise(e);
        for (Report r : reports) b.addReport(r);
        return b.build();
    }

    EnterpriseSize[] sizes() {
        EnterpriseSize[] s = new EnterpriseSize[enterprises.size()];
        for (int i = 0; i < s.length; i++) s[i] = enterprises.get(i).size();
        return s;
    }

    QualityContext context() { return new QualityContext(panel(), sizes(), Period.parse(REVIEW)); }

    int index(String id) {
        for (int i = 0; i < enterprises.size(); i++) if (enterprises.get(i).id().equals(id)) return i;
        throw new IllegalArgumentException(id);
    }
}
