package org.momentum.store;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.IndustryLevel;
import org.momentum.classification.Region;
import org.momentum.classification.RegionClassification;
import org.momentum.csv.CsvParser;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.reports.IndicatorDefinition;
import org.momentum.reports.Product;

/**
 * The reference tables Momentum ships (GB/T 4754-2017, GB/T 2260 provinces, products, indicators), read
 * from the classpath and installed into the store on first start.
 */
public final class ReferenceData {
    private static final String BASE = "/org/momentum/store/reference/";
    private static volatile ReferenceData shipped;

    private final IndustryClassification industries;
    private final RegionClassification regions;
    private final List<Region> provinceList;
    private final IndicatorCatalog indicators;

    private ReferenceData(IndustryClassification industries, List<Region> provinces, IndicatorCatalog indicators) {
        this.industries = industries;
        this.provinceList = provinces;
        this.regions = new RegionClassification(provinces);
        this.indicators = indicators;
    }

    /** The shipped reference data (parsed once). */
    public static ReferenceData shipped() {
        ReferenceData r = shipped;
        if (r == null) {
            synchronized (ReferenceData.class) {
                if (shipped == null) shipped = new ReferenceData(readIndustries(), readProvinces(), IndicatorCatalog.standard());
                r = shipped;
            }
        }
        return r;
    }

    public IndustryClassification industries() { return industries; }

    public RegionClassification regions() { return regions; }

    public IndicatorCatalog indicators() { return indicators; }

    private static List<Map<String, String>> readCsv(String name) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(BASE + name)) {
            if (in == null) throw new IllegalStateException("reference file " + name + " is missing from the build");
            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
            CsvParser p = new CsvParser(r);
            if (!p.next()) throw new IllegalStateException("reference file " + name + " is empty");
            String[] header = p.fields();
            List<Map<String, String>> rows = new ArrayList<>();
            while (p.next()) {
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.length && i < p.fieldCount(); i++) m.put(header[i], p.field(i));
                rows.add(m);
            }
            return rows;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read reference file " + name, e);
        }
    }

    private static IndustryClassification readIndustries() {
        List<Industry> list = new ArrayList<>();
        for (Map<String, String> m : readCsv("gbt4754-2017.csv")) {
            String parent = m.get("parent");
            String en = m.get("name_en");
            list.add(new Industry(m.get("code"), IndustryLevel.parse(m.get("level")), parent.isEmpty() ? null : parent,
                    m.get("section"), m.get("name_zh"), en == null || en.isEmpty() ? null : en));
        }
        return new IndustryClassification(list);
    }

    private static List<Region> readProvinces() {
        List<Region> list = new ArrayList<>();
        for (Map<String, String> m : readCsv("gbt2260-provinces.csv"))
            list.add(new Region(m.get("code"), m.get("name_zh"), m.get("name_en"), m.get("name_zh_short")));
        return list;
    }

    /** Installs the reference tables when the store has none yet (first start); true when it did. */
    public boolean installIfEmpty(Database db) {
        return db.inTransaction(c -> {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM industry")) {
                rs.next();
                if (rs.getLong(1) > 0) return false;
            }
            install(c);
            AuditLog.append(c, "system", "reference.install", "reference", "GB/T 4754-2017;GB/T 2260",
                    industries.all().size() + " industries, " + provinceList.size() + " provinces, "
                            + indicators.products().size() + " products, " + indicators.all().size() + " indicators");
            return true;
        });
    }

    private void install(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO industry (code, level, parent, section, name_zh, name_en) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Industry i : industries.all()) {
                ps.setString(1, i.code());
                ps.setString(2, i.level().name().toLowerCase(java.util.Locale.ROOT));
                ps.setString(3, i.parent());
                ps.setString(4, i.section());
                ps.setString(5, i.nameZh());
                ps.setString(6, i.nameEn());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO region (code, name_zh, name_en, short_name_zh) VALUES (?, ?, ?, ?)")) {
            for (Region r : provinceList) {
                ps.setString(1, r.code());
                ps.setString(2, r.nameZh());
                ps.setString(3, r.nameEn());
                ps.setString(4, r.shortNameZh());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO product (code, unit_en, unit_zh, name_en, name_zh, industry) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Product p : indicators.products()) {
                ps.setString(1, p.code());
                ps.setString(2, p.unitEn());
                ps.setString(3, p.unitZh());
                ps.setString(4, p.nameEn());
                ps.setString(5, p.nameZh());
                ps.setString(6, p.industry());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO indicator (code, unit_en, unit_zh, name_en, name_zh, is_stock) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (IndicatorDefinition d : indicators.all()) {
                ps.setString(1, d.code());
                ps.setString(2, d.unitEn());
                ps.setString(3, d.unitZh());
                ps.setString(4, d.nameEn());
                ps.setString(5, d.nameZh());
                ps.setBoolean(6, d.stock());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
