package org.momentum.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator codes of {@code formats.md}: six plain indicators, and {@code product.<code>} /
 * {@code capacity.<code>} for each product of the product list.
 */
public final class IndicatorCatalog {
    public static final String OUTPUT_VALUE = "output_value";
    public static final String OUTPUT_VALUE_REAL = "output_value_real";
    public static final String PRODUCT_PREFIX = "product.";
    public static final String CAPACITY_PREFIX = "capacity.";

    private static final List<IndicatorDefinition> BASE = List.of(
            new IndicatorDefinition(OUTPUT_VALUE, "10k yuan", "万元", "Gross industrial output value", "工业总产值", false),
            new IndicatorDefinition("sales_value", "10k yuan", "万元", "Sales value", "工业销售产值", false),
            new IndicatorDefinition("export_value", "10k yuan", "万元", "Export delivery value", "出口交货值", false),
            new IndicatorDefinition("revenue", "10k yuan", "万元", "Main business revenue", "营业收入", false),
            new IndicatorDefinition("electricity", "10k kWh", "万千瓦时", "Electricity consumption", "用电量", false),
            new IndicatorDefinition("employment", "persons", "人", "Employment at month end", "期末从业人员", true));

    /** The products of the demo and of the press release; more can be added by passing a list. */
    public static final List<Product> DEFAULT_PRODUCTS = List.of(
            new Product("industrial_robot", "sets", "套", "Industrial robots", "工业机器人", "3491"),
            new Product("nev", "vehicles", "辆", "New-energy vehicles", "新能源汽车", "3612"),
            new Product("crude_steel", "tonnes", "吨", "Crude steel", "粗钢", "3120"),
            new Product("cement", "tonnes", "吨", "Cement", "水泥", "3011"),
            new Product("pig_iron", "tonnes", "吨", "Pig iron", "生铁", "3110"),
            new Product("steel_products", "tonnes", "吨", "Finished steel products", "钢材", "3130"),
            new Product("raw_coal", "tonnes", "吨", "Raw coal", "原煤", "0610"),
            new Product("crude_oil", "tonnes", "吨", "Crude oil", "原油", "0711"),
            new Product("electricity_generation", "10k kWh", "万千瓦时", "Electricity generation", "发电量", "4411"),
            new Product("automobile", "vehicles", "辆", "Automobiles", "汽车", "3611"),
            new Product("integrated_circuit", "10k units", "万块", "Integrated circuits", "集成电路", "3973"),
            new Product("mobile_phone", "10k units", "万台", "Mobile phones", "移动通信手持机", "3922"),
            new Product("microcomputer", "10k units", "万台", "Microcomputers", "微型计算机设备", "3911"),
            new Product("solar_cell", "kW", "千瓦", "Solar cells", "太阳能电池", "3825"),
            new Product("ethylene", "tonnes", "吨", "Ethylene", "乙烯", "2614"),
            new Product("plate_glass", "10k weight cases", "万重量箱", "Plate glass", "平板玻璃", "3041"));

    private final Map<String, IndicatorDefinition> byCode;
    private final Map<String, Product> products;

    public IndicatorCatalog(List<Product> productList) {
        Map<String, Product> p = new LinkedHashMap<>();
        for (Product pr : productList) p.put(pr.code(), pr);
        Map<String, IndicatorDefinition> m = new LinkedHashMap<>();
        for (IndicatorDefinition d : BASE) m.put(d.code(), d);
        for (Product pr : productList) {
            m.put(PRODUCT_PREFIX + pr.code(), new IndicatorDefinition(PRODUCT_PREFIX + pr.code(), pr.unitEn(), pr.unitZh(),
                    pr.nameEn() + " output", pr.nameZh() + "产量", false));
            m.put(CAPACITY_PREFIX + pr.code(), new IndicatorDefinition(CAPACITY_PREFIX + pr.code(), pr.unitEn() + " per year",
                    pr.unitZh() + "/年", pr.nameEn() + " production capacity", pr.nameZh() + "产能", true));
        }
        this.byCode = Collections.unmodifiableMap(m);
        this.products = Collections.unmodifiableMap(p);
    }

    public static IndicatorCatalog standard() { return new IndicatorCatalog(DEFAULT_PRODUCTS); }

    public IndicatorDefinition get(String code) { return byCode.get(code); }

    public boolean isKnown(String code) { return byCode.containsKey(code); }

    public List<IndicatorDefinition> all() { return new ArrayList<>(byCode.values()); }

    public List<Product> products() { return List.copyOf(products.values()); }

    /** Stocks have no year-to-date sums ({@code indicators.md}, "Stocks are not summed over time"). */
    public static boolean isStock(String indicatorCode) {
        return indicatorCode.equals("employment") || indicatorCode.startsWith(CAPACITY_PREFIX);
    }

    /** Why the code is not a known indicator, or null. */
    public String problem(String code) {
        if (byCode.containsKey(code)) return null;
        if (code.startsWith(PRODUCT_PREFIX) || code.startsWith(CAPACITY_PREFIX)) {
            String product = code.substring(code.indexOf('.') + 1);
            return "unknown product '" + product + "' (known: " + String.join(", ", products.keySet()) + ")";
        }
        return "unknown indicator '" + code + "' (known: output_value, sales_value, export_value, revenue, electricity, employment, product.<code>, capacity.<code>)";
    }
}
