package org.momentum.registry;

import java.util.List;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.Period;
import org.momentum.classification.RegionClassification;
import org.momentum.reports.FieldProblem;

/** Validation of a register row ({@code formats.md}, enterprises.csv). Each problem names its column. */
public final class RegisterRules {
    private final IndustryClassification industries;
    private final RegionClassification regions;

    public RegisterRules(IndustryClassification industries, RegionClassification regions) {
        this.industries = industries;
        this.regions = regions;
    }

    public Enterprise check(String id, String name, String industry, String region, String size,
                            String scopeFrom, String scopeTo, List<FieldProblem> problems) {
        int before = problems.size();
        if (id.isEmpty()) problems.add(new FieldProblem("enterprise_id", "empty, an enterprise id is required"));
        else if (id.length() > 32) problems.add(new FieldProblem("enterprise_id", "is " + id.length() + " characters long; at most 32"));
        else if (UnifiedSocialCreditCode.looksLikeOne(id)) {
            String p = UnifiedSocialCreditCode.problem(id);
            if (p != null) problems.add(new FieldProblem("enterprise_id", p));
        } else if (!id.chars().allMatch(c -> c > ' ' && c < 0x7f))
            problems.add(new FieldProblem("enterprise_id", "'" + id + "' may hold only visible ASCII characters"));
        else if ("=+-@".indexOf(id.charAt(0)) >= 0) // OWASP "CSV Injection": an id is copied into every export
            problems.add(new FieldProblem("enterprise_id", "'" + id + "' starts with " + id.charAt(0) + ", which a spreadsheet would run as a formula"));
        if (!industries.contains(industry))
            problems.add(new FieldProblem("industry", "'" + industry + "' is not a GB/T 4754-2017 code"));
        else if (!industries.isIndustrialClass(industry))
            problems.add(new FieldProblem("industry", "'" + industry + "' is not a 4-digit class of sections B, C or D (industry)"));
        if (!RegionClassification.isSixDigits(region))
            problems.add(new FieldProblem("region", "'" + region + "' is not a 6-digit GB/T 2260 code"));
        else if (!regions.isKnownRegion(region))
            problems.add(new FieldProblem("region", "'" + region + "' is in no known province (" + RegionClassification.provinceOf(region) + ")"));
        EnterpriseSize sz = EnterpriseSize.parseOrNull(size);
        if (sz == null) problems.add(new FieldProblem("size", "'" + size + "' is not one of large, medium, small, micro"));
        int from = Period.parseOrNone(scopeFrom);
        if (from == Period.NONE) problems.add(new FieldProblem("scope_from", "'" + scopeFrom + "' is not a month YYYY-MM"));
        int to = Period.OPEN;
        if (!scopeTo.isEmpty()) {
            to = Period.parseOrNone(scopeTo);
            if (to == Period.NONE) problems.add(new FieldProblem("scope_to", "'" + scopeTo + "' is not a month YYYY-MM or empty"));
            else if (from != Period.NONE && to < from)
                problems.add(new FieldProblem("scope_to", scopeTo + " is before scope_from " + scopeFrom));
        }
        if (problems.size() > before) return null;
        return new Enterprise(id, name, industry, region, sz, from, to);
    }
}
