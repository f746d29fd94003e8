package org.momentum.synthetic;

import org.momentum.classification.Period;

/**
 * The four products of the press release and their national targets. Robots and new-energy vehicles are
 * calibrated to comparable-basis growth (the press release's headline) with their 2017 level as anchor; crude
 * steel and cement to the published monthly national output (levels), with growth left to come out of the data.
 * Capacity (steel and cement) follows an assumed path with the 2016–2018 cuts of the supply-side reform.
 */
final class ProductPlan {
    static final int ROBOT = 0, NEV = 1, STEEL = 2, CEMENT = 3;
    static final String[] CODES = {"industrial_robot", "nev", "crude_steel", "cement"};
    static final String[] CLASSES = {"3491", "3612", "3120", "3011"};
    private static final String[] NAME_WORDS = {"机器人", "新能源汽车", "钢铁", "水泥"};
    /** Weight of the class among its division's classes (1 = like any sibling): enough makers even in the demo. */
    private static final double[] CLASS_WEIGHT = {2, 1, 1, 3};
    /** Share of production stopped in the Spring Festival window: blast furnaces run through it, kilns and lines stop. */
    static final double[] FESTIVAL_DEPTH = {0.6, 0.6, 0.15, 0.9};
    /** January and February as a share of the year's March–December monthly average, where NBS published nothing. */
    private static final double[][] JAN_FEB_SHARE = {{1, 1}, {1, 1}, {1.01, 0.92}, {0.55, 0.45}};
    /**
     * Capacity at December, million tonnes, 2014..2019 (an assumption near the MIIT narrative: steel cut by 65, 55
     * and 55 Mt in 2016–2018; cement trimmed).
     */
    private static final double[][] CAPACITY_DEC_MT = {
            null, null,
            {1260, 1250, 1185, 1130, 1075, 1060},
            {3480, 3500, 3470, 3430, 3390, 3360}};
    private static final int CAPACITY_FIRST_YEAR = 2014;

    private final double[][] robot = PublishedTargets.table(PublishedTargets.INDUSTRIAL_ROBOT, 2016, 2);
    private final double[][] nev = PublishedTargets.table(PublishedTargets.NEW_ENERGY_VEHICLE, 2016, 2);
    private final double[][] steel = PublishedTargets.table(PublishedTargets.CRUDE_STEEL_10K_T, 2014, 12);
    private final double[][] cement = PublishedTargets.table(PublishedTargets.CEMENT_10K_T, 2014, 12);

    static int productOfClass(String industry) {
        for (int p = 0; p < CLASSES.length; p++) if (CLASSES[p].equals(industry)) return p;
        return -1;
    }

    static double classWeight(String industry) {
        int p = productOfClass(industry);
        return p < 0 ? 1.0 : CLASS_WEIGHT[p];
    }

    static String nameWordOfClass(String industry) {
        int p = productOfClass(industry);
        return p < 0 ? null : NAME_WORDS[p];
    }

    static boolean calibratedOnGrowth(int p) { return p == ROBOT || p == NEV; }

    static boolean hasCapacity(int p) { return p == STEEL || p == CEMENT; }

    private double[][] release(int p) { return p == ROBOT ? robot : nev; }

    /** Comparable-basis growth of the year (fraction); outside the releases, the nearest year's. */
    double annualGrowth(int p, int year) {
        double[][] r = release(p);
        return r[Math.max(0, Math.min(r.length - 1, year - 2016))][1] / 100;
    }

    /** Annual level implied by the 2017 anchor and the growth chain (levels and growth agree by construction). */
    double annualLevel(int p, int year) {
        double level = release(p)[1][0];
        for (int y = 2017; y < year; y++) level *= 1 + annualGrowth(p, y + 1);
        for (int y = 2017; y > year; y--) level /= 1 + annualGrowth(p, y);
        return level;
    }

    /** Target growth for the month (fraction), with the Spring Festival shift in January and February. */
    double monthlyGrowth(int p, int period) {
        return GrowthPath.festivalRatio(period, FESTIVAL_DEPTH[p]) * (1 + annualGrowth(p, Period.year(period))) - 1;
    }

    /** National output of the month in the product's unit. */
    double monthlyLevel(int p, int period) {
        int year = Period.year(period);
        if (calibratedOnGrowth(p))
            return annualLevel(p, year) * Seasonality.factor(period, FESTIVAL_DEPTH[p]) / Seasonality.yearSum(year, FESTIVAL_DEPTH[p]);
        double[][] t = p == STEEL ? steel : cement;
        double[] row = t[Math.max(0, Math.min(t.length - 1, year - 2014))];
        int m = Period.month(period);
        double v = row[m - 1];
        if (Double.isNaN(v)) { // not published (January/February): the year's level times a typical share
            double s = 0;
            for (int k = 2; k < 12; k++) s += row[k];
            v = s / 10 * JAN_FEB_SHARE[p][m - 1];
        }
        return v * 10_000;
    }

    /** National capacity at the end of the month, tonnes a year: straight line between Decembers. */
    double capacity(int p, int period) {
        double[] dec = CAPACITY_DEC_MT[p];
        int y = Math.max(CAPACITY_FIRST_YEAR + 1, Math.min(CAPACITY_FIRST_YEAR + dec.length - 1, Period.year(period)));
        double from = dec[y - 1 - CAPACITY_FIRST_YEAR], to = dec[y - CAPACITY_FIRST_YEAR];
        return (from + (to - from) * Period.month(period) / 12.0) * 1e6;
    }
}
