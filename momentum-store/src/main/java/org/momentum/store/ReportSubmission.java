package org.momentum.store;

import java.util.List;
import org.momentum.reports.Report;

/**
 * One enterprise's report for one month, submitted over the API and already validated (rows of this enterprise and
 * month, no two with the same indicator). {@code idempotencyKey} is null when the caller sent none.
 */
public record ReportSubmission(String principal, String enterpriseId, int period, List<Report> rows, String explanation,
                               String idempotencyKey, String requestSha256) {
    public ReportSubmission {
        rows = List.copyOf(rows);
    }
}
