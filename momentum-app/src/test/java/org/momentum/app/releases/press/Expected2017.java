package org.momentum.app.releases.press;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;
import org.momentum.synthetic.GeneratorSpec;
import org.momentum.synthetic.PanelGenerator;
import org.momentum.synthetic.PanelSink;

/**
 * The press release's numbers computed straight from the generated microdata by indicators.md's arithmetic, as a
 * check on the whole path (import, snapshot, engine, disclosure, release store, composition) that shares none of
 * its code: levels are sums over in-scope reporters; growth compares the matched set with its base
 * (prev_year_value, else the report a year before); output_value_real divides each value by its industry's price
 * index (class, group, division, section, then ALL).
 */
final class Expected2017 {
    final Map<String, Enterprise> enterprises = new HashMap<>();
    final Map<String, Report> reports = new HashMap<>(); // key: enterprise|period|indicator
    final Map<String, Double> prices = new HashMap<>();  // key: industry|period
    private final IndustryClassification industries;

    Expected2017(GeneratorSpec spec, org.momentum.synthetic.ProgrammeEffect effect, IndustryClassification industries) {
        this.industries = industries;
        PanelGenerator.generate(spec, effect, new PanelSink() {
            @Override public void enterprise(Enterprise e) { enterprises.put(e.id(), e); }
            @Override public void report(Report r) { reports.put(r.enterpriseId() + "|" + r.period() + "|" + r.indicator(), r); }
            @Override public void price(String industry, int period, double ppiYoy) { prices.put(industry + "|" + period, ppiYoy); }
        });
    }

    /** Sums of a month for a set of enterprises: level (all in-scope reporters), and matched value and base. */
    record Sums(double level, double matched, double base) {
        Sums plus(Sums o) { return new Sums(level + o.level, matched + o.matched, base + o.base); }
        double growthPct() { return (matched / base - 1) * 100; }
    }

    /** {@code division} null: all industry; {@code deflate}: at constant prices. */
    Sums month(String indicator, int period, String division, boolean deflate) {
        double level = 0, matched = 0, base = 0;
        for (Enterprise e : enterprises.values()) {
            if (!e.inScope(period) || (division != null && !e.industry().startsWith(division))) continue;
            Report r = reports.get(e.id() + "|" + period + "|" + indicator);
            if (r == null || Double.isNaN(r.value())) continue;
            level += r.value();
            double b = r.hasPrevYearValue() ? r.prevYearValue() : Double.NaN;
            if (Double.isNaN(b)) {
                Report last = reports.get(e.id() + "|" + (period - 12) + "|" + indicator);
                if (last != null) b = last.value();
            }
            if (Double.isNaN(b)) continue;
            matched += deflate ? r.value() / price(e.industry(), period) : r.value();
            base += b;
        }
        return new Sums(level, matched, base);
    }

    Sums yearToDate(String indicator, int period, boolean deflate) {
        Sums s = new Sums(0, 0, 0);
        for (int m = Period.january(period); m <= period; m++) s = s.plus(month(indicator, m, null, deflate));
        return s;
    }

    /** contribution_pp of a division to all industry's growth at constant prices. */
    double contributionPp(String division, int period) {
        Sums d = month("output_value", period, division, true), all = month("output_value", period, null, true);
        return (d.matched() - d.base()) / all.base() * 100;
    }

    List<String> divisions() {
        return industries.industrial(org.momentum.classification.IndustryLevel.DIVISION).stream().map(Industry::code).toList();
    }

    private double price(String classCode, int period) {
        Industry i = industries.get(classCode);
        for (String k : new String[] {classCode, classCode.substring(0, 3), classCode.substring(0, 2), i == null ? null : i.section(), "ALL"}) {
            Double p = k == null ? null : prices.get(k + "|" + period);
            if (p != null) return p;
        }
        throw new IllegalStateException("no price index for " + classCode + " in " + Period.format(period));
    }
}
