package org.momentum.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import jdplus.toolkit.base.api.timeseries.StaticTsDataSupplier;
import jdplus.toolkit.base.api.timeseries.TsData;
import jdplus.toolkit.base.api.timeseries.TsPeriod;
import jdplus.toolkit.base.api.timeseries.regression.ModellingContext;
import jdplus.toolkit.base.api.timeseries.regression.TsDataSuppliers;
import jdplus.x13.base.api.regarima.EasterSpec;
import jdplus.x13.base.api.regarima.RegressionTestSpec;
import jdplus.x13.base.api.regarima.TradingDaysSpec;
import jdplus.x13.base.api.x13.X13Spec;
import jdplus.x13.base.core.x13.X13Kernel;
import jdplus.x13.base.core.x13.X13Results;
import org.momentum.app.seasonal.ChinaCalendar;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.indicators.IndicatorRow;
import org.momentum.indicators.PanelBuilder;
import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;
import org.momentum.seasonal.AdjustmentSpec;
import org.momentum.seasonal.Regressor;
import org.momentum.seasonal.SeasonalAdjuster;
import org.momentum.seasonal.SeasonalBatch;
import org.momentum.store.ReferenceData;
import org.momentum.synthetic.GeneratorSpec;
import org.momentum.synthetic.PanelGenerator;
import org.momentum.synthetic.PanelSink;

/**
 * Issue 5's benchmark: every output_value level series of a national release — industry ALL, sections and the 41
 * divisions × region ALL and the 31 provinces, 48 months, from a generated panel through the indicator engine —
 * adjusted by Momentum (X-13 RSA4 with China's calendar, {@link SeasonalBatch}) and by JDemetra+ called directly
 * (X13Kernel with the same spec and regressors, nothing else) on the same series and threads in the same run.
 */
final class AdjustBench {
    private AdjustBench() {}

    static void run(int enterprises, int repeat) throws Exception {
        int from = Period.of(2015, 1), to = Period.of(2018, 12), months = to - from + 1;
        long t0 = System.nanoTime();
        ReferenceData ref = ReferenceData.shipped();
        PanelBuilder builder = new PanelBuilder(ref.industries(), enterprises);
        Map<String, Integer> index = new LinkedHashMap<>();
        PanelGenerator.generate(GeneratorSpec.of(enterprises, from, to, 2017L).withIndicators(java.util.Set.of("output_value")), new PanelSink() {
            @Override public void enterprise(Enterprise e) { index.put(e.id(), builder.addEnterprise(e)); }
            @Override public void report(Report r) { builder.addReport(index.get(r.enterpriseId()), r.period(), r.indicator(), r.value(), r.prevYearValue()); }
            @Override public void price(String industry, int period, double ppi) {}
        });
        Map<String, double[]> cells = new LinkedHashMap<>();
        for (IndicatorRow r : new IndicatorEngine().compute(builder.build(), null).rows()) {
            if (!r.measure().equals("output_value") || r.industry().length() > 2 || Double.isNaN(r.value())) continue;
            cells.computeIfAbsent(r.industry() + "/" + r.region(), k -> new double[months])[r.period() - from] = r.value();
        }
        List<SeasonalBatch.Input> series = new ArrayList<>();
        cells.forEach((k, v) -> {
            if (java.util.Arrays.stream(v).allMatch(x -> x > 0)) series.add(new SeasonalBatch.Input(k, from, v));
        });
        System.out.printf(Locale.ROOT, "generated %,d enterprises and computed the cube in %.1f s: %,d cells (industry ALL/section/division x region ALL/province), "
                + "%,d with all %d months%n", enterprises, Bench.seconds(t0), cells.size(), series.size(), months);

        int threads = Runtime.getRuntime().availableProcessors();
        AdjustmentSpec spec = AdjustmentSpec.chinaDefault();
        List<Regressor> regs = ChinaCalendar.shipped().regressors(spec.springFestivalWindows());
        SeasonalAdjuster momentum = new SeasonalAdjuster(spec, regs);
        X13Spec direct = directSpec(regs);
        List<SeasonalBatch.Input> warm = series.subList(0, Math.min(100, series.size()));
        SeasonalBatch.run(momentum, warm, threads, n -> {});
        direct(direct, regs, warm, threads);

        double[] m = new double[repeat], j = new double[repeat];
        int adjusted = 0, nonSeasonal = 0;
        for (int k = 0; k < repeat; k++) {
            boolean jdFirst = k % 2 == 0;                        // alternate the order: neither side always runs on a warmer machine
            if (jdFirst) j[k] = time(() -> direct(direct, regs, series, threads));
            long tm = System.nanoTime();
            List<SeasonalBatch.Outcome> out = SeasonalBatch.run(momentum, series, threads, n -> {});
            m[k] = Bench.seconds(tm);
            if (!jdFirst) j[k] = time(() -> direct(direct, regs, series, threads));
            adjusted = (int) out.stream().filter(SeasonalBatch.Outcome::adjusted).count();
            nonSeasonal = (int) out.stream().filter(o -> o.adjusted() && !o.result().diagnostics().seasonal()).count();
            System.out.printf(Locale.ROOT, "run %d: momentum %.2f s, jdemetra+ direct %.2f s%n", k + 1, m[k], j[k]);
        }
        double mm = Bench.median(m), jm = Bench.median(j);
        System.out.printf(Locale.ROOT, "RESULT adjust: %,d series x %d months, X-13 RSA4 + China calendar (sf, wd), %d threads; momentum %.2f s "
                        + "(%.0f series/s), jdemetra+ direct %.2f s (%.0f series/s), overhead %+.1f%% (medians of %d); %,d adjusted, %,d with no "
                        + "identifiable seasonality (momentum reruns X-11 without seasonal for those)%n",
                series.size(), months, threads, mm, series.size() / mm, jm, series.size() / jm, (mm / jm - 1) * 100, repeat, adjusted, nonSeasonal);
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return Bench.seconds(t);
    }

    /** RSA4 with the user-defined calendar variables in place of its trading days and Easter, as SeasonalAdjuster builds it. */
    static X13Spec directSpec(List<Regressor> regs) {
        X13Spec base = X13Spec.RSA4;
        String[] names = regs.stream().map(r -> "momentum." + r.name()).toArray(String[]::new);
        var reg = base.getRegArima().getRegression().toBuilder()
                .tradingDays(TradingDaysSpec.userDefined(names, RegressionTestSpec.None)).easter(EasterSpec.none()).build();
        return base.toBuilder().regArima(base.getRegArima().toBuilder().regression(reg).build()).build();
    }

    /** JDemetra+ alone: the context of regressors and X13Kernel.process for each series, in parallel. */
    static void direct(X13Spec spec, List<Regressor> regs, List<SeasonalBatch.Input> series, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, series.size()).parallel().forEach(i -> {
                SeasonalBatch.Input s = series.get(i);
                ModellingContext context = new ModellingContext();
                TsDataSuppliers vars = new TsDataSuppliers();
                for (Regressor r : regs)
                    vars.set(r.name(), new StaticTsDataSupplier(TsData.ofInternal(
                            TsPeriod.monthly(Period.year(r.startPeriod()), Period.month(r.startPeriod())), r.values())));
                context.getTsVariableManagers().set("momentum", vars);
                double[] v = s.values();
                X13Results res = X13Kernel.of(spec, context).process(
                        TsData.ofInternal(TsPeriod.monthly(Period.year(s.start()), Period.month(s.start())), v), null);
                if (!res.isValid() || res.getData("sa", TsData.class) == null) throw new IllegalStateException("JDemetra+ failed on " + s.id());
            })).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }
}
