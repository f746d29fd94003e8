package org.momentum.classification;

/** The four levels of GB/T 4754-2017: 门类 section, 大类 division, 中类 group, 小类 class. */
public enum IndustryLevel {
    SECTION, DIVISION, GROUP, CLASS;

    public static IndustryLevel parse(String s) {
        return switch (s) {
            case "section" -> SECTION;
            case "division" -> DIVISION;
            case "group" -> GROUP;
            case "class" -> CLASS;
            default -> throw new IllegalArgumentException("unknown industry level '" + s + "'");
        };
    }
}
