package org.momentum.dissemination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;

/** FRED's units formulas against values worked by hand (fredhelp "What Formulas are Used to Calculate Growth Rates?"). */
class UnitsTest {
    static final Instant T = Instant.parse("2018-03-15T01:30:00Z");
    // 2017-01..2018-02
    static final double[] X = {100, 102, 101, 105, 110, 108, 112, 115, 117, 116, 120, 125, 130, 128};

    static List<RealTimeObservation> monthly(int from, double... xs) {
        List<RealTimeObservation> out = new ArrayList<>();
        for (int i = 0; i < xs.length; i++)
            if (!Double.isNaN(xs[i])) out.add(new RealTimeObservation(from + i, xs[i], ObservationStatus.NORMAL, T, null, 1));
        return out;
    }

    static double at(List<RealTimeObservation> s, int period) {
        for (RealTimeObservation o : s) if (o.period() == period) return o.value();
        throw new AssertionError("no observation for " + Period.format(period));
    }

    final int jan17 = Period.of(2017, 1), feb17 = Period.of(2017, 2), jan18 = Period.of(2018, 1), feb18 = Period.of(2018, 2);
    final List<RealTimeObservation> x = monthly(jan17, X);

    @Test
    void monthlyFormulas() {
        assertEquals(128, at(Units.LIN.apply(x, Frequency.MONTHLY), feb18));
        assertEquals(-2, at(Units.CHG.apply(x, Frequency.MONTHLY), feb18), 1e-12);          // 128 − 130
        assertEquals(30, at(Units.CH1.apply(x, Frequency.MONTHLY), jan18), 1e-12);          // 130 − 100
        assertEquals(26, at(Units.CH1.apply(x, Frequency.MONTHLY), feb18), 1e-12);          // 128 − 102
        assertEquals(2.0, at(Units.PCH.apply(x, Frequency.MONTHLY), feb17), 1e-12);         // (102/100 − 1)·100
        assertEquals(30.0, at(Units.PC1.apply(x, Frequency.MONTHLY), jan18), 1e-12);        // (130/100 − 1)·100
        assertEquals(25.49019607843137, at(Units.PC1.apply(x, Frequency.MONTHLY), feb18), 1e-12); // (128/102 − 1)·100
        assertEquals(26.824179456254548, at(Units.PCA.apply(x, Frequency.MONTHLY), feb17), 1e-9); // (1.02^12 − 1)·100
        assertEquals(1.980262729617973, at(Units.CCH.apply(x, Frequency.MONTHLY), feb17), 1e-12); // ln(1.02)·100
        assertEquals(23.763152755415675, at(Units.CCA.apply(x, Frequency.MONTHLY), feb17), 1e-9); // ln(1.02)·100·12
        assertEquals(4.605170185988092, at(Units.LOG.apply(x, Frequency.MONTHLY), jan17), 1e-12); // ln 100
    }

    @Test
    void undefinedWhereTheEarlierObservationIsMissing() {
        List<RealTimeObservation> pch = Units.PCH.apply(x, Frequency.MONTHLY);
        assertEquals(X.length, pch.size(), "one row per observation, as FRED (with '.' for the first)");
        assertFalse(pch.get(0).defined());
        List<RealTimeObservation> pc1 = Units.PC1.apply(x, Frequency.MONTHLY);
        for (int i = 0; i < 12; i++) assertFalse(pc1.get(i).defined(), "no year-ago value in 2017");
        // a gap: x(t−1) missing makes pch undefined at t, not a change over two months
        List<RealTimeObservation> gap = monthly(jan17, 100, Double.NaN, 110);
        assertFalse(Units.PCH.apply(gap, Frequency.MONTHLY).get(1).defined());
        // zero denominator and logs of non-positive numbers are undefined
        List<RealTimeObservation> zero = monthly(jan17, 0, 5);
        assertFalse(Units.PCH.apply(zero, Frequency.MONTHLY).get(1).defined());
        assertFalse(Units.LOG.apply(zero, Frequency.MONTHLY).get(0).defined());
        assertFalse(Units.CCH.apply(zero, Frequency.MONTHLY).get(1).defined());
    }

    @Test
    void quarterlyUsesFourObservationsPerYear() {
        List<RealTimeObservation> q = FrequencyAggregation.aggregate(x, Frequency.QUARTERLY, AggregationMethod.AVG);
        assertEquals(101.0, at(q, jan17), 1e-12);                    // (100 + 102 + 101) / 3
        assertEquals(107.66666666666667, at(q, Period.of(2017, 4)), 1e-12); // (105 + 110 + 108) / 3
        // ((107.667 / 101)^4 − 1)·100
        assertEquals(29.1336942016452, at(Units.PCA.apply(q, Frequency.QUARTERLY), Period.of(2017, 4)), 1e-9);
        // 2018-Q1 has two months and is the last quarter: left out (FRED's rule for the last observation)
        assertTrue(q.stream().noneMatch(o -> o.period() == jan18));
    }

    @Test
    void aWithheldInputWithholdsTheResult() {
        List<RealTimeObservation> s = new ArrayList<>(monthly(jan17, 100, 102));
        s.set(0, new RealTimeObservation(jan17, Double.NaN, ObservationStatus.CONFIDENTIAL, T, null, 1));
        RealTimeObservation pch = Units.PCH.apply(s, Frequency.MONTHLY).get(1);
        assertEquals(ObservationStatus.CONFIDENTIAL, pch.status());
        assertTrue(Double.isNaN(pch.value()));
    }

    @Test
    void codes() {
        for (Units u : Units.values()) assertEquals(u, Units.ofCode(u.code()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.ofCode("pct"));
        assertTrue(e.getMessage().contains("lin, chg, ch1, pch, pc1, pca, cch, cca, log"));
    }
}
