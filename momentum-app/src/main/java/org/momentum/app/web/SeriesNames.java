package org.momentum.app.web;

import java.util.Map;
import org.momentum.classification.Industry;
import org.momentum.classification.Region;
import org.momentum.dissemination.SeriesKey;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.reports.IndicatorDefinition;
import org.momentum.store.ReferenceData;

/** Names of a series' parts in English and Chinese, its title and its unit, from the reference data. */
final class SeriesNames {
    /** variable → {English label, Chinese label, English unit (null: the indicator's), Chinese unit}. */
    private static final Map<String, String[]> VARIABLES = Map.ofEntries(
            Map.entry(SeriesKey.LEVEL, new String[] {"", "", null, null}),
            Map.entry("enterprises", new String[] {"number of enterprises", "企业数", "Enterprises", "家"}),
            Map.entry("yoy_pct", new String[] {"growth on a year earlier, comparable basis", "同比增长（可比口径）", "Percent", "%"}),
            Map.entry("ytd_value", new String[] {"year to date", "累计", null, null}),
            Map.entry("ytd_yoy_pct", new String[] {"year-to-date growth, comparable basis", "累计同比增长（可比口径）", "Percent", "%"}),
            Map.entry("contribution_pp", new String[] {"contribution to growth", "对增长的拉动", "Percentage points", "百分点"}),
            Map.entry("sa", new String[] {"seasonally and calendar adjusted", "季节和日历调整后", null, null}),
            Map.entry("trend", new String[] {"trend-cycle", "趋势循环", null, null}),
            Map.entry("seasonal", new String[] {"seasonal component", "季节因素", "Factor or effect", "因子或效应"}),
            Map.entry("calendar", new String[] {"calendar component (Spring Festival, working days)", "日历因素（春节、工作日）", "Factor or effect", "因子或效应"}),
            Map.entry("sa_mom_pct", new String[] {"month-on-month growth, seasonally adjusted", "季调后环比增长", "Percent", "%"}),
            Map.entry("response_pct", new String[] {"response rate (enterprises in scope that reported)", "报送率（在库企业中已报送的比例）", "Percent", "%"}),
            Map.entry("flagged_pct", new String[] {"reports flagged by the quality checks", "被数据质量检查标记的报表比例", "Percent", "%"}));

    private final ReferenceData ref;

    SeriesNames(ReferenceData ref) { this.ref = ref; }

    /** The indicator's definition; output_value_real (not a report indicator) borrows output_value's unit. */
    private String[] measure(String code) {
        if (code.equals(IndicatorCatalog.OUTPUT_VALUE_REAL)) {
            IndicatorDefinition d = ref.indicators().get(IndicatorCatalog.OUTPUT_VALUE);
            return new String[] {"Gross industrial output value at constant prices", "工业总产值（不变价）", d.unitEn(), d.unitZh()};
        }
        IndicatorDefinition d = ref.indicators().get(code);
        if (d == null) return new String[] {code, code, "", ""};
        return new String[] {d.nameEn(), d.nameZh(), d.unitEn(), d.unitZh()};
    }

    String measureName(String code, boolean zh) { return measure(code)[zh ? 1 : 0]; }

    String industryName(String code, boolean zh) {
        if (code.equals("ALL")) return zh ? "全部工业" : "All industry";
        Industry i = ref.industries().get(code);
        if (i == null) return code;
        return zh || i.nameEn() == null || i.nameEn().isBlank() ? i.nameZh() : i.nameEn();
    }

    String regionName(String code, boolean zh) {
        if (code.equals("ALL")) return zh ? "全国" : "China";
        Region r = ref.regions().province(code);
        if (r == null) return code;
        return zh ? r.nameZh() : r.nameEn();
    }

    String variableLabel(String variable, boolean zh) {
        String[] v = VARIABLES.get(variable);
        return v == null ? variable : v[zh ? 1 : 0];
    }

    String units(SeriesKey k, boolean zh) {
        String[] v = VARIABLES.get(k.variable());
        if (v != null && v[2] != null) return v[zh ? 3 : 2];
        return measure(k.measure())[zh ? 3 : 2];
    }

    /** e.g. "Gross industrial output value, growth on a year earlier, comparable basis: Manufacture of …, Guangdong". */
    String title(SeriesKey k, boolean zh) {
        String var = variableLabel(k.variable(), zh);
        if (zh) return regionName(k.region(), true) + industryName(k.industry(), true) + measureName(k.measure(), true) + (var.isEmpty() ? "" : "：" + var);
        return measureName(k.measure(), false) + (var.isEmpty() ? "" : ", " + var) + ": " + industryName(k.industry(), false) + ", " + regionName(k.region(), false);
    }
}
