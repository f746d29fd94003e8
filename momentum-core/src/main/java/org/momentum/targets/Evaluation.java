package org.momentum.targets;

import java.util.Locale;

/**
 * What a difference-in-differences evaluation found. The estimate is in log points of the outcome (≈ the difference
 * in growth between participants and their matched controls from the year before entry to the year after);
 * {@link #effectPct} turns it into percent.
 *
 * @param estimate     average effect on participants (ATT), log points; NaN when nothing could be matched
 * @param se           cluster-robust standard error (clusters = matching cells)
 * @param lo95         lower end of the 95% confidence interval (Student t with clusters − 1 degrees of freedom)
 * @param participants participants in the data
 * @param matched      participants with both years and at least one control in their cell
 * @param controls     distinct controls used
 * @param clusters     matching cells with a matched participant
 * @param placebo      the same estimate one year earlier (the two years before entry), a check of parallel trends; null when not available
 */
public record Evaluation(Verdict verdict, double estimate, double se, double lo95, double hi95, int participants, int matched,
                         int controls, int clusters, Evaluation placebo) {
    /** The verdict, said plainly. */
    public enum Verdict {
        POSITIVE("positive", "participants grew faster than comparable non-participants", "参与企业增速高于可比的未参与企业"),
        NEGATIVE("negative", "participants grew more slowly than comparable non-participants", "参与企业增速低于可比的未参与企业"),
        CANNOT_TELL("cannot_tell", "the data cannot tell: the confidence interval includes no effect", "数据无法判断：置信区间包含零效应"),
        TOO_FEW_DATA("too_few_data", "the data cannot tell: too few participants or comparable enterprises", "数据无法判断：参与企业或可比企业太少");

        private final String code, en, zh;

        Verdict(String code, String en, String zh) {
            this.code = code;
            this.en = en;
            this.zh = zh;
        }

        public String code() { return code; }

        public String sentenceEn() { return en; }

        public String sentenceZh() { return zh; }
    }

    public double effectPct() { return (Math.exp(estimate) - 1) * 100; }

    public double lo95Pct() { return (Math.exp(lo95) - 1) * 100; }

    public double hi95Pct() { return (Math.exp(hi95) - 1) * 100; }

    /** One sentence for a page or a press release. */
    public String plainly() {
        if (verdict == Verdict.TOO_FEW_DATA)
            return String.format(Locale.ROOT, "The data cannot tell: %d of %d participants could be matched to comparable enterprises in %d cells.",
                    matched, participants, clusters);
        String s = String.format(Locale.ROOT, "Effect on participants' growth %+.1f%% (95%% CI %+.1f%% to %+.1f%%; %d participants matched to %d controls in %d cells): %s.",
                effectPct(), lo95Pct(), hi95Pct(), matched, controls, clusters, verdict.sentenceEn());
        if (placebo != null && placebo.verdict != Verdict.CANNOT_TELL && placebo.verdict != Verdict.TOO_FEW_DATA)
            s += " Caution: participants already grew differently before entry (placebo " + String.format(Locale.ROOT, "%+.1f%%", placebo.effectPct()) + ").";
        return s;
    }
}
