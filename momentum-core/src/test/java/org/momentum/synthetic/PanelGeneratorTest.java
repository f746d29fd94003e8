package org.momentum.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.UnifiedSocialCreditCode;
import org.momentum.reports.Report;

class PanelGeneratorTest {
    private static GeneratorSpec spec;
    private static PanelCollector demo;

    @BeforeAll
    static void generateDemo() {
        spec = GeneratorSpec.demo();
        demo = new PanelCollector(spec);
        PanelGenerator.generate(spec, demo);
    }

    /** Order-sensitive hash of everything a sink receives. */
    static class Hasher implements PanelSink {
        long h = 17;
        long reports;

        void add(long v) { h = Noise.mix(h * 31 + v); }

        @Override public void enterprise(Enterprise e) { add(e.toString().hashCode()); }

        @Override public void report(Report r) {
            reports++;
            add(r.enterpriseId().hashCode());
            add(r.period());
            add(r.indicator().hashCode());
            add(Double.doubleToLongBits(r.value()));
            add(Double.doubleToLongBits(r.prevYearValue()));
        }

        @Override public void price(String industry, int period, double ppiYoy) {
            add(industry.hashCode() + period);
            add(Double.doubleToLongBits(ppiYoy));
        }
    }

    private static Hasher hash(GeneratorSpec s) {
        Hasher h = new Hasher();
        PanelGenerator.generate(s, h);
        return h;
    }

    @Test
    void sameSeedSameStreamOtherSeedOtherStream() {
        GeneratorSpec s = GeneratorSpec.of(3_000, Period.of(2016, 1), Period.of(2017, 12), 42);
        Hasher a = hash(s), b = hash(s);
        assertEquals(a.h, b.h);
        assertTrue(a.reports > 3_000 * 24 * 6 * 0.8, "reports: " + a.reports);
        assertNotEquals(a.h, hash(GeneratorSpec.of(3_000, Period.of(2016, 1), Period.of(2017, 12), 43)).h);
    }

    @Test
    void choosingIndicatorsDoesNotChangeValues() {
        GeneratorSpec all = GeneratorSpec.of(2_000, Period.of(2016, 1), Period.of(2016, 12), 7);
        GeneratorSpec one = all.withIndicators(Set.of("output_value"));
        Hasher onlyOutput = new Hasher() {
            @Override public void report(Report r) { if (r.indicator().equals("output_value")) super.report(r); }
        };
        PanelGenerator.generate(all, onlyOutput);
        Hasher h = hash(one);
        assertEquals(onlyOutput.h, h.h);
        assertEquals(2_000 * 12L, h.reports, 2_000 * 12L * 0.2);
    }

    @Test
    void registerIsValidAndCoversChina() {
        assertEquals(20_000, demo.enterprises.size());
        Set<String> ids = new HashSet<>(), provinces = new HashSet<>(), divisions = new HashSet<>();
        int enteringLater = 0, leaving = 0;
        for (Enterprise e : demo.enterprises) {
            assertNull(UnifiedSocialCreditCode.problem(e.id()), e.id());
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
            assertTrue(e.scopeTo() >= e.scopeFrom(), e.toString());
            assertTrue(e.region().matches("\\d{6}") && !e.region().endsWith("0000"), e.region());
            assertTrue(e.industry().matches("\\d{4}"), e.industry());
            assertTrue(e.name().endsWith("有限公司"), e.name());
            provinces.add(e.province());
            divisions.add(e.industry().substring(0, 2));
            if (e.scopeFrom() > spec.fromPeriod()) enteringLater++;
            if (e.scopeTo() != Period.OPEN) leaving++;
        }
        assertEquals(31, provinces.size());
        assertEquals(41, divisions.size());
        for (int d = 6; d <= 46; d++) assertTrue(divisions.contains(String.format("%02d", d)));
        assertTrue(enteringLater > 1_000 && enteringLater < 6_000, "births " + enteringLater);
        assertTrue(leaving > 2_000 && leaving < 8_000, "exits " + leaving);
    }

    @Test
    void noNegativeOrNonFiniteValues() {
        assertTrue(demo.badValues.isEmpty(), demo.badValues.toString());
        assertEquals(12, demo.reportsByIndicator.size(), demo.reportsByIndicator.toString());
        assertEquals(48 * 42, demo.prices);
    }

