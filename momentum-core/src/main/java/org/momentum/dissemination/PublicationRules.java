package org.momentum.dissemination;

import java.util.function.Consumer;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorRow;

/**
 * indicators.md, "Publication rules": an indicator row becomes the observations a release publishes. January and
 * February are published together, so the growth of January and of February on their own (yoy_pct, and the
 * contributions to it) is not published, nor the year-to-date growth at January, which is January's own growth;
 * "January–February" is the year-to-date figure at February. Numbers that
 * are not defined (empty in indicators.csv) are not published at all. Disclosure control comes after this.
 */
public final class PublicationRules {
    private PublicationRules() {}

    public static void observations(IndicatorRow r, Consumer<ReleaseObservation> out) {
        boolean janFeb = Period.month(r.period()) <= 2;
        emit(r, SeriesKey.LEVEL, r.value(), out);
        emit(r, "enterprises", r.enterprises(), out);
        if (!janFeb) emit(r, "yoy_pct", r.yoyPct(), out);
        emit(r, "ytd_value", r.ytdValue(), out);
        if (Period.month(r.period()) != 1) emit(r, "ytd_yoy_pct", r.ytdYoyPct(), out); // at January it is January's own growth
        if (!janFeb) emit(r, "contribution_pp", r.contributionPp(), out);
    }

    private static void emit(IndicatorRow r, String variable, double v, Consumer<ReleaseObservation> out) {
        if (Double.isFinite(v)) out.accept(ReleaseObservation.of(new SeriesKey(r.measure(), r.industry(), r.region(), variable), r.period(), v));
    }
}
