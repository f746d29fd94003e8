package org.momentum.indicators;

/**
 * The sums of indicators.md for one measure, month, industrial class and province over a set of enterprises: the
 * level Σx and the count of in-scope enterprises with a value, and over the matched set M the sums Σx, Σb (and
 * Σx/p for output_value with prices; NaN when not summed) and |M|. Sums of disjoint sets of enterprises add up,
 * which is what lets a panel be cut by enterprise, summed part by part and combined
 * ({@link IndicatorEngine#fineCells}, {@link IndicatorEngine#combine}).
 */
public record FineCell(String measure, int period, String industryClass, String province,
                       double level, int enterprises, double matchedX, double matchedBase, double matchedXReal, int matched) {

    /** The sums of both sets of enterprises; the sets must be disjoint and the cell the same. */
    public FineCell plus(FineCell o) {
        if (!measure.equals(o.measure) || period != o.period || !industryClass.equals(o.industryClass) || !province.equals(o.province))
            throw new IllegalArgumentException("cannot add the sums of two different cells: " + this + " and " + o);
        return new FineCell(measure, period, industryClass, province, level + o.level, enterprises + o.enterprises,
                matchedX + o.matchedX, matchedBase + o.matchedBase, matchedXReal + o.matchedXReal, matched + o.matched);
    }
}
