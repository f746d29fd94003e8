package org.momentum.app.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;

/**
 * The server holds published releases in memory and memoises rendered observations: a publication must show at
 * once (no stale answer), an embargoed release not before its time, and an as_of before a publication still the
 * numbers of then — the same answers as reading the store each time.
 */
class PublishedCacheTest {
    static final String ALL = "/api/series/output_value.ALL.ALL/observations";

    @Test
    void aPublicationReplacesWhatWasHeldAndAsOfStillSeesThePast(@TempDir Path dir) throws Exception {
        try (ReleaseScenario s = new ReleaseScenario(dir)) {
            Release r1 = s.publishAtEmbargo(s.approved(Period.of(2017, 2), s.afterFile1, 0, null));
            JsonNode first = s.get(ALL);
            assertEquals(first, s.get(ALL), "a second request (memoised) answers the same");
            String feb = value(first, "2017-02");
            Release a2 = s.approved(Period.of(2017, 3), s.afterFile2, 0, null);
            assertEquals(first.get("observations"), s.get(ALL).get("observations"), "approved but embargoed: nothing new");
            Release r2 = s.publishAtEmbargo(a2);
            JsonNode second = s.get(ALL);
            assertEquals(first.get("count").asInt() + 1, second.get("count").asInt(), "March is public at once");
            assertNotEquals(feb, value(second, "2017-02"), "the second file revised February");
            assertEquals(r2.id(), release(second, "2017-02"));
            // as of just before the second release: the first release's numbers, from the same held vintages
            JsonNode before = s.get(ALL + "?as_of=" + r2.publishedAt().minusSeconds(1));
            assertEquals(first.get("observations"), before.get("observations"));
            assertEquals(r1.id(), release(before, "2017-02"));
            // the SDMX answer moved with it
            String sdmx = s.request("/sdmx/data/INDUSTRY/M.output_value.ALL.ALL.value?format=csv").body();
            assertEquals(second.get("count").asInt() + 1, sdmx.lines().count(), sdmx);
        }
    }

    private static String value(JsonNode j, String period) {
        for (JsonNode o : j.get("observations")) if (o.get("period").asText().equals(period)) return o.get("value").asText();
        throw new AssertionError("no " + period + " in " + j);
    }

    private static long release(JsonNode j, String period) {
        for (JsonNode o : j.get("observations")) if (o.get("period").asText().equals(period)) return o.get("release").asLong();
        throw new AssertionError("no " + period + " in " + j);
    }
}
