package org.momentum.quality;

import java.util.function.IntFunction;

/**
 * What one rule or check found over all enterprises of the month: a score per enterprise (0 = nothing seen), the
 * statistic it came from (a feature of the learned model; NaN = not computed), and, only for the enterprises a
 * reviewer will see, the indicator it is about and the sentence explaining it (computed on demand).
 */
public record CheckResult(String rule, double[] scores, double[] statistic, double[] reference, IntFunction<String> indicator,
                          IntFunction<String> detail) {

    public static CheckResult of(String rule, double[] scores, double[] statistic, String indicator, IntFunction<String> detail) {
        return new CheckResult(rule, scores, statistic, null, e -> indicator, detail);
    }

    public CheckResult withReference(double[] reference) {
        return new CheckResult(rule, scores, statistic, reference, indicator, detail);
    }

    public double score(int e) { return scores[e]; }
}
