package org.momentum.targets;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.momentum.indicators.IndicatorRow;

import java.util.List;

import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.forecast.Forecast;
import org.momentum.forecast.Forecaster;

/** Target status at its boundaries and the probability of meeting a target against hand-worked normal cases. */
class TargetAssessmentTest {
    static final int BASE = Period.of(2016, 12), DEADLINE = Period.of(2017, 12);

    /** "cut steel capacity by more than 50 Mt in 2017": change −50 Mt, down, tolerance 0. */
    static final Target STEEL = new Target("steel-2017", "Steel capacity cut", "钢铁去产能", "capacity.crude_steel", "3120", "ALL",
            1_185e6, BASE, GoalKind.CHANGE, -50e6, DEADLINE, Direction.DOWN, 0);
    /** "output growth of about 6% in 2018": growth 6, up, tolerance 0.5. */
    static final Target GROWTH = new Target("growth-2018", "Output growth", "工业增长", "output_value", "ALL", "ALL",
            1e9, Period.of(2017, 12), GoalKind.GROWTH, 6.0, Period.of(2018, 12), Direction.UP, 0.5);

    @Test
    void metIncludesTheBoundaryGoalMinusTolerance() {
        assertTrue(GROWTH.met(5.5));           // exactly goal − tolerance
        assertFalse(GROWTH.met(Math.nextDown(5.5)));
        assertTrue(STEEL.met(-50e6));          // exactly the goal, down
        assertFalse(STEEL.met(Math.nextUp(-50e6)));
        assertFalse(STEEL.met(Double.NaN));
    }

    @Test
    void atTheDeadlineTheOutcomeIsFinal() {
        TargetAssessment a = TargetAssessment.assess(STEEL, DEADLINE, -50e6, null);
        assertEquals(TargetStatus.ACHIEVED, a.status());
        assertEquals(1.0, a.progress(), 1e-15);
        assertEquals(1.0, a.probability());
        TargetAssessment b = TargetAssessment.assess(STEEL, DEADLINE, -49_999_999, new OutcomeForecast(-60e6, 1e6, "x", "x"));
        assertEquals(TargetStatus.OFF_TRACK, b.status(), "missed at the deadline whatever a forecast said");
        assertEquals(0.0, b.probability());
        assertNull(b.forecast());
        assertEquals(TargetStatus.OFF_TRACK, TargetAssessment.assess(GROWTH, Period.of(2019, 3), 5.49, null).status());
        assertEquals(TargetStatus.ACHIEVED, TargetAssessment.assess(GROWTH, Period.of(2018, 12), 5.5, null).status());
    }

    @Test
    void aCutReachedBeforeTheDeadlineIsAchievedButAGrowthRateIsNot() {
        assertEquals(TargetStatus.ACHIEVED, TargetAssessment.assess(STEEL, Period.of(2017, 8), -51e6, null).status());
        // 6.8% year to date in June is not final: with a forecast saying p = 0.5 it is at risk
        TargetAssessment g = TargetAssessment.assess(GROWTH, Period.of(2018, 6), 6.8, new OutcomeForecast(5.5, 1, "x", "x"));
        assertEquals(0.5, g.probability(), 1e-15);
        assertEquals(TargetStatus.AT_RISK, g.status());
    }

    @Test
    void probabilityBoundariesSplitOnTrackAtRiskAndOffTrack() {
        assertEquals(TargetStatus.ON_TRACK, TargetAssessment.byProbability(0.66));
        assertEquals(TargetStatus.AT_RISK, TargetAssessment.byProbability(Math.nextDown(0.66)));
        assertEquals(TargetStatus.AT_RISK, TargetAssessment.byProbability(0.33));
        assertEquals(TargetStatus.OFF_TRACK, TargetAssessment.byProbability(Math.nextDown(0.33)));
        // and through assess: p = Φ((mean − 5.5) / 1) with mean 6.5 (0.84), 5.5 (0.5), 4.5 (0.16)
        int june = Period.of(2018, 6);
        assertEquals(TargetStatus.ON_TRACK, TargetAssessment.assess(GROWTH, june, 6.0, new OutcomeForecast(6.5, 1, "x", "x")).status());
        assertEquals(TargetStatus.AT_RISK, TargetAssessment.assess(GROWTH, june, 6.0, new OutcomeForecast(5.5, 1, "x", "x")).status());
        assertEquals(TargetStatus.OFF_TRACK, TargetAssessment.assess(GROWTH, june, 6.0, new OutcomeForecast(4.5, 1, "x", "x")).status());
    }

    @Test
    void withoutAForecastTheStraightLineDecides() {
        int june = Period.of(2017, 6); // half of the time gone
        assertEquals(TargetStatus.ON_TRACK, TargetAssessment.assess(STEEL, june, -25e6, null).status());   // 25 of 50 at half time
        assertEquals(TargetStatus.AT_RISK, TargetAssessment.assess(STEEL, june, -24.9e6, null).status());
        assertTrue(Double.isNaN(TargetAssessment.assess(STEEL, june, -25e6, null).probability()));
        assertEquals(0.5, TargetAssessment.assess(STEEL, june, -25e6, null).progress(), 1e-15);
    }

