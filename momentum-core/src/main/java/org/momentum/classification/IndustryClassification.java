package org.momentum.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GB/T 4754-2017 as loaded from the reference table. Only sections B, C and D (divisions 06–46) are
 * "industry" in the statistical sense (规模以上工业); {@link #isIndustrialClass} says whether a class is one.
 */
public final class IndustryClassification {
    /** The sections that make up industry: mining, manufacturing, utilities. */
    public static final Set<String> INDUSTRIAL_SECTIONS = Set.of("B", "C", "D");

    private final Map<String, Industry> byCode;
    private final List<Industry> all;

    public IndustryClassification(List<Industry> industries) {
        Map<String, Industry> m = new LinkedHashMap<>();
        for (Industry i : industries) {
            if (m.put(i.code(), i) != null) throw new IllegalArgumentException("industry code " + i.code() + " appears twice");
        }
        for (Industry i : industries) {
            if (i.parent() != null && !m.containsKey(i.parent()))
                throw new IllegalArgumentException("industry " + i.code() + " has unknown parent " + i.parent());
        }
        this.byCode = Collections.unmodifiableMap(m);
        this.all = List.copyOf(industries);
    }

    public Industry get(String code) { return byCode.get(code); }

    public boolean contains(String code) { return byCode.containsKey(code); }

    public List<Industry> all() { return all; }

    public boolean isIndustrialClass(String code) {
        Industry i = byCode.get(code);
        return i != null && i.level() == IndustryLevel.CLASS && INDUSTRIAL_SECTIONS.contains(i.section());
    }

    /** The industrial (B, C, D) codes of one level, in code order. */
    public List<Industry> industrial(IndustryLevel level) {
        List<Industry> out = new ArrayList<>();
        for (Industry i : all) {
            if (i.level() == level && INDUSTRIAL_SECTIONS.contains(i.section())) out.add(i);
        }
        out.sort((a, b) -> a.code().compareTo(b.code()));
        return out;
    }

    /** The division (2 digits) of a class, group or division code. */
    public static String divisionOf(String code) { return code.substring(0, 2); }

    /** The group (3 digits) of a class code. */
    public static String groupOf(String classCode) { return classCode.substring(0, 3); }

    public String sectionOf(String code) {
        Industry i = byCode.get(code);
        if (i == null) throw new IllegalArgumentException("unknown industry code " + code);
        return i.section();
    }
}
