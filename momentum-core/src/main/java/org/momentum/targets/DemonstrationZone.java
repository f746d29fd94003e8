package org.momentum.targets;

import java.util.List;

/**
 * A national innovation demonstration zone: a region (a GB/T 2260 code: its enterprises are the region's, a
 * prefecture code NNNN00 covering its counties), approved in a month, with focus industries (GB/T 4754 codes of any
 * level; empty = all industry).
 */
public record DemonstrationZone(String id, String programmeId, String name, String region, int approved, List<String> focusIndustries) {
    public DemonstrationZone {
        focusIndustries = List.copyOf(focusIndustries);
    }

    /** Whether an enterprise in this region and industry class belongs to the zone. */
    public boolean covers(String enterpriseRegion, String industry) {
        String prefix = region.endsWith("0000") ? region.substring(0, 2) : region.endsWith("00") ? region.substring(0, 4) : region;
        if (!enterpriseRegion.startsWith(prefix)) return false;
        if (focusIndustries.isEmpty()) return true;
        for (String f : focusIndustries) if (industry.startsWith(f) || sectionCovers(f, industry)) return true;
        return false;
    }

    // a section letter covers its divisions (GB/T 4754-2017: B 06–12, C 13–43, D 44–46)
    private static boolean sectionCovers(String section, String industry) {
        if (section.length() != 1 || industry.length() < 2 || !Character.isDigit(industry.charAt(0))) return false;
        int d = Integer.parseInt(industry.substring(0, 2));
        return switch (section) {
            case "B" -> d >= 6 && d <= 12;
            case "C" -> d >= 13 && d <= 43;
            case "D" -> d >= 44 && d <= 46;
            default -> false;
        };
    }
}
