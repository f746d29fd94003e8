package org.momentum.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.momentum.classification.Period;

/**
 * Target year-on-year growth (as a fraction) per month, nationally and per division, from {@link PublishedTargets}.
 * January and February get the published Jan–Feb figure times the Spring Festival shift between the two years, so
 * that only their sum is pinned; each year is shifted by a small constant so that the December year-to-date growth
 * equals the published cumulative figure (the published months are rounded and weighted by the base).
 */
final class GrowthPath {
    /** Share of production stopped in the Spring Festival window, for output value. */
    static final double FESTIVAL_DEPTH = 0.55;

    private final int natFirstYear;
    private final double[][] national; // [year][JF, Mar..Dec, cumulative]
    private final List<String> divisions = new ArrayList<>();
    private final double[][][] division; // [d][year][Mar..Dec]

    GrowthPath() {
        natFirstYear = PublishedTargets.firstYear(PublishedTargets.NATIONAL_IVA_YOY);
        national = PublishedTargets.table(PublishedTargets.NATIONAL_IVA_YOY, natFirstYear, 12);
        int years = PublishedTargets.DIVISION_IVA_YOY[0].trim().split("\\s+").length / 10;
        division = new double[PublishedTargets.DIVISION_IVA_YOY.length][years][10];
        for (int d = 0; d < division.length; d++) {
            String[] p = PublishedTargets.DIVISION_IVA_YOY[d].trim().split("\\s+");
            divisions.add(p[0]);
            for (int i = 1; i < p.length; i++) division[d][(i - 1) / 10][(i - 1) % 10] = Double.parseDouble(p[i]);
        }
    }

    List<String> divisions() { return divisions; }

    private double[] nationalYear(int year) {
        return national[Math.max(0, Math.min(national.length - 1, year - natFirstYear))];
    }

    /** Published growth in % for the month (the Jan–Feb figure for January and February). */
    double publishedNational(int year, int month) { return nationalYear(year)[month <= 2 ? 0 : month - 2]; }

    double publishedYearToDate(int year) { return nationalYear(year)[11]; }

    private double nationalMeanMarDec(int year) {
        double s = 0;
        for (int m = 3; m <= 12; m++) s += publishedNational(year, m);
        return s / 10;
    }

    /** Published division growth in %; January/February = national Jan–Feb plus the division's gap that year. */
    double publishedDivision(int d, int year, int month) {
        int y = Math.max(0, Math.min(division[d].length - 1, year - PublishedTargets.DIVISION_FIRST_YEAR));
        int dataYear = y + PublishedTargets.DIVISION_FIRST_YEAR;
        double divMean = 0;
        for (double v : division[d][y]) divMean += v / 10;
        double gap = divMean - nationalMeanMarDec(dataYear);
        if (dataYear == year && month >= 3) return division[d][y][month - 3];
        return publishedNational(year, month) + gap;
    }

    /** The Spring Festival shift of a month against the same month a year earlier (1 outside January/February). */
    static double festivalRatio(int period, double depth) {
        if (Period.month(period) > 2) return 1.0;
        return Seasonality.factor(period, depth) / Seasonality.factor(period - 12, depth);
    }

    /** Constant added to a year's monthly growth so that its December year-to-date growth is the published one. */
    double yearShift(int year) {
        double base = 0, current = 0;
        for (int m = 1; m <= 12; m++) {
            int t = Period.of(year, m);
            double w = Seasonality.factor(t - 12, FESTIVAL_DEPTH);
            base += w;
            current += w * festivalRatio(t, FESTIVAL_DEPTH) * (1 + publishedNational(year, m) / 100);
        }
        return publishedYearToDate(year) / 100 - (current / base - 1);
    }

    /** The Jan–Feb growth factor to hit at February (published figure plus the year's shift). */
    double januaryFebruary(int year) { return 1 + publishedNational(year, 2) / 100 + yearShift(year); }

    /** National target growth of output value for the month, as a fraction. */
    double national(int period) {
        int y = Period.year(period), m = Period.month(period);
        return festivalRatio(period, FESTIVAL_DEPTH) * (1 + publishedNational(y, m) / 100 + yearShift(y)) - 1;
    }

    /** Division target growth for the month, as a fraction (before the national reconciliation). */
    double division(int d, int period) {
        int y = Period.year(period), m = Period.month(period);
        return festivalRatio(period, FESTIVAL_DEPTH) * (1 + publishedDivision(d, y, m) / 100 + yearShift(y)) - 1;
    }
}
