package org.momentum.dissemination.press;

import java.util.List;
import org.momentum.targets.Evaluation;
import org.momentum.targets.Kpi;
import org.momentum.targets.TargetAssessment;

/**
 * The numbers a press release states, read from one release: the month, headline growth of output at constant
 * prices for all industry (month on a year earlier and year to date), every division's contribution to the
 * month's growth, the press-release products, and the targets' progress and the outlook when the release carries
 * them. Names come from the classification and the indicator list.
 */
public record PressFigures(int period, Figure monthGrowth, Figure ytdGrowth, List<Division> divisions, List<ProductOutput> products,
                           List<TargetProgress> targets, Outlook outlook, List<ProgrammeOutcome> programmes) {
    public PressFigures {
        divisions = List.copyOf(divisions);
        products = List.copyOf(products);
        targets = List.copyOf(targets);
        programmes = List.copyOf(programmes);
    }

    /** Without programmes. */
    public PressFigures(int period, Figure monthGrowth, Figure ytdGrowth, List<Division> divisions, List<ProductOutput> products,
                        List<TargetProgress> targets, Outlook outlook) {
        this(period, monthGrowth, ytdGrowth, divisions, products, targets, outlook, List.of());
    }

    /** Without targets and outlook (a release that carries none). */
    public PressFigures(int period, Figure monthGrowth, Figure ytdGrowth, List<Division> divisions, List<ProductOutput> products) {
        this(period, monthGrowth, ytdGrowth, divisions, products, List.of(), null);
    }

    /**
     * A programme's results as the release published them: its pilot projects, each KPI's mean improvement over all
     * of them (withheld when too few enterprises report it) and how many met the programme's threshold, and the
     * evaluation (null when withheld).
     */
    public record ProgrammeOutcome(String nameEn, String nameZh, int projects, List<KpiOutcome> kpis, Evaluation evaluation) {
        public ProgrammeOutcome {
            kpis = List.copyOf(kpis);
        }
    }

    /** One KPI over all a programme's pilots: mean improvement in % and how many of those with a threshold met it. */
    public record KpiOutcome(Kpi kpi, double meanPct, int meeting, int withThreshold, boolean withheld) {}

    /** A target as the release assessed it, with the unit of its measure for a level or change goal. */
    public record TargetProgress(TargetAssessment assessment, String unitEn, String unitZh) {}

    /**
     * The release's outlook for the headline: the year's expected growth in % with its 80% and 95% intervals (NaN
     * when the method gives none), the forecasting method and the month its data end.
     */
    public record Outlook(int year, double growthPct, double lo80, double hi80, double lo95, double hi95, String method, int origin) {}

    /** A division (GB/T 4754-2017, two digits) with its contribution to growth in percentage points and its own growth. */
    public record Division(String code, String nameEn, String nameZh, Figure contributionPp, Figure growth) {}

    /** A product's output (in its unit) and growth, for the month and the year to date. */
    public record ProductOutput(String code, String nameEn, String nameZh, String unitEn, String unitZh,
                                Figure month, Figure monthGrowth, Figure ytd, Figure ytdGrowth) {
        public boolean any() {
            return month.status() != null || ytd.status() != null || monthGrowth.status() != null || ytdGrowth.status() != null;
        }
    }
}
