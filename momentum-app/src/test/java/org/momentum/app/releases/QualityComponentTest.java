package org.momentum.app.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;

/** A release publishes its month's response rate and flagged share beside the figures (QualityComponent). */
class QualityComponentTest {
    @Test
    void aReleaseCarriesTheResponseRateAndTheFlaggedShare(@TempDir Path dir) throws Exception {
        // seven enterprises in scope, six of them report (the seventh, in Guangzhou, has sent nothing)
        String enterprises = ReleaseScenario.ENTERPRISES + "E3a,广州未报送企业,3612,440103,large,2016-01,\n";
        String reports = ReleaseScenario.HEADER + ReleaseScenario.reports("E1", ReleaseScenario.E1) + ReleaseScenario.reports("E2", ReleaseScenario.E2);
        try (ReleaseScenario s = new ReleaseScenario(dir, enterprises, reports)) {
            Release r = s.publishAtEmbargo(s.approved(Period.of(2017, 3), s.afterFile1, 0, null));
            JsonNode response = s.get("/api/series/output_value.ALL.ALL.response_pct/observations");
            assertEquals(1, response.get("observations").size(), response.toString());
            assertEquals("2017-03", response.get("observations").get(0).get("date").asText().substring(0, 7));
            assertEquals(600.0 / 7, response.get("observations").get(0).get("value").asDouble(), 1e-9);
            JsonNode manufacturing = s.get("/api/series/output_value.C.ALL.response_pct/observations");
            assertEquals(600.0 / 7, manufacturing.get("observations").get(0).get("value").asDouble(), 1e-9);
            JsonNode flagged = s.get("/api/series/output_value.ALL.ALL.flagged_pct/observations");
            double share = flagged.get("observations").get(0).get("value").asDouble();
            assertTrue(share >= 0 && share <= 100 && Math.abs(share * 6 / 100 - Math.rint(share * 6 / 100)) < 1e-9, "a share of six reports: " + share);
            JsonNode series = s.get("/api/series/output_value.ALL.ALL.response_pct");
            assertTrue(series.toString().contains("response rate"), series.toString());
        }
    }
}
