package org.momentum.app.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;
import org.momentum.app.ops.Metrics;
import org.momentum.classification.Period;
import org.momentum.reports.DuplicateKeys;
import org.momentum.reports.FieldProblem;
import org.momentum.reports.Report;
import org.momentum.reports.ReportRules;
import org.momentum.security.Principal;
import org.momentum.security.Role;
import org.momentum.store.Database;
import org.momentum.store.GroupCommit;
import org.momentum.store.ReferenceData;
import org.momentum.store.ReportSubmission;
import org.momentum.store.SubmissionOutcome;
import org.momentum.store.SubmissionReceipt;
import org.momentum.store.Submissions;

/**
 * Reports submitted by enterprises (the API and the portal's form): the import's rules for every row
 * ({@link ReportRules}, {@link DuplicateKeys}), all rows or none, the import's revision semantics, and an answer
 * only once the report is committed ({@link GroupCommit}). An Idempotency-Key (draft-ietf-httpapi-idempotency-key-header)
 * makes a retry replay the original receipt.
 */
public final class SubmissionService implements AutoCloseable {
    /** The most rows one submission may hold (a month's report has a few dozen). */
    public static final int MAX_ROWS = 2000;
    public static final int MAX_EXPLANATION = 2000;
    public static final int MAX_KEY = 255;
    private static final long WAIT_SECONDS = 60;

    /** A report as the caller sent it: numbers as their text, so that the import's parser judges them. */
    public record Submission(String enterpriseId, String period, List<Row> rows, String explanation) {
        public Submission {
            rows = List.copyOf(rows);
        }
    }

    /** One row; {@code value} null or empty is "empty", {@code prevYearValue} null or empty means not given. */
    public record Row(String indicator, String value, String prevYearValue) {}

    /** The receipt; {@code replayed} when an earlier request with the same Idempotency-Key produced it. */
    public record Receipt(String receipt, String enterpriseId, int period, Instant acceptedAt, int rows, int revised,
                          int unchanged, boolean replayed) {}

    /** A field and what is wrong with it: {@code enterprise_id}, {@code rows[2].value}, {@code Idempotency-Key}… */
    public record FieldError(String field, String reason) {}

    /** Why nothing was applied. */
    public enum Refusal {
        /** the caller may not submit for that enterprise (HTTP 403) */
        FORBIDDEN,
        /** the report breaks the rules (HTTP 422) */
        INVALID,
        /** the Idempotency-Key was used before with another request (HTTP 422) */
        KEY_REUSED,
        /** a request with the same Idempotency-Key is still being applied (HTTP 409) */
        KEY_IN_USE
    }

    /** A submission refused as a whole, with each field's problem. */
    public static final class Rejected extends RuntimeException {
        private final Refusal refusal;
        private final List<FieldError> errors;

        public Rejected(Refusal refusal, List<FieldError> errors) {
            super(refusal + ": " + errors);
            this.refusal = refusal;
            this.errors = List.copyOf(errors);
        }

        public Refusal refusal() { return refusal; }

        public List<FieldError> errors() { return errors; }
    }

    private final Database db;
    private final ReferenceData ref;
    private final IntSupplier currentPeriod;
    private final GroupCommit committer;
    /** Enterprises seen in the register: an id once registered stays (imports revise entries, never remove them). */
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    public SubmissionService(Database db, ReferenceData ref, IntSupplier currentPeriod) {
        this.db = db;
        this.ref = ref;
        this.currentPeriod = currentPeriod;
        this.committer = new GroupCommit(db, 512);
    }

