package org.momentum.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PriceIndex;
import org.momentum.registry.EnterpriseSize;

/**
 * Scores the month under review: the rules of a {@link RuleSet}, every statistical check, the combined inflation
 * evidence and the learned model over the checks' statistics. Core only: values in, values out.
 */
public final class QualityScorer {
    private final RuleSet rules;

    public QualityScorer(RuleSet rules) { this.rules = rules; }

    public static QualityScorer withDefaultRules() { return new QualityScorer(RuleSet.defaults()); }

    /** The result of one month: every rule's and check's scores, and the flags in ranked order. */
    public record Result(QualityContext context, List<CheckResult> results, double[] best, java.util.Map<String, Double> seconds) {
        /** The report's highest score (0 when the enterprise did not report). */
        public double best(int e) { return best[e]; }

        /** How many reports have a highest score ≥ 0.5 (formats.md: flagged). */
        public int flaggedReports() {
            int k = 0;
            for (double b : best) if (b >= Flag.FLAGGED) k++;
            return k;
        }

        public CheckResult result(String rule) {
            for (CheckResult r : results) if (r.rule().equals(rule)) return r;
            throw new IllegalArgumentException("no rule or check named " + rule);
        }

        /**
         * One flag per (report, rule or check) with score ≥ minScore, reports ranked by their highest score (ties by
         * enterprise id), and within a report by score.
         */
        public List<Flag> flags(double minScore) {
            QualityContext ctx = context;
            List<Integer> order = new ArrayList<>();
            for (int e = 0; e < best.length; e++) if (best[e] >= minScore && best[e] > 0) order.add(e);
            order.sort(Comparator.comparingDouble((Integer e) -> -best[e]).thenComparing(e -> ctx.panel().enterpriseId(e)));
            List<Flag> out = new ArrayList<>();
            List<Flag> one = new ArrayList<>();
            for (int e : order) {
                one.clear();
                for (CheckResult r : results) {
                    double s = r.scores()[e];
                    if (s >= minScore && s > 0)
                        one.add(new Flag(ctx.panel().enterpriseId(e), ctx.period(), r.indicator().apply(e), Scores.clamp01(s), r.rule(), r.detail().apply(e)));
                }
                one.sort(Comparator.comparingDouble((Flag f) -> -f.score()));
                out.addAll(one);
            }
            return out;
        }
    }

    public Result score(Panel panel, EnterpriseSize[] sizes, int period) { return score(panel, sizes, period, null); }

    /** @param prices producer price indices or null (see {@link QualityContext#ppiYoy}) */
    public Result score(Panel panel, EnterpriseSize[] sizes, int period, PriceIndex prices) {
        QualityContext ctx = new QualityContext(panel, sizes, period, prices);
        Timer time = new Timer();
        // the rules and the checks are independent of each other: run them side by side on the cores
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "quality-check");
            t.setDaemon(true);
            return t;
        });
        List<CheckResult> ruleResults;
        CheckResult own, peers, energy, region, digits, round, copy, benford;
        try {
            Future<List<CheckResult>> fr = pool.submit(() -> time.step("rules", () -> rules.evaluate(ctx)));
            Future<CheckResult> fo = pool.submit(() -> time.step(OwnHistoryCheck.NAME, () -> new OwnHistoryCheck().run(ctx)));
            Future<CheckResult> fp = pool.submit(() -> time.step(PeerGrowthCheck.NAME, () -> new PeerGrowthCheck().run(ctx)));
            Future<CheckResult> fe = pool.submit(() -> time.step(EnergyOutputCheck.NAME, () -> new EnergyOutputCheck().run(ctx)));
            Future<CheckResult> fg = pool.submit(() -> time.step(RegionShiftCheck.NAME, () -> new RegionShiftCheck().run(ctx)));
            Future<CheckResult> fd = pool.submit(() -> time.step(LastDigitCheck.NAME, () -> new LastDigitCheck().run(ctx)));
            Future<CheckResult> fn = pool.submit(() -> time.step(RoundNumberCheck.NAME, () -> new RoundNumberCheck().run(ctx)));
            Future<CheckResult> fc = pool.submit(() -> time.step(CopyCheck.NAME, () -> new CopyCheck().run(ctx)));
            Future<CheckResult> fb = pool.submit(() -> time.step(BenfordRegionCheck.NAME, () -> new BenfordRegionCheck().run(ctx)));
            ruleResults = get(fr);
            own = get(fo);
            peers = get(fp);
            energy = get(fe);
            region = get(fg);
            digits = get(fd);
            round = get(fn);
            copy = get(fc);
            benford = get(fb);
        } finally {
            pool.shutdownNow();
        }
        List<CheckResult> results = new ArrayList<>(ruleResults);
        CheckResult inflation = time.step(InflationEvidence.NAME, () -> InflationEvidence.combine(ctx, own, peers, energy));
        List<CheckResult> checks = List.of(own, peers, energy, inflation, region, digits, round, copy, benford);
        results.addAll(checks);
        results.add(time.step(AnomalyModelCheck.NAME, () -> AnomalyModelCheck.run(ctx, List.of(own, peers, energy, inflation, digits, round, copy))));
        double[] best = new double[ctx.enterprises()];
        for (CheckResult r : results)
            for (int e = 0; e < best.length; e++) if (ctx.reported(e) && r.scores()[e] > best[e]) best[e] = Scores.clamp01(r.scores()[e]);
        return new Result(ctx, List.copyOf(results), best, time.seconds);
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Wall-clock seconds of each step (they overlap: the checks run side by side), for the benchmark's account. */
    private static final class Timer {
        final java.util.Map<String, Double> seconds = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

        <T> T step(String name, java.util.function.Supplier<T> s) {
            long t0 = System.nanoTime();
            T v = s.get();
            seconds.put(name, (System.nanoTime() - t0) / 1e9);
            return v;
        }
    }
}
