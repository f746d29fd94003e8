package org.momentum.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The group commit's memory of used Idempotency-Keys (DuckDB): never forgets a key, and survives a restart. */
class UsedKeysTest {
    @TempDir Path dir;

    @Test
    void everyAddedKeyIsFoundAfterTheTableGrew() {
        UsedKeys k = new UsedKeys();
        for (int i = 0; i < 200_000; i++) k.add("reporter." + (i % 97), "key-" + i);
        assertEquals(200_000, k.size());
        for (int i = 0; i < 200_000; i++) assertTrue(k.mayContain("reporter." + (i % 97), "key-" + i), "key " + i);
        int falsePositives = 0;
        for (int i = 0; i < 100_000; i++) if (k.mayContain("reporter." + (i % 97), "other-" + i)) falsePositives++;
        assertEquals(0, falsePositives, "64-bit hashes: a collision among 300,000 keys is a 1 in 10^8 event");
        assertFalse(k.mayContain("reporter.1", "key-0"), "a key is scoped to its principal");
    }

    @Test
    void aRetryAfterARestartIsReplayedFromTheStore() throws Exception {
        String url = "jdbc:duckdb:" + dir.resolve("k.duckdb");
        SubmissionOutcome first;
        try (Database db = Database.open(url); GroupCommit gc = new GroupCommit(db, 10)) {
            first = gc.submit(GroupCommitTest.sub("a", "E1", GroupCommitTest.DEC, "k1", "h1", 10, 20)).get();
            assertEquals(SubmissionOutcome.Kind.APPLIED, first.kind());
            // the same key again in the same run: known in memory, looked up, replayed
            assertEquals(SubmissionOutcome.Kind.REPLAYED, gc.submit(GroupCommitTest.sub("a", "E1", GroupCommitTest.DEC, "k1", "h1", 10, 20)).get().kind());
        }
        try (Database db = Database.open(url); GroupCommit gc = new GroupCommit(db, 10)) {
            SubmissionOutcome again = gc.submit(GroupCommitTest.sub("a", "E1", GroupCommitTest.DEC, "k1", "h1", 10, 20)).get();
            assertEquals(SubmissionOutcome.Kind.REPLAYED, again.kind(), "the keys are read from the store after a restart");
            assertEquals(first.receipt().receipt(), again.receipt().receipt());
            assertEquals(SubmissionOutcome.Kind.KEY_REUSED, gc.submit(GroupCommitTest.sub("a", "E1", GroupCommitTest.DEC, "k1", "other", 11)).get().kind());
            assertEquals(1, GroupCommitTest.count(db, "SELECT count(*) FROM submission_receipt"));
        }
    }
}
