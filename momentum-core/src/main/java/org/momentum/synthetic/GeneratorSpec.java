package org.momentum.synthetic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.momentum.classification.Period;

/**
 * What to generate: register size, the months of the report panel, the seed, which indicators to emit (all when
 * null or empty) and whether reports carry a restated {@code prev_year_value} for output value.
 */
public record GeneratorSpec(int enterprises, int fromPeriod, int toPeriod, long seed, Set<String> indicators,
                            boolean prevYearValues) {

    /** Every indicator the generator can emit, in emission order. */
    public static final List<String> ALL_INDICATORS = List.of(
            "output_value", "sales_value", "export_value", "revenue", "electricity", "employment",
            "product.industrial_robot", "product.nev", "product.crude_steel", "product.cement",
            "capacity.crude_steel", "capacity.cement");

    /** The six plain indicators (no products), as benchmarks use them. */
    public static final Set<String> BASIC_INDICATORS = Set.copyOf(ALL_INDICATORS.subList(0, 6));

    public GeneratorSpec {
        if (enterprises < 1) throw new IllegalArgumentException("enterprises must be at least 1, not " + enterprises);
        if (fromPeriod > toPeriod)
            throw new IllegalArgumentException("fromPeriod " + Period.format(fromPeriod) + " is after toPeriod " + Period.format(toPeriod));
        if (indicators == null || indicators.isEmpty()) indicators = Set.copyOf(ALL_INDICATORS);
        for (String i : indicators)
            if (!ALL_INDICATORS.contains(i)) throw new IllegalArgumentException("the generator does not produce '" + i + "' (it does " + ALL_INDICATORS + ")");
        indicators = Set.copyOf(new LinkedHashSet<>(indicators));
    }

    /** The demo of {@code momentum demo}: 20,000 enterprises, 2015-01..2018-12. */
    public static GeneratorSpec demo() {
        return new GeneratorSpec(20_000, Period.of(2015, 1), Period.of(2018, 12), 20171231L, null, true);
    }

    /** All indicators, with restated bases, for the given size and months. */
    public static GeneratorSpec of(int enterprises, int fromPeriod, int toPeriod, long seed) {
        return new GeneratorSpec(enterprises, fromPeriod, toPeriod, seed, null, true);
    }

    public GeneratorSpec withIndicators(Set<String> which) {
        return new GeneratorSpec(enterprises, fromPeriod, toPeriod, seed, which, prevYearValues);
    }

    public boolean emits(String indicator) { return indicators.contains(indicator); }
}
