package org.momentum.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    public record Result(QualityContext context, List<CheckResult> results, double[] best) {
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
        List<CheckResult> results = new ArrayList<>(rules.evaluate(ctx));
        CheckResult own = new OwnHistoryCheck().run(ctx);
        CheckResult peers = new PeerGrowthCheck().run(ctx);
        CheckResult energy = new EnergyOutputCheck().run(ctx);
        CheckResult inflation = InflationEvidence.combine(ctx, own, peers, energy);
        CheckResult region = new RegionShiftCheck().run(ctx);
        CheckResult digits = new LastDigitCheck().run(ctx);
        CheckResult round = new RoundNumberCheck().run(ctx);
        CheckResult copy = new CopyCheck().run(ctx);
        CheckResult benford = new BenfordRegionCheck().run(ctx);
        List<CheckResult> checks = List.of(own, peers, energy, inflation, region, digits, round, copy, benford);
        results.addAll(checks);
        results.add(AnomalyModelCheck.run(ctx, List.of(own, peers, energy, inflation, digits, round, copy)));
        double[] best = new double[ctx.enterprises()];
        for (CheckResult r : results)
            for (int e = 0; e < best.length; e++) if (ctx.reported(e) && r.scores()[e] > best[e]) best[e] = Scores.clamp01(r.scores()[e]);
        return new Result(ctx, List.copyOf(results), best);
    }
}