    /**
     * Validates and applies the report; returns after it is committed.
     *
     * @param idempotencyKey null when the caller sent none
     * @throws Rejected with every problem found, when nothing was applied
     */
    public Receipt submit(Principal who, Submission s, String idempotencyKey) {
        String enterprise = s.enterpriseId() == null ? "" : s.enterpriseId();
        if (who.role() != Role.ADMIN && !(who.role() == Role.REPORTER && who.enterprises().contains(enterprise)))
            throw new Rejected(Refusal.FORBIDDEN, List.of(new FieldError("enterprise_id",
                    who.role() == Role.REPORTER ? "this account reports for other enterprises" : "only reporters and administrators submit reports")));
        if (!who.write()) throw new Rejected(Refusal.FORBIDDEN, List.of(new FieldError("Authorization", "a read-only token cannot submit")));
        List<FieldError> errors = new ArrayList<>();
        if (idempotencyKey != null && (idempotencyKey.isEmpty() || idempotencyKey.length() > MAX_KEY))
            errors.add(new FieldError("Idempotency-Key", "must be 1 to " + MAX_KEY + " characters"));
        List<Report> rows = check(enterprise, s, errors);
        if (!errors.isEmpty()) {
            Metrics.reports(0, s.rows().size());
            throw new Rejected(Refusal.INVALID, errors);
        }
        ReportSubmission sub = new ReportSubmission(who.name(), enterprise, Period.parse(s.period()), rows,
                s.explanation() == null || s.explanation().isBlank() ? null : s.explanation(), idempotencyKey, fingerprint(enterprise, s));
        String flight = idempotencyKey == null ? null : who.name() + '\u0000' + idempotencyKey;
        if (flight != null && !inFlight.add(flight))
            throw new Rejected(Refusal.KEY_IN_USE, List.of(new FieldError("Idempotency-Key", "a request with this key is still being processed")));
        try {
            SubmissionOutcome out = committer.submit(sub).get(WAIT_SECONDS, TimeUnit.SECONDS);
            SubmissionReceipt r = out.receipt();
            if (out.kind() == SubmissionOutcome.Kind.KEY_REUSED)
                throw new Rejected(Refusal.KEY_REUSED, List.of(new FieldError("Idempotency-Key", "this key was already used with a different request")));
            if (out.kind() == SubmissionOutcome.Kind.APPLIED) Metrics.reports(r.rows(), 0);
            return new Receipt(r.receipt(), r.enterpriseId(), r.period(), r.acceptedAt(), r.rows(), r.revised(), r.unchanged(),
                    out.kind() == SubmissionOutcome.Kind.REPLAYED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the report was being committed", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the report could not be committed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the report was not committed within " + WAIT_SECONDS + " s", e);
        } finally {
            if (flight != null) inFlight.remove(flight);
        }
    }

    /** The import's checks of every row ({@link ReportRules}, {@link DuplicateKeys}); the valid rows when there are no errors. */
    private List<Report> check(String enterprise, Submission s, List<FieldError> errors) {
        String period = s.period() == null ? "" : s.period();
        if (s.explanation() != null && s.explanation().length() > MAX_EXPLANATION)
            errors.add(new FieldError("explanation", "is " + s.explanation().length() + " characters long; at most " + MAX_EXPLANATION));
        if (s.rows().isEmpty()) errors.add(new FieldError("rows", "empty, a report has at least one row"));
        if (s.rows().size() > MAX_ROWS) {
            errors.add(new FieldError("rows", s.rows().size() + " rows; at most " + MAX_ROWS + " in one report"));
            return List.of();
        }
        ReportRules rules = new ReportRules(ref.indicators(), this::isRegistered, currentPeriod.getAsInt());
        DuplicateKeys keys = new DuplicateKeys(Math.max(16, s.rows().size()));
        Set<String> headerProblems = new LinkedHashSet<>();
        List<Report> out = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < s.rows().size(); i++) {
            Row row = s.rows().get(i);
            problems.clear();
            Report r = rules.check(enterprise, period, nullToEmpty(row.indicator()), nullToEmpty(row.value()), row.prevYearValue(), problems);
            for (FieldProblem p : problems) {
                // the enterprise and the month are the report's, not a row's: said once
                if (p.column().equals("enterprise_id") || p.column().equals("period")) {
                    if (headerProblems.add(p.column())) errors.add(new FieldError(p.column(), p.reason()));
                } else errors.add(new FieldError("rows[" + i + "]." + p.column(), p.reason()));
            }
            if (r == null) continue;
            switch (keys.see(r, i)) {
                case IDENTICAL -> { } // a repeated identical row counts once, as in a file
                case CONFLICT -> errors.add(new FieldError("rows[" + i + "].value", r.indicator() + " is also in rows["
                        + keys.firstLine() + "] with another value"));
                default -> out.add(r);
            }
        }
        return out;
    }

    private volatile boolean registerLoaded;

    /** Whether the register holds the enterprise (the portal's form and upload check their rows with it too). */
    public boolean isRegistered(String id) {
        if (registered.contains(id)) return true;
        if (!registerLoaded) { // the whole register once (a few MB for 400,000 ids) rather than a query per new enterprise
            synchronized (registered) {
                if (!registerLoaded) {
                    registered.addAll(Submissions.registeredIds(db));
                    registerLoaded = true;
                }
            }
            if (registered.contains(id)) return true;
        }
        // registered since (an import meanwhile), or not at all
        if (!Submissions.registered(db, id)) return false;
        registered.add(id);
        return true;
    }

    private static String nullToEmpty(String s) { return s == null ? "" : s; }

    /** The request's fingerprint: the submission's fields, unambiguously joined (not the JSON's spacing or order). */
    static String fingerprint(String enterprise, Submission s) {
        StringBuilder b = new StringBuilder().append(enterprise).append('\u001e').append(s.period()).append('\u001e')
                .append(s.explanation()).append('\u001e');
        for (Row r : s.rows()) b.append(r.indicator()).append('\u001f').append(r.value()).append('\u001f').append(r.prevYearValue()).append('\u001e');
        return org.momentum.app.security.Secrets.sha256(b.toString());
    }

    /** Stops taking reports once the queued ones are committed. */
    @Override
    public void close() { committer.close(); }
}