    @Test
    void comparablePriceGrowthFollowsThePublishedPath() {
        GrowthPath path = new GrowthPath();
        StringBuilder report = new StringBuilder();
        for (int year = 2016; year <= 2018; year++) {
            for (int m = 2; m <= 12; m++) {
                int t = Period.of(year, m);
                double month = m == 2 ? demo.realYtdGrowth(t, Period.of(year, 1), null)
                        : demo.realYtdGrowth(t, t, null);
                double published = path.publishedNational(year, m);
                report.append(String.format("%s %.2f (%.1f)  ", Period.format(t), month, published));
                assertEquals(published, month, 1.0, Period.format(t));
            }
            report.append('\n');
        }
        double ytd2017 = demo.realYtdGrowth(Period.of(2017, 12), Period.of(2017, 1), null);
        double ytd2018 = demo.realYtdGrowth(Period.of(2018, 12), Period.of(2018, 1), null);
        double nominal2017 = demo.ytdGrowth(demo.output, demo.prevYear, Period.of(2017, 12), Period.of(2017, 1));
        System.out.println(report + String.format("YTD comparable-price 2016 %.2f, 2017 %.2f, 2018 %.2f; current-price 2017 %.2f",
                demo.realYtdGrowth(Period.of(2016, 12), Period.of(2016, 1), null), ytd2017, ytd2018, nominal2017));
        // the press conference's figures: 6.6% in 2017, 6.2% in 2018 (NBS, 按可比价格计算)
        assertEquals(6.6, ytd2017, 0.05, "2017 YTD");
        assertEquals(6.2, ytd2018, 0.05, "2018 YTD");
        // prices rose about 6% in 2017, so current-price output grew much faster than volume
        assertTrue(nominal2017 > ytd2017 + 3, "current-price 2017 YTD " + nominal2017);
    }

    @Test
    void productTotalsFollowThePressRelease() {
        int jan17 = Period.of(2017, 1), dec17 = Period.of(2017, 12);
        double robots = demo.level(demo.product[0], jan17, dec17), robotGrowth = demo.ytdGrowth(demo.product[0], null, dec17, jan17);
        double nev = demo.level(demo.product[1], jan17, dec17), nevGrowth = demo.ytdGrowth(demo.product[1], null, dec17, jan17);
        System.out.printf("robots 2017 %.0f (%+.2f%%), NEV 2017 %.0f (%+.2f%%)%n", robots, robotGrowth, nev, nevGrowth);
        assertTrue(robots > 120_000, "robots " + robots);
        assertTrue(robotGrowth >= 65 && robotGrowth <= 71, "robot growth " + robotGrowth);
        assertEquals(794_000, nev, 794_000 * 0.03);
        assertTrue(nevGrowth >= 48 && nevGrowth <= 54, "NEV growth " + nevGrowth);
    }

    @Test
    void steelAndCementFollowMonthlyOutputAndCapacityIsCut() {
        ProductPlan plan = new ProductPlan();
        for (int t = spec.fromPeriod(); t <= spec.toPeriod(); t++) {
            assertEquals(plan.monthlyLevel(ProductPlan.STEEL, t), demo.level(demo.product[2], t, t), plan.monthlyLevel(ProductPlan.STEEL, t) * 0.001);
            assertEquals(plan.monthlyLevel(ProductPlan.CEMENT, t), demo.level(demo.product[3], t, t), plan.monthlyLevel(ProductPlan.CEMENT, t) * 0.001);
        }
        assertEquals(69_483_000, demo.level(demo.product[2], Period.of(2015, 3), Period.of(2015, 3)), 1_000);
        for (int year = 2016; year <= 2018; year++) {
            int dec = Period.of(year, 12) - demo.from;
            assertTrue(demo.steelCapacity[dec - 12] - demo.steelCapacity[dec] > 50e6, "steel capacity cut " + year);
        }
    }

    @Test
    void divisionsGrowRoughlyAsPublished() {
        GrowthPath path = new GrowthPath();
        int jan = Period.of(2017, 1), dec = Period.of(2017, 12);
        StringBuilder out = new StringBuilder("division 2017 YTD comparable-price growth (published Mar–Dec mean):");
        int close = 0;
        for (int d = 0; d < path.divisions().size(); d++) {
            String code = path.divisions().get(d);
            double published = 0;
            for (int m = 3; m <= 12; m++) published += path.publishedDivision(d, 2017, m) / 10;
            double measured = demo.realYtdGrowth(dec, jan, code);
            out.append(String.format(" %s %.1f (%.1f)", code, measured, published));
            if (Math.abs(measured - published) <= 2.0) close++;
        }
        System.out.println(out);
        assertTrue(close >= 38, close + " of 41 divisions within 2 pp");
    }

    @Test
    void steelGrowthComesOutOfTheData() {
        StringBuilder out = new StringBuilder();
        for (int year = 2016; year <= 2018; year++) {
            int jan = Period.of(year, 1), dec = Period.of(year, 12);
            double level = demo.level(demo.product[2], jan, dec), previous = demo.level(demo.product[2], jan - 12, dec - 12);
            double comparable = demo.ytdGrowth(demo.product[2], null, dec, jan);
            out.append(String.format("steel %d: %.1f Mt, level %+.1f%%, comparable %+.1f%%, capacity Dec %.0f Mt; ", year,
                    level / 1e6, (level / previous - 1) * 100, comparable, demo.steelCapacity[dec - demo.from] / 1e6));
            // churn among a few dozen makers moves comparable growth away from the level ratio, within reason
            assertTrue(Math.abs(comparable - (level / previous - 1) * 100) < 8, out.toString());
        }
        System.out.println(out);
    }
}
