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

        double[] m = new double[repeat], j = new double[repeat], mc = new double[repeat], jc = new double[repeat];
        int adjusted = 0, nonSeasonal = 0;
        for (int k = 0; k < repeat; k++) {
            boolean jdFirst = k % 2 == 0;                        // alternate the order: neither side always runs on a warmer machine
            double[] jd = null;
            if (jdFirst) jd = time(() -> direct(direct, regs, series, threads));
            List<List<SeasonalBatch.Outcome>> out = new ArrayList<>();
            double[] mo = time(() -> out.add(SeasonalBatch.run(momentum, series, threads, n -> {})));
            if (!jdFirst) jd = time(() -> direct(direct, regs, series, threads));
            m[k] = mo[0]; mc[k] = mo[1]; j[k] = jd[0]; jc[k] = jd[1];
            adjusted = (int) out.get(0).stream().filter(SeasonalBatch.Outcome::adjusted).count();
            nonSeasonal = (int) out.get(0).stream().filter(o -> o.adjusted() && !o.result().diagnostics().seasonal()).count();
            System.out.printf(Locale.ROOT, "run %d: momentum %.2f s (cpu %.2f s), jdemetra+ direct %.2f s (cpu %.2f s)%n", k + 1, m[k], mc[k], j[k], jc[k]);
        }
        double mm = Bench.median(m), jm = Bench.median(j), mcm = Bench.median(mc), jcm = Bench.median(jc);
        System.out.printf(Locale.ROOT, "RESULT adjust: %,d series x %d months, X-13 RSA4 + China calendar (sf, wd), %d threads; momentum %.2f s "
                        + "(%.1f series/s), jdemetra+ direct %.2f s (%.1f series/s), overhead %+.1f%% wall; process cpu momentum %.2f s, "
                        + "direct %.2f s, overhead %+.1f%% cpu (medians of %d); %,d adjusted, %,d with no identifiable seasonality%n",
                series.size(), months, threads, mm, series.size() / mm, jm, series.size() / jm, (mm / jm - 1) * 100,
                mcm, jcm, (mcm / jcm - 1) * 100, repeat, adjusted, nonSeasonal);
    }

    /** Wall and process CPU seconds (CPU time is what a loaded, shared machine distorts least). */
    private static double[] time(Runnable r) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long t = System.nanoTime(), c = os.getProcessCpuTime();
        r.run();
        return new double[] {Bench.seconds(t), (os.getProcessCpuTime() - c) / 1e9};
    }


    /** RSA4 with the user-defined calendar variables in place of its trading days and Easter, as SeasonalAdjuster builds it. */
    static X13Spec directSpec(List<Regressor> regs) {
        X13Spec base = X13Spec.RSA4;
        String[] names = regs.stream().map(r -> "momentum." + r.name()).toArray(String[]::new);
        var reg = base.getRegArima().getRegression().toBuilder()
                .tradingDays(TradingDaysSpec.userDefined(names, RegressionTestSpec.None)).easter(EasterSpec.none()).build();
        return base.toBuilder().regArima(base.getRegArima().toBuilder().regression(reg).build()).build();
    }

    /** JDemetra+ alone on one series: the context of regressors, X13Kernel.process, the sa series. */
    static void directOne(X13Spec spec, List<Regressor> regs, SeasonalBatch.Input s) {
        ModellingContext context = new ModellingContext();
        TsDataSuppliers vars = new TsDataSuppliers();
        for (Regressor r : regs)
            vars.set(r.name(), new StaticTsDataSupplier(TsData.ofInternal(
                    TsPeriod.monthly(Period.year(r.startPeriod()), Period.month(r.startPeriod())), r.values())));
        context.getTsVariableManagers().set("momentum", vars);
        X13Results res = X13Kernel.of(spec, context).process(
                TsData.ofInternal(TsPeriod.monthly(Period.year(s.start()), Period.month(s.start())), s.values()), null);
        if (!res.isValid() || res.getData("sa", TsData.class) == null) throw new IllegalStateException("JDemetra+ failed on " + s.id());
    }

    /** JDemetra+ alone: {@link #directOne} for each series, in parallel. */
    static void direct(X13Spec spec, List<Regressor> regs, List<SeasonalBatch.Input> series, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, series.size()).parallel().forEach(i -> directOne(spec, regs, series.get(i)))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }
}
