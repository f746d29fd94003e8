package org.momentum.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.momentum.classification.Period;
import org.momentum.quality.Flag;

/** The review queue's storage on both databases: a run replaces the month's flags, ranked; actions keep their order and audit. */
class QualityReviewTest {
    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void flagsRankAndActionsAreKept(TestDatabases kind) throws Exception {
        int dec = Period.of(2018, 12);
        try (Database db = Database.open(kind.newUrl(dir, "quality"))) {
            Map<String, Double> reportScore = Map.of("E1", 0.9, "E2", 0.5);
            QualityReview.replaceFlags(db, dec, List.of(new Flag("E1", dec, "output_value", 0.9, "jump", "x10 on last year"),
                    new Flag("E2", dec, "sales_value", 0.5, "ratio", "sales > 2 x output")), reportScore::get, "analyst");
            // a second run replaces, not adds
            QualityReview.replaceFlags(db, dec, List.of(new Flag("E2", dec, "sales_value", 0.5, "ratio", "sales > 2 x output"),
                    new Flag("E1", dec, "output_value", 0.9, "jump", "x10 on last year"),
                    new Flag("E1", dec, "employment", 0.4, "jump", "x3")), reportScore::get, "analyst");
            List<QualityReview.StoredFlag> flags = QualityReview.flags(db, dec);
            assertEquals(List.of("E1 output_value", "E1 employment", "E2 sales_value"),
                    flags.stream().map(f -> f.enterpriseId() + " " + f.indicator()).toList());
            long q = QualityReview.act(db, "E1", dec, "query", "please confirm", null, Double.NaN, "reviewer");
            long c = QualityReview.act(db, "E1", dec, "correct", "unit error", "output_value", 110, "reviewer");
            assertTrue(c > q);
            List<QualityReview.Action> acts = QualityReview.actions(db, dec);
            assertEquals(List.of("query", "correct"), acts.stream().map(QualityReview.Action::action).toList());
            assertTrue(Double.isNaN(acts.get(0).correctedValue()));
            assertEquals(110.0, acts.get(1).correctedValue());
            try (Connection conn = db.connect()) {
                assertNull(AuditLog.verify(conn));
            }
        }
    }
}
