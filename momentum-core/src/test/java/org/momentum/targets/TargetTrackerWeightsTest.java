package org.momentum.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.forecast.Forecasters;
import org.momentum.indicators.IndicatorRow;

/**
 * A growth target on output_value_real (growth but no level): its months are weighted in the year's growth by
 * output_value a year earlier (indicators.md "Constant prices"), not equally.
 */
class TargetTrackerWeightsTest {
    static final Target GROWTH = new Target("g", "growth", "增长", "output_value_real", "ALL", "ALL", 1000, Period.of(2017, 12),
            GoalKind.GROWTH, 6, Period.of(2018, 12), Direction.UP, 0.5);

    @Test
    void realGrowthIsWeightedByTheNominalLevelsAYearEarlier() {
        List<IndicatorRow> real = new ArrayList<>(), nominal = new ArrayList<>(), realWithLevels = new ArrayList<>();
        for (int p = Period.of(2015, 1); p <= Period.of(2018, 6); p++) {
            int m = Period.month(p);
            double level = 100 + 40 * Math.sin(m / 2.0) + (p - Period.of(2015, 1));    // seasonal, so equal weights are wrong
            double yoy = p < Period.of(2016, 1) ? Double.NaN : 6 + Math.cos(p / 3.0);
            real.add(new IndicatorRow("output_value_real", "ALL", "ALL", p, Double.NaN, 10, yoy, Double.NaN, 6.2, Double.NaN));
            nominal.add(new IndicatorRow("output_value", "ALL", "ALL", p, level, 10, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
            realWithLevels.add(new IndicatorRow("output_value_real", "ALL", "ALL", p, level, 10, yoy, Double.NaN, 6.2, Double.NaN));
        }
        int june = Period.of(2018, 6);
        OutcomeForecast weighted = new TargetTracker(GROWTH, real, nominal, false, null, Forecasters.byName("ets")).forecast(june, 6.2);
        OutcomeForecast same = new TargetTracker(GROWTH, realWithLevels, false, null, Forecasters.byName("ets")).forecast(june, 6.2);
        OutcomeForecast equal = new TargetTracker(GROWTH, real, false, null, Forecasters.byName("ets")).forecast(june, 6.2);
        assertNotNull(weighted);
        assertEquals(same, weighted, "the weights are the other series' levels");
        assertNotEquals(equal.mean(), weighted.mean(), "without levels every month would weigh the same");
    }
}
