package org.momentum.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.momentum.app.intake.SubmissionService;
import org.momentum.classification.Period;
import org.momentum.reports.FieldProblem;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.reports.LargeChange;
import org.momentum.reports.Report;
import org.momentum.reports.ReportRules;
import org.momentum.store.Database;
import org.momentum.store.EnterpriseReports;

/**
 * The month's report form of one enterprise: which fields it shows, the figures beside them, and the server-side
 * check of what was entered with the import's own rules ({@link ReportRules}) plus the explanation the portal asks
 * for large changes ({@link LargeChange}). portal.js runs the same checks in the browser for instant feedback.
 */
final class PortalForm {
    /** Every enterprise reports these; products and capacities are added from its earlier reports. */
    static final List<String> ALWAYS = List.of("output_value", "sales_value", "export_value", "revenue", "electricity", "employment");

    /** One field: the indicator, what was entered (or the value that stands), and the figures beside it. */
    record Field(String indicator, String entered, double current, double lastMonth, double lastYear, String error, boolean large) {}

    /** The form as shown: fields, the explanation, and errors by field ("period", "explanation", "form" or an indicator). */
    record View(String enterprise, String enterpriseName, int period, List<Field> fields, String explanation, Map<String, String> errors) {
        boolean ok() { return errors.isEmpty(); }
    }

    /** The indicators of an enterprise's form, in a stable order: the six always, then its products and capacities. */
    static List<String> indicators(Database db, String enterprise) {
        List<String> out = new ArrayList<>(ALWAYS);
        TreeSet<String> reported = EnterpriseReports.indicators(db, enterprise);
        for (String code : reported)
            if (code.startsWith(IndicatorCatalog.PRODUCT_PREFIX)) out.add(code);
        for (String code : reported)
            if (code.startsWith(IndicatorCatalog.CAPACITY_PREFIX)) out.add(code);
        return out;
    }

    /** The form before anything is entered: fields filled with the values that stand for the month (a revision), if any. */
    static View blank(Database db, String enterprise, int period) {
        Map<String, Double> now = EnterpriseReports.month(db, enterprise, period);
        Map<String, Double> lastMonth = EnterpriseReports.month(db, enterprise, period - 1);
        Map<String, Double> lastYear = EnterpriseReports.month(db, enterprise, period - 12);
        List<Field> fields = new ArrayList<>();
        for (String code : indicators(db, enterprise)) {
            double cur = now.getOrDefault(code, Double.NaN);
            fields.add(new Field(code, Double.isNaN(cur) ? "" : plain(cur), cur, lastMonth.getOrDefault(code, Double.NaN),
                    lastYear.getOrDefault(code, Double.NaN), null, false));
        }
        return new View(enterprise, EnterpriseReports.name(db, enterprise), period, fields, "", Map.of());
    }

    /** What was checked: the form to show again (with its errors) and, when it has none, the reports to submit. */
    record Checked(View view, List<Report> reports) {}

    /**
     * Checks what was entered: each non-empty field with the import's rules (registered enterprise, month not after
     * the current one, a decimal ≥ 0), at least one value, and an explanation when a value changes by more than
     * ±50 % on the month before or the same month a year earlier. Fields left empty are not reported.
     */
    static Checked check(Database db, ReportRules rules, String enterprise, String periodText, Map<String, String> entered,
                         String explanation) {
        Map<String, String> errors = new LinkedHashMap<>();
        int period = Period.parseOrNone(periodText);
        View base = period == Period.NONE ? null : blank(db, enterprise, period);
        List<Field> fields = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        List<String> large = new ArrayList<>();
        Set<String> shown = new java.util.LinkedHashSet<>(indicators(db, enterprise));
        shown.addAll(entered.keySet()); // an indicator the form did not offer is still checked (the catalog names what is unknown)
        Map<String, Field> before = new LinkedHashMap<>();
        if (base != null) for (Field f : base.fields()) before.put(f.indicator(), f);
        for (String code : shown) {
            String text = entered.getOrDefault(code, "").trim();
            Field b = before.get(code);
            double lm = b == null ? Double.NaN : b.lastMonth(), ly = b == null ? Double.NaN : b.lastYear(), cur = b == null ? Double.NaN : b.current();
            String error = null;
            boolean big = false;
            if (!text.isEmpty()) {
                List<FieldProblem> problems = new ArrayList<>();
                Report r = rules.check(enterprise, periodText, code, text, "", problems);
                for (FieldProblem p : problems) {
                    if (p.column().equals("period")) errors.putIfAbsent("period", p.reason());
                    else if (p.column().equals("enterprise_id")) errors.putIfAbsent("form", p.reason());
                    else if (error == null) error = p.reason();
                }
                if (r != null) {
                    reports.add(r);
                    big = LargeChange.needsExplanation(r.value(), lm, ly);
                    if (big) large.add(code);
                }
            }
            if (error != null) errors.put(code, error);
            fields.add(new Field(code, text, cur, lm, ly, error, big));
        }
        if (period == Period.NONE) errors.putIfAbsent("period", "'" + periodText + "' is not a month YYYY-MM");
        if (reports.isEmpty() && errors.isEmpty()) errors.put("form", "enter at least one value");
        String why = explanation == null ? "" : explanation.strip();
        if (!large.isEmpty() && why.isEmpty())
            errors.put("explanation", "explain the change of more than 50% in " + String.join(", ", large));
        View v = new View(enterprise, EnterpriseReports.name(db, enterprise), period, fields, why, errors);
        return new Checked(v, errors.isEmpty() ? reports : List.of());
    }

    /**
     * The form again with the submission service's refusal: {@code rows[i].column} goes beside the i-th submitted
     * row's field, the enterprise, key and row count above the form, the period and explanation beside theirs.
     */
    static View withErrors(View v, List<SubmissionService.Row> rows, List<SubmissionService.FieldError> refused) {
        Map<String, String> errors = new LinkedHashMap<>(v.errors());
        for (SubmissionService.FieldError e : refused) {
            java.util.regex.Matcher m = ROW.matcher(e.field());
            String where = m.matches() && Integer.parseInt(m.group(1)) < rows.size() ? rows.get(Integer.parseInt(m.group(1))).indicator()
                    : e.field().equals("period") || e.field().equals("explanation") ? e.field() : "form";
            errors.merge(where, e.reason(), (a, b) -> a + "; " + b);
        }
        List<Field> fields = new ArrayList<>();
        for (Field f : v.fields())
            fields.add(new Field(f.indicator(), f.entered(), f.current(), f.lastMonth(), f.lastYear(), errors.get(f.indicator()), f.large()));
        return new View(v.enterprise(), v.enterpriseName(), v.period(), fields, v.explanation(), errors);
    }

    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("rows\\[(\\d+)]\\..*");

    /** A value as a reporter would type it: no exponent, no trailing ".0". */
    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
