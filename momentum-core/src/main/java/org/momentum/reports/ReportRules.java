package org.momentum.reports;

import java.util.List;
import java.util.function.Predicate;
import org.momentum.classification.Period;

/**
 * Validation v1 of a report row ({@code formats.md}, reports.csv): registered enterprise, known indicator,
 * well-formed period not after the current month, finite values ≥ 0. Each problem names its column.
 */
public final class ReportRules {
    private final IndicatorCatalog catalog;
    private final Predicate<String> registered;
    private final int currentPeriod;

    /**
     * @param registered    whether an enterprise id is in the register
     * @param currentPeriod the current month; reports for later months are refused
     */
    public ReportRules(IndicatorCatalog catalog, Predicate<String> registered, int currentPeriod) {
        this.catalog = catalog;
        this.registered = registered;
        this.currentPeriod = currentPeriod;
    }

    private String lastRegistered, lastKnownIndicator;

    /** Rows come grouped by enterprise and the reader reuses the id's string: the same object was checked just before. */
    private boolean isRegistered(String id) {
        if (id == lastRegistered) return true;
        boolean ok = registered.test(id);
        if (ok) lastRegistered = id;
        return ok;
    }

    /** Adds the row's problems to {@code problems}; returns the report when there are none, else null. */
    public Report check(String enterpriseId, String period, String indicator, String value, String prevYearValue,
                        List<FieldProblem> problems) {
        int before = problems.size();
        if (enterpriseId.isEmpty()) problems.add(new FieldProblem("enterprise_id", "empty, an enterprise id is required"));
        else if (!isRegistered(enterpriseId))
            problems.add(new FieldProblem("enterprise_id", "enterprise '" + enterpriseId + "' is not in the register"));
        int p = Period.parseOrNone(period);
        if (p == Period.NONE) problems.add(new FieldProblem("period", "'" + period + "' is not a month YYYY-MM"));
        else if (p > currentPeriod)
            problems.add(new FieldProblem("period", period + " is after the current month " + Period.format(currentPeriod)));
        String ip = indicator == lastKnownIndicator ? null : catalog.problem(indicator);
        if (ip == null) lastKnownIndicator = indicator;
        if (ip != null) problems.add(new FieldProblem("indicator", ip));
        String[] why = new String[1];
        double v = Decimals.parse(value, why);
        if (Double.isNaN(v)) problems.add(new FieldProblem("value", why[0]));
        else if (v < 0) problems.add(new FieldProblem("value", value + " is negative; values are ≥ 0"));
        double prev = Double.NaN;
        if (prevYearValue != null && !prevYearValue.isEmpty()) {
            why[0] = null;
            prev = Decimals.parse(prevYearValue, why);
            if (Double.isNaN(prev)) problems.add(new FieldProblem("prev_year_value", why[0]));
            else if (prev < 0) problems.add(new FieldProblem("prev_year_value", prevYearValue + " is negative; values are ≥ 0"));
        }
        if (problems.size() > before) return null;
        return new Report(enterpriseId, p, indicator, v == 0.0 ? 0.0 : v, prev == 0.0 ? 0.0 : prev);
    }
}
