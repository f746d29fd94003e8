package org.momentum.classification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 31 mainland provinces of GB/T 2260; any six-digit code belongs to the province of its first two digits. */
public final class RegionClassification {
    private final Map<String, Region> provinces;

    public RegionClassification(List<Region> provinces) {
        Map<String, Region> m = new LinkedHashMap<>();
        for (Region r : provinces) {
            if (!isSixDigits(r.code()) || !r.code().endsWith("0000"))
                throw new IllegalArgumentException("province code " + r.code() + " is not NN0000");
            if (m.put(r.code(), r) != null) throw new IllegalArgumentException("province " + r.code() + " appears twice");
        }
        this.provinces = Collections.unmodifiableMap(m);
    }

    public List<Region> provinces() { return List.copyOf(provinces.values()); }

    public Region province(String provinceCode) { return provinces.get(provinceCode); }

    /** The province code {@code NN0000} of a six-digit region code (not checked against the list). */
    public static String provinceOf(String regionCode) { return regionCode.substring(0, 2) + "0000"; }

    /** True when the code is six digits and its province is one of the list. */
    public boolean isKnownRegion(String code) {
        return isSixDigits(code) && provinces.containsKey(provinceOf(code));
    }

    public static boolean isSixDigits(String s) {
        if (s == null || s.length() != 6) return false;
        for (int i = 0; i < 6; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }
}
