package org.momentum.targets;

/**
 * The programme KPIs pilot enterprises report (MIIT's intelligent-manufacturing pilot evaluation): production
 * efficiency, operating cost, product development cycle, defect rate and energy use per unit of output, each with
 * the direction that counts as an improvement.
 */
public enum Kpi {
    PRODUCTION_EFFICIENCY("production_efficiency", true, "Production efficiency", "生产效率"),
    OPERATING_COST("operating_cost", false, "Operating cost", "运营成本"),
    DEVELOPMENT_CYCLE("development_cycle", false, "Product development cycle", "产品研制周期"),
    DEFECT_RATE("defect_rate", false, "Defect rate", "产品不良品率"),
    ENERGY_PER_UNIT("energy_per_unit", false, "Energy use per unit of output", "单位产值能耗");

    private final String code, en, zh;
    private final boolean higherIsBetter;

    Kpi(String code, boolean higherIsBetter, String en, String zh) {
        this.code = code;
        this.higherIsBetter = higherIsBetter;
        this.en = en;
        this.zh = zh;
    }

    public String code() { return code; }

    public boolean higherIsBetter() { return higherIsBetter; }

    public String nameEn() { return en; }

    public String nameZh() { return zh; }

    public static Kpi parseOrNull(String s) {
        for (Kpi k : values()) if (k.code.equals(s)) return k;
        return null;
    }
}
