package org.momentum.dissemination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;

/** ALFRED's real-time periods: what was public at any instant, and each value's period of validity. */
class RealTimeTest {
    final int jan = Period.of(2018, 1), feb = Period.of(2018, 2);
    final Instant t1 = Instant.parse("2018-02-14T01:30:00Z"), t2 = Instant.parse("2018-03-14T01:30:00Z"), t3 = Instant.parse("2018-03-20T02:00:00Z");
    // release 1 publishes January; release 2 revises January and adds February; release 3 (a correction) withdraws January
    final List<Vintage> v = List.of(
            new Vintage(feb, 210, ObservationStatus.NORMAL, 2, t2),
            new Vintage(jan, 100, ObservationStatus.NORMAL, 1, t1),
            new Vintage(jan, 101, ObservationStatus.NORMAL, 2, t2),
            new Vintage(jan, Double.NaN, ObservationStatus.MISSING, 3, t3));

    @Test
    void asOf() {
        assertTrue(RealTime.asOf(v, t1.minusNanos(1000)).isEmpty(), "nothing before the first release");
        List<RealTimeObservation> first = RealTime.asOf(v, t1);
        assertEquals(1, first.size());
        assertEquals(100, first.get(0).value());
        assertEquals(t1, first.get(0).realtimeStart());
        assertEquals(t2, first.get(0).realtimeEnd(), "valid until the revision");
        List<RealTimeObservation> second = RealTime.asOf(v, t2);
        assertEquals(List.of(101.0, 210.0), second.stream().map(RealTimeObservation::value).toList());
        assertEquals(t3, second.get(0).realtimeEnd());
        assertNull(second.get(1).realtimeEnd(), "February is still current");
        List<RealTimeObservation> now = RealTime.asOf(v, t3.plusSeconds(86400));
        assertEquals(1, now.size(), "January was withdrawn by the correction");
        assertEquals(feb, now.get(0).period());
    }

    @Test
    void history() {
        List<RealTimeObservation> h = RealTime.history(v);
        assertEquals(4, h.size());
        assertEquals(List.of(1L, 2L, 3L, 2L), h.stream().map(RealTimeObservation::release).toList());
        assertEquals(ObservationStatus.MISSING, h.get(2).status());
        assertEquals(t3, h.get(1).realtimeEnd());
    }
}