    @Test
    void probabilityOfAHandWorkedNormalCase() {
        // mean 6.4, sd 0.3, goal 6.0, tolerance 0: P(X ≥ 6) = Φ(0.4/0.3) = Φ(4/3) = 0.9087887802741321 (R: pnorm(4/3))
        Target six = new Target("g", "g", "g", "output_value", "ALL", "ALL", 1, Period.of(2017, 12), GoalKind.GROWTH, 6.0,
                Period.of(2018, 12), Direction.UP, 0);
        assertEquals(0.9087887802741321, new OutcomeForecast(6.4, 0.3, "x", "x").probabilityMet(six), 1e-12);
        // the same through the adapter: a 95% interval 6.4 ± 1.959964·0.3 gives back sd 0.3
        Forecaster fixed = constant(new double[] {6.4}, new double[] {0.3});
        OutcomeForecast f = ForecastOutlook.level(fixed, new double[] {1, 2, 3, 4, 5, 6}, 12, 1, 0);
        assertEquals(6.4, f.mean(), 1e-12);
        assertEquals(0.3, f.sd(), 1e-12);
        assertEquals(0.9087887802741321, f.probabilityMet(six), 1e-12);
        // a cut: mean 55 Mt, sd 4 Mt, goal 50 Mt down (outcome −cut): P(−X ≤ −50) = Φ(5/4) = 0.8943502263331446
        assertEquals(0.8943502263331446, new OutcomeForecast(-55e6, 4e6, "x", "x").probabilityMet(STEEL), 1e-12);
    }

    @Test
    void yearToDateGrowthIsTheBaseWeightedMeanOfMonthlyForecasts() {
        // known months: base 100 at 6.8%; two months to come, bases 50 and 50, forecasts 5.0 ± 0.5 and 6.0 ± 1.0 (sd)
        // mean = (100·6.8 + 50·5 + 50·6) / 200 = 6.15; sd ≤ (50·0.5 + 50·1.0) / 200 = 0.375
        // P(≥ 6.0) = Φ(0.15 / 0.375) = Φ(0.4) = 0.6554217416103242
        Forecaster fixed = constant(new double[] {5.0, 6.0}, new double[] {0.5, 1.0});
        OutcomeForecast f = ForecastOutlook.ytdGrowth(fixed, new double[] {6, 7, 6, 7, 6, 7}, 6.8, 100, new double[] {50, 50}, 1);
        assertEquals(6.15, f.mean(), 1e-12);
        assertEquals(0.375, f.sd(), 1e-12);
        Target six = new Target("g", "g", "g", "output_value", "ALL", "ALL", 1, Period.of(2017, 12), GoalKind.GROWTH, 6.0,
                Period.of(2018, 12), Direction.UP, 0);
        assertEquals(0.6554217416103242, f.probabilityMet(six), 1e-12);
    }

    @Test
    void aConstantPriceTargetWeighsItsMonthsByTheCurrentPriceLevels() {
        // output_value_real has no level (indicators.md): the year-to-date forecast weighs the months to come by the
        // current-price output a year earlier, exactly as a current-price target with the same growth would
        Target nominal = new Target("n", "n", "n", "output_value", "ALL", "ALL", 1, Period.of(2017, 12), GoalKind.GROWTH, 6.0,
                Period.of(2018, 12), Direction.UP, 0);
        Target real = new Target("r", "r", "r", "output_value_real", "ALL", "ALL", 1, Period.of(2017, 12), GoalKind.GROWTH, 6.0,
                Period.of(2018, 12), Direction.UP, 0);
        List<IndicatorRow> levels = new ArrayList<>(), realRows = new ArrayList<>();
        double ytdX = 0, ytdB = 0;
        for (int t = Period.of(2016, 1); t <= Period.of(2018, 6); t++) {
            double value = 100 + 40 * Period.month(t) + 10 * (Period.year(t) - 2016); // months of unequal size
            double yoy = 6 + Period.month(t) % 3;
            if (Period.month(t) == 1) { ytdX = 0; ytdB = 0; }
            ytdX += value * (1 + yoy / 100);
            ytdB += value;
            double ytdYoy = (ytdX / ytdB - 1) * 100;
            levels.add(new IndicatorRow("output_value", "ALL", "ALL", t, value, 10, yoy, Double.NaN, ytdYoy, Double.NaN));
            realRows.add(new IndicatorRow("output_value_real", "ALL", "ALL", t, Double.NaN, 10, yoy, Double.NaN, ytdYoy, Double.NaN));
        }
        Forecaster fixed = constant(new double[] {7, 7, 7, 7, 7, 7}, new double[] {1, 1, 1, 1, 1, 1});
        TargetAssessment byLevel = new TargetTracker(nominal, levels, false, null, fixed).assess(Period.of(2018, 6));
        TargetAssessment weighted = new TargetTracker(real, realRows, levels, false, null, fixed).assess(Period.of(2018, 6));
        TargetAssessment unweighted = new TargetTracker(real, realRows, false, null, fixed).assess(Period.of(2018, 6));
        assertEquals(byLevel.probability(), weighted.probability(), 1e-12);
        assertNotEquals(byLevel.probability(), unweighted.probability(), 1e-6);
    }

    /** A method that returns the given means with normal intervals of the given sd's, whatever the data. */
    static Forecaster constant(double[] mean, double[] sd) {
        return new Forecaster() {
            @Override public String name() { return "fixed"; }

            @Override public Forecast forecast(double[] y, int frequency, int horizon) {
                return Forecast.normal("fixed", java.util.Arrays.copyOf(mean, horizon), java.util.Arrays.copyOf(sd, horizon));
            }
        };
    }
}
