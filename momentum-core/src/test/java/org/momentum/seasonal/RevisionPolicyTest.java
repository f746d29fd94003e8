package org.momentum.seasonal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.seasonal.AdjustmentSpec.Method;

/** A release a year later under each revision policy, starting from the model saved a year earlier. */
class RevisionPolicyTest {
    static final int START = Period.of(2008, 1);

    /** The synthetic series to 2019-12 with an additive outlier (+30%) in 2019-06. */
    static double[] withOutlier(List<Regressor> regs) {
        double[] y = SeasonalAdjusterTest.synthetic(regs, true, 21);
        y[Period.of(2019, 6) - START] *= 1.3;
        return y;
    }

    static AdjustmentResult.RegressorEstimate sf(AdjustmentResult r) {
        return r.diagnostics().regressors().stream().filter(e -> e.name().equals("sf")).findFirst().orElseThrow();
    }

    @Test void policiesKeepWhatTheyPromise() {
        for (Method m : Method.values()) {
            List<Regressor> regs = CalendarFiles.regressors();
            double[] y = withOutlier(regs), lastYear = Arrays.copyOf(y, y.length - 12);
            SeasonalAdjuster adj = new SeasonalAdjuster(AdjustmentSpec.of(m, "RSA4"), regs);
            AdjustmentResult before = adj.adjust(START, lastYear);
            SavedModel saved = before.model();
            assertNotNull(saved, m.name());
            assertEquals(saved, SavedModel.parse(saved.format()), "the text form round-trips");
            String what = m + " " + saved.format();

            AdjustmentResult fixed = adj.adjust(START, y, Map.of(), RevisionPolicy.FIXED, saved);
            assertEquals(before.diagnostics().arima(), fixed.diagnostics().arima(), what);
            assertEquals(before.diagnostics().outliers(), fixed.diagnostics().outliers(), what);
            assertEquals(before.diagnostics().log(), fixed.diagnostics().log(), what);
            assertArrayEquals(saved.theta(), fixed.model().theta(), 1e-12, what);       // nothing re-estimated
            assertArrayEquals(saved.btheta(), fixed.model().btheta(), 1e-12, what);
            assertArrayEquals(saved.calendar(), fixed.model().calendar(), 1e-12, what);

            AdjustmentResult params = adj.adjust(START, y, Map.of(), RevisionPolicy.PARAMETERS, saved);
            assertEquals(before.diagnostics().arima(), params.diagnostics().arima(), what);
            assertEquals(before.diagnostics().outliers(), params.diagnostics().outliers(), what);
            assertNotEquals(saved.calendar()[0], params.model().calendar()[0], what);   // re-estimated, close to the truth
            assertEquals(SeasonalAdjusterTest.BETA_SF, sf(params).coefficient(), 0.01, what);

            AdjustmentResult recent = adj.adjust(START, y, Map.of(), RevisionPolicy.OUTLIERS, saved);
            assertEquals(before.diagnostics().arima(), recent.diagnostics().arima(), what);
            assertTrue(recent.diagnostics().outliers().containsAll(before.diagnostics().outliers()), what);
            assertTrue(recent.diagnostics().outliers().stream().anyMatch(o -> o.startsWith("AO") && o.contains("2019-06")),
                    what + " " + recent.diagnostics().outliers());              // the new month's outlier is found
            for (String o : recent.diagnostics().outliers())
                assertTrue(before.diagnostics().outliers().contains(o) || o.contains("2019-"), o);   // new ones only in the last year

            AdjustmentResult complete = adj.adjust(START, y, Map.of(), RevisionPolicy.COMPLETE, saved);
            assertTrue(complete.diagnostics().outliers().stream().anyMatch(o -> o.contains("2019-06")), what);
            assertTrue(complete.diagnostics().notes().isEmpty());

            AdjustmentResult none = adj.adjust(START, y, Map.of(), RevisionPolicy.PARAMETERS, null);
            assertTrue(none.diagnostics().notes().get(0).startsWith("no saved model"), none.diagnostics().notes().toString());
        }
        assertEquals(RevisionPolicy.OUTLIERS, RevisionPolicy.parse("Outliers"));
        assertThrows(IllegalArgumentException.class, () -> RevisionPolicy.parse("concurrent"));
    }
}
