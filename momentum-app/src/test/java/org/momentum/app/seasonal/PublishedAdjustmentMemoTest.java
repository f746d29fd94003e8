package org.momentum.app.seasonal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.momentum.app.files.Progress;
import org.momentum.classification.Period;
import org.momentum.seasonal.AdjustmentSpec;
import org.momentum.seasonal.RevisionPolicy;
import org.momentum.store.AdjustedSeries;
import org.momentum.store.ReferenceData;

/** The same series adjusted twice in one process (compute, then a release) is adjusted once; a changed value is not reused. */
class PublishedAdjustmentMemoTest {
    private static AdjustedSeries.Levels series(double bump) {
        int n = 48;
        int[] p = new int[n];
        double[] v = new double[n];
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < n; i++) {
            p[i] = Period.of(2015, 1) + i;
            v[i] = 100 * Math.pow(1.005, i) * (1 + 0.08 * Math.sin(2 * Math.PI * (i % 12) / 12)) * (1 + 0.01 * rnd.nextGaussian());
        }
        v[n - 1] += bump;
        return new AdjustedSeries.Levels(new AdjustedSeries.Key("output_value", "ALL", "ALL"), p, v);
    }

    @Test
    void sameInputsReuseTheResultChangedInputsDoNot() {
        PublishedAdjustment pa = new PublishedAdjustment(ReferenceData.shipped(), ChinaCalendar.shipped());
        AdjustmentSpec spec = AdjustmentSpec.chinaDefault();
        var first = pa.adjust(List.of(series(0)), spec, RevisionPolicy.COMPLETE, Map.of(), 1, Progress.NONE);
        var again = pa.adjust(List.of(series(0)), spec, RevisionPolicy.COMPLETE, Map.of(), 1, Progress.NONE);
        assertEquals(1, first.size());
        assertSame(first.get(0).result(), again.get(0).result());
        var revised = pa.adjust(List.of(series(5)), spec, RevisionPolicy.COMPLETE, Map.of(), 1, Progress.NONE);
        assertNotSame(first.get(0).result(), revised.get(0).result());
        assertEquals(first.get(0).result().length(), revised.get(0).result().length());
    }
}
