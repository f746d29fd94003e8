package org.momentum.indicators;

import java.util.ArrayList;
import java.util.List;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;
import org.momentum.reports.Report;

/** A register, reports in arrival order (later = revision) and optional prices, for tests. */
final class Fixture {
    final List<Enterprise> enterprises = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    List<PriceObservation> prices; // null = no price file

    Fixture enterprise(String id, String industry, String region, String scopeFrom, String scopeToOrNull) {
        enterprises.add(new Enterprise(id, id, industry, region, EnterpriseSize.MEDIUM, Period.parse(scopeFrom),
                scopeToOrNull == null ? Period.OPEN : Period.parse(scopeToOrNull)));
        return this;
    }

    /** A report without prev_year_value. */
    Fixture report(String id, String period, String indicator, double value) {
        return report(id, period, indicator, value, Double.NaN);
    }

    Fixture report(String id, String period, String indicator, double value, double prevYearValue) {
        reports.add(new Report(id, Period.parse(period), indicator, value, prevYearValue));
        return this;
    }

    Fixture price(String industry, String period, double ppi) {
        if (prices == null) prices = new ArrayList<>();
        prices.add(new PriceObservation(industry, Period.parse(period), ppi));
        return this;
    }

    Panel panel() {
        PanelBuilder b = new PanelBuilder(TestData.industries());
        for (Enterprise e : enterprises) b.addEnterprise(e);
        for (Report r : reports) b.addReport(r);
        return b.build();
    }

    PriceIndex priceIndex() { return prices == null ? null : PriceIndex.of(prices); }

    IndicatorCube cube() { return new IndicatorEngine().compute(panel(), priceIndex()); }

    static IndicatorRow row(IndicatorCube cube, String measure, String industry, String region, String period) {
        return cube.find(measure, industry, region, Period.parse(period))
                .orElseThrow(() -> new AssertionError("no row " + measure + "/" + industry + "/" + region + "/" + period));
    }
}
