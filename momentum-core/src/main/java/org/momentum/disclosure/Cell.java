package org.momentum.disclosure;

import org.momentum.classification.Period;

/**
 * One published magnitude cell and what disclosure control needs to know about it (formats.md, "Disclosure"):
 * the table it belongs to (e.g. {@code output_value}), its industry ({@code ALL}, a section, division, group or
 * class) and region ({@code ALL} or a province {@code NN0000}), the month, the value (sum over contributors), the
 * number of contributors and the two largest contributions. {@code period} is a {@link Period} int.
 */
public record Cell(String table, String industry, String region, int period, double value, int contributors,
                   double largest1, double largest2) {
    public static final String ALL = "ALL";

    public Cell {
        if (table == null || table.isEmpty()) throw new IllegalArgumentException("a cell needs a table name");
        if (industry == null || industry.isEmpty() || region == null || region.isEmpty())
            throw new IllegalArgumentException("a cell needs an industry and a region");
        if (!(value >= 0) || Double.isInfinite(value)) throw new IllegalArgumentException(this + ": value must be a finite number ≥ 0");
        if (contributors < 0) throw new IllegalArgumentException(this + ": contributors must be ≥ 0");
        if (!(largest1 >= 0) || !(largest2 >= 0) || Double.isInfinite(largest1))
            throw new IllegalArgumentException(this + ": largest contributions must be finite numbers ≥ 0");
        if (largest2 > largest1) throw new IllegalArgumentException(this + ": largest2 is above largest1");
        if (largest1 + largest2 > value * (1 + 1e-9) + 1e-9)
            throw new IllegalArgumentException(this + ": the two largest contributions add up to more than the value");
        if (contributors < 2 && largest2 != 0) throw new IllegalArgumentException(this + ": one contributor cannot have a second largest contribution");
    }

    /** table/industry/region/period, the name a message uses. */
    public String key() { return table + "/" + industry + "/" + region + "/" + Period.format(period); }

    @Override
    public String toString() { return "cell " + table + "/" + industry + "/" + region + "/" + Period.format(period); }
}
