package org.momentum.dissemination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.momentum.dissemination.UnitsTest.at;
import static org.momentum.dissemination.UnitsTest.monthly;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;

/** FRED's frequency aggregation: avg, sum, eop; incomplete first/last periods left out, gaps inside ignored. */
class FrequencyAggregationTest {
    final int feb17 = Period.of(2017, 2);
    // 2017-02..2018-04 with 2017-08 missing
    final List<RealTimeObservation> x = monthly(feb17, 2, 3, 4, 5, 6, 7, Double.NaN, 9, 10, 11, 12, 13, 14, 15, 16);

    @Test
    void quarters() {
        List<RealTimeObservation> avg = FrequencyAggregation.aggregate(x, Frequency.QUARTERLY, AggregationMethod.AVG);
        // 2017-Q1 (Feb, Mar only) is the first quarter and incomplete; 2018-Q2 (Apr only) the last: both left out
        assertEquals(List.of(Period.of(2017, 4), Period.of(2017, 7), Period.of(2017, 10), Period.of(2018, 1)),
                avg.stream().map(RealTimeObservation::period).toList());
        assertEquals(5.0, at(avg, Period.of(2017, 4)), 1e-12);   // (4 + 5 + 6) / 3
        assertEquals(8.0, at(avg, Period.of(2017, 7)), 1e-12);   // (7 + 9) / 2: August is missing and ignored
        List<RealTimeObservation> sum = FrequencyAggregation.aggregate(x, Frequency.QUARTERLY, AggregationMethod.SUM);
        assertEquals(16.0, at(sum, Period.of(2017, 7)), 1e-12);  // 7 + 9
        assertEquals(42.0, at(sum, Period.of(2018, 1)), 1e-12);  // 13 + 14 + 15
        List<RealTimeObservation> eop = FrequencyAggregation.aggregate(x, Frequency.QUARTERLY, AggregationMethod.EOP);
        assertEquals(12.0, at(eop, Period.of(2017, 10)), 1e-12); // December
        assertEquals(9.0, at(eop, Period.of(2017, 7)), 1e-12);   // September
    }

    @Test
    void yearsAndHalfYears() {
        // 2016-01..2018-03: 2016 and 2017 complete, 2018 (3 months) left out
        double[] v = new double[27];
        for (int i = 0; i < v.length; i++) v[i] = i + 1;
        List<RealTimeObservation> s = monthly(Period.of(2016, 1), v);
        List<RealTimeObservation> a = FrequencyAggregation.aggregate(s, Frequency.ANNUAL, AggregationMethod.SUM);
        assertEquals(2, a.size());
        assertEquals(78.0, at(a, Period.of(2016, 1)), 1e-12);    // 1 + … + 12
        assertEquals(222.0, at(a, Period.of(2017, 1)), 1e-12);   // 13 + … + 24
        assertEquals("2017", Frequency.ANNUAL.label(a.get(1).period()));
        List<RealTimeObservation> h = FrequencyAggregation.aggregate(s, Frequency.SEMIANNUAL, AggregationMethod.AVG);
        assertEquals(4, h.size());
        assertEquals(9.5, at(h, Period.of(2016, 7)), 1e-12);     // (7 + … + 12) / 6
        assertEquals("2016-H2", Frequency.SEMIANNUAL.label(h.get(1).period()));
        // annual growth on the annual sums: (222 / 78 − 1)·100
        assertEquals((222.0 / 78 - 1) * 100, at(Units.PC1.apply(a, Frequency.ANNUAL), Period.of(2017, 1)), 1e-12);
    }

    @Test
    void realTimePeriodOfAnAggregateIsWhereAllItsMonthsWereValid() {
        Instant t1 = Instant.parse("2018-01-15T01:30:00Z"), t2 = Instant.parse("2018-02-15T01:30:00Z"), t3 = Instant.parse("2018-03-15T01:30:00Z");
        int jan = Period.of(2017, 1);
        List<RealTimeObservation> s = List.of(
                new RealTimeObservation(jan, 1, ObservationStatus.NORMAL, t1, null, 1),
                new RealTimeObservation(jan + 1, 2, ObservationStatus.NORMAL, t2, t3, 2),
                new RealTimeObservation(jan + 2, 3, ObservationStatus.NORMAL, t1, null, 1));
        RealTimeObservation q = FrequencyAggregation.aggregate(s, Frequency.QUARTERLY, AggregationMethod.AVG).get(0);
        assertEquals(t2, q.realtimeStart());
        assertEquals(t3, q.realtimeEnd());
        assertEquals(2, q.release());
        assertEquals("2017-01-01", Frequency.date(q.period()));
        assertEquals("2017-Q1", Frequency.QUARTERLY.label(q.period()));
    }
}
