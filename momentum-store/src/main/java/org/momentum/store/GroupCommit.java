package org.momentum.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit (as PostgreSQL's commit_delay and WAL group flush: one durable commit covers the transactions that
 * arrived while the previous one was being written): one committer thread takes every submission waiting, applies
 * them in one transaction and completes each caller's future only after the commit returned. A batch that fails is
 * applied again one submission at a time, so one bad request fails alone. The audit chain follows the queue's order,
 * as there is a single writer of submissions.
 */
public final class GroupCommit implements AutoCloseable {
    private record Pending(ReportSubmission submission, CompletableFuture<SubmissionOutcome> result) {}

    private static final boolean TRACE = Boolean.getBoolean("momentum.trace");
    private static final Pending STOP = new Pending(null, null);

    private final Database db;
    private final int maxBatch;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread committer;
    private volatile boolean closed;
    private Connection c;
    /** DuckDB only: the keys used so far (null until loaded, and again after a failed batch, whose state is unsure). */
    private UsedKeys usedKeys;
    private long commits, submissions;

    /** @param maxBatch most submissions in one transaction (bounds a transaction's size and its statements) */
    public GroupCommit(Database db, int maxBatch) {
        this(db, maxBatch, true);
    }

    /** Tests queue submissions before {@link #start} so that they are one batch. */
    GroupCommit(Database db, int maxBatch, boolean start) {
        this.db = db;
        this.maxBatch = maxBatch;
        this.committer = new Thread(this::run, "submission-group-commit");
        committer.setDaemon(true);
        if (start) committer.start();
    }

    void start() { committer.start(); }

    /** Queues a submission; the future completes once its transaction is committed (or failed). */
    public CompletableFuture<SubmissionOutcome> submit(ReportSubmission s) {
        CompletableFuture<SubmissionOutcome> f = new CompletableFuture<>();
        if (closed) {
            f.completeExceptionally(new StoreException("the store is closing", null));
            return f;
        }
        queue.add(new Pending(s, f));
        return f;
    }

    /** Transactions committed and submissions in them so far (for the benchmark's report). */
    public synchronized long[] counts() { return new long[] {commits, submissions}; }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        try {
            while (true) {
                Pending first = queue.take();
                if (first == STOP) break;
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                boolean stop = batch.remove(STOP);
                commit(batch);
                batch.clear();
                if (stop) break;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (Pending p : batch) p.result.completeExceptionally(new StoreException("the store is closing", null));
            Pending p;
            while ((p = queue.poll()) != null) if (p != STOP) p.result.completeExceptionally(new StoreException("the store is closing", null));
            closeConnection();
        }
    }

    private void commit(List<Pending> batch) {
        try {
            List<SubmissionOutcome> out = applyAndCommit(batch);
            for (int i = 0; i < batch.size(); i++) batch.get(i).result.complete(out.get(i));
            return;
        } catch (SQLException | RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).result.completeExceptionally(e);
                return;
            }
        }
        // one of them broke the batch: each alone, so the others still go through
        for (Pending p : batch) {
            try {
                p.result.complete(applyAndCommit(List.of(p)).get(0));
            } catch (SQLException | RuntimeException e) {
                p.result.completeExceptionally(e);
            }
        }
    }

    private List<SubmissionOutcome> applyAndCommit(List<Pending> batch) throws SQLException {
        if (c == null) {
            c = db.connect();
            c.setAutoCommit(false);
        }
        List<ReportSubmission> subs = new ArrayList<>(batch.size());
        for (Pending p : batch) subs.add(p.submission);
        try {
            long t0 = System.nanoTime();
            if (usedKeys == null && db.isDuckDb()) usedKeys = UsedKeys.load(c);
            List<SubmissionOutcome> out = Submissions.apply(c, subs, Instant.now().truncatedTo(ChronoUnit.MILLIS), usedKeys);
            long t1 = System.nanoTime();
            c.commit();
            if (usedKeys != null) for (ReportSubmission s : subs) if (s.idempotencyKey() != null) usedKeys.add(s.principal(), s.idempotencyKey());
            if (TRACE) System.err.printf("  [commit] %d submissions: applied in %.2f ms, committed in %.2f ms%n", subs.size(), (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
            synchronized (this) {
                commits++;
                submissions += batch.size();
            }
            return out;
        } catch (SQLException | RuntimeException e) {
            usedKeys = null; // read again from the store before the next batch
            try {
                c.rollback();
            } catch (SQLException again) {
                closeConnection(); // a broken connection: the next batch opens a new one
            }
            throw e;
        }
    }

    private void closeConnection() {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing was pending on it
        }
        c = null;
    }

    /** Applies what is queued, then stops the committer. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        queue.add(STOP);
        try {
            committer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
