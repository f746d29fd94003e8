package org.momentum.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.momentum.classification.Period;
import org.momentum.reports.Report;

/** Submissions applied many to a transaction, on both databases: revisions, keys, one bad submission failing alone. */
class GroupCommitTest {
    @TempDir Path dir;

    static final int DEC = Period.of(2018, 12);

    static ReportSubmission sub(String who, String id, int period, String key, String hash, double... values) {
        List<Report> rows = new ArrayList<>();
        String[] ind = {"output_value", "sales_value", "revenue"};
        for (int i = 0; i < values.length; i++) rows.add(new Report(id, period, ind[i], values[i], Double.NaN));
        return new ReportSubmission(who, id, period, rows, null, key, hash);
    }

    static long count(Database db, String sql) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void oneTransactionAppliesSubmissionsInOrder(TestDatabases kind) throws Exception {
        try (Database db = Database.open(kind.newUrl(dir, "inorder"))) {
            List<SubmissionOutcome> out = db.inTransaction(c -> Submissions.apply(c, List.of(
                    sub("a", "E1", DEC, "k1", "h1", 10, 20),
                    sub("a", "E1", DEC, null, "h2", 11, 20),      // revises the output value just given
                    sub("a", "E1", DEC, "k1", "h1", 10, 20),      // the first again with its key: replayed
                    sub("b", "E1", DEC, "k1", "h3", 12, 20),      // another account's k1 is another key
                    sub("a", "E1", DEC, "k1", "hx", 99)), Instant.parse("2026-11-29T08:00:00Z")));
            assertEquals(List.of(SubmissionOutcome.Kind.APPLIED, SubmissionOutcome.Kind.APPLIED, SubmissionOutcome.Kind.REPLAYED,
                    SubmissionOutcome.Kind.APPLIED, SubmissionOutcome.Kind.KEY_REUSED), out.stream().map(SubmissionOutcome::kind).toList());
            assertEquals(out.get(0).receipt(), out.get(2).receipt());
            assertEquals(1, out.get(1).receipt().revised());
            assertEquals(1, out.get(1).receipt().unchanged());
            assertEquals(2, count(db, "SELECT count(*) FROM report"));
            assertEquals(1, count(db, "SELECT count(*) FROM report WHERE indicator = 'output_value' AND value = 12 AND revision = 3"));
            assertEquals(2, count(db, "SELECT count(*) FROM report_history"));
            assertEquals(3, count(db, "SELECT count(*) FROM submission_receipt"));
            assertEquals(2, count(db, "SELECT count(*) FROM idempotency_key"));
            assertEquals(3, count(db, "SELECT count(*) FROM audit_log WHERE action = 'report.submit'"));
            // the next transaction sees the stored key
            SubmissionOutcome again = db.inTransaction(c -> Submissions.apply(c, List.of(sub("a", "E1", DEC, "k1", "h1", 10, 20)), Instant.now())).get(0);
            assertEquals(SubmissionOutcome.Kind.REPLAYED, again.kind());
            assertEquals(out.get(0).receipt().receipt(), again.receipt().receipt());
            try (Connection c = db.connect()) {
                assertNull(AuditLog.verify(c));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aBadSubmissionFailsAloneAndTheOthersAreCommitted(TestDatabases kind) throws Exception {
        try (Database db = Database.open(kind.newUrl(dir, "alone"))) {
            GroupCommit gc = new GroupCommit(db, 100, false);
            List<CompletableFuture<SubmissionOutcome>> fs = new ArrayList<>();
            for (int i = 0; i < 30; i++)
                fs.add(gc.submit(sub("a", "E" + i, DEC, "k" + i, "h" + i, i, i + 1)));
            // NaN reaches the store as NULL, which report.value refuses: this one breaks the batch it is in
            CompletableFuture<SubmissionOutcome> bad = gc.submit(sub("a", "BAD", DEC, "kb", "hb", Double.NaN));
            for (int i = 30; i < 40; i++) fs.add(gc.submit(sub("a", "E" + i, DEC, null, "h" + i, i)));
            gc.start();
            for (CompletableFuture<SubmissionOutcome> f : fs) assertEquals(SubmissionOutcome.Kind.APPLIED, f.get().kind());
            ExecutionException e = assertThrows(ExecutionException.class, bad::get);
            assertTrue(e.getCause() instanceof SQLException || e.getCause() instanceof StoreException, e.getCause().toString());
            gc.close();
            assertEquals(70, count(db, "SELECT count(*) FROM report"));
            assertEquals(0, count(db, "SELECT count(*) FROM report WHERE enterprise_id = 'BAD'"));
            assertEquals(40, count(db, "SELECT count(*) FROM submission_receipt"));
            assertEquals(30, count(db, "SELECT count(*) FROM idempotency_key"));
            assertEquals(40, count(db, "SELECT count(*) FROM audit_log WHERE action = 'report.submit'"));
            try (Connection c = db.connect()) {
                assertNull(AuditLog.verify(c));
            }
        }
    }
}
