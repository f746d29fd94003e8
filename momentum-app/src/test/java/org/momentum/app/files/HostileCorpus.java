package org.momentum.app.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The malformed and hostile inputs of {@code src/test/resources/corpus} (issue 9), with the error each must give.
 * Run {@code main} to write the files and {@code manifest.tsv}; the test checks the committed files are exactly what
 * this class writes. The two huge ones (a 10 MB field, a 4 MB line) are listed in the manifest but made at test time.
 * Every file is valid except for its one hostile feature, so the expected error is that feature's and no other's.
 * The known state it runs against: the register E1, E2, E3 of EndToEndTest, their reports, current month 2026-11.
 */
public final class HostileCorpus {
    private HostileCorpus() {}

    /** What an input is and where it goes: an import file, or a request body to a POST route. */
    public enum Kind {
        ENTERPRISES("enterprise_id,name,industry,region,size,scope_from,scope_to",
                "E7,恶意机械有限公司,3491,110101,large,2016-01,", "E8,\"Quote, Comma Ltd.\",3612,310101,medium,2016-01,2017-06"),
        REPORTS("enterprise_id,period,indicator,value,prev_year_value",
                "E1,2017-02,output_value,120,", "E2,2017-02,output_value,240.5,200"),
        PRICES("industry,period,ppi_yoy", "ALL,2017-01,1.012", "34,2017-01,0.995"),
        TARGETS("target_id,name,name_zh,measure,industry,region,baseline_value,baseline_period,goal_kind,goal_value,deadline,direction,tolerance",
                "T1,Output up,产值增长,output_value,ALL,ALL,390,2017-01,growth,6,2017-12,up,0.5",
                "T2,Steel capacity cut,,capacity.crude_steel,31,ALL,1000,2017-01,change,-100,2018-12,down,"),
        /** A JSON body to POST /api/quality/actions (an analyst's). */
        QUALITY_ACTION(null, null, null),
        /** A JSON body to POST /api/reports (a reporter's, bound to E1). */
        REPORT_SUBMISSION(null, null, null),
        /** A form body to POST /admin/users (an administrator's). */
        ADMIN_USER(null, null, null);

        public final String header;
        public final String row1, row2;

        Kind(String header, String row1, String row2) {
            this.header = header;
            this.row1 = row1;
            this.row2 = row2;
        }

        public boolean isFile() { return header != null; }

        String prefix() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    /** One input: its file name, kind, bytes (null for the ones made at test time) and the text its error must contain. */
    public record Case(String file, Kind kind, byte[] bytes, String expected) {
        public boolean generatedAtTestTime() { return bytes == null; }
    }

    public static final String MANIFEST = "manifest.tsv";
    static final int TEN_MB = 10 * 1024 * 1024;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "momentum-app/src/test/resources/corpus");
        Files.createDirectories(dir);
        for (Case c : cases()) if (!c.generatedAtTestTime()) Files.write(dir.resolve(c.file()), c.bytes());
        Files.writeString(dir.resolve(MANIFEST), manifest());
    }

    /** file, kind, expected error (the file name stands for itself), and "generated" for the ones made at test time. */
    public static String manifest() {
        StringBuilder sb = new StringBuilder("# file\tkind\texpected error substring\tsource (written by HostileCorpus.main; do not edit)\n");
        for (Case c : cases())
            sb.append(c.file()).append('\t').append(c.kind()).append('\t').append(c.expected()).append('\t')
                    .append(c.generatedAtTestTime() ? "generated" : "committed").append('\n');
        return sb.toString();
    }

    /** The bytes of a case made at test time. */
    public static byte[] generate(String file) {
        if (file.equals("reports-10mb-field.csv"))
            return utf8(Kind.REPORTS.header + "\n" + Kind.REPORTS.row1 + "\nE2,2017-02,output_value,\"" + "9".repeat(TEN_MB) + "\",\n");
        if (file.equals("enterprises-10mb-name.csv"))
            return utf8(Kind.ENTERPRISES.header + "\n" + Kind.ENTERPRISES.row1 + "\nE9,\"" + "名".repeat(TEN_MB / 3) + "\",3491,110101,large,2016-01,\n");
        if (file.equals("prices-4mb-line.csv"))
            return utf8(Kind.PRICES.header + "\n" + Kind.PRICES.row1 + "\n" + "34,".repeat(4 * 1024 * 1024 / 3) + "\n");
        if (file.equals("quality-action-900kb-string.json"))
            return utf8("{\"enterprise_id\":\"E1\",\"period\":\"2017-01\",\"action\":\"query\",\"reason\":\"" + "x".repeat(900_000) + "\"}");
        if (file.equals("quality-action-2mb.json"))
            return utf8("{\"enterprise_id\":\"E1\",\"period\":\"2017-01\",\"action\":\"query\",\"reason\":\"" + "x".repeat(2_000_000) + "\"}");
        throw new IllegalArgumentException("no generated case " + file);
    }

    private static final List<String> GENERATED = List.of("reports-10mb-field.csv", "enterprises-10mb-name.csv", "prices-4mb-line.csv",
            "quality-action-900kb-string.json", "quality-action-2mb.json");

    public static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (Kind k : Kind.values()) if (k.isFile()) generic(k, out);
        enterprises(out);
        reports(out);
        prices(out);
        targets(out);
        qualityActions(out);
        adminUsers(out);
        reportSubmissions(out);
        out.add(new Case("reports-10mb-field.csv", Kind.REPORTS, null, "reports-10mb-field.csv:3: a field longer than 1048576 characters"));
        out.add(new Case("enterprises-10mb-name.csv", Kind.ENTERPRISES, null, "enterprises-10mb-name.csv:3: a field longer than 1048576 characters"));
        out.add(new Case("prices-4mb-line.csv", Kind.PRICES, null, "prices-4mb-line.csv:3:"));
        out.add(new Case("quality-action-900kb-string.json", Kind.QUALITY_ACTION, null, "400 the body is not accepted: a string is longer than 100000 characters"));
        out.add(new Case("quality-action-2mb.json", Kind.QUALITY_ACTION, null, "413 the request body is larger than 1000000 bytes"));
        return List.copyOf(out);
    }

    static boolean isGenerated(String file) { return GENERATED.contains(file); }

    // ---- the same hostile shapes for every kind of file ----

    private static void generic(Kind k, List<Case> out) {
        String h = k.header, a = k.row1, b = k.row2, p = k.prefix() + "-";
        int cols = h.split(",").length;
        String firstCol = h.substring(0, h.indexOf(','));
        String good = h + "\n" + a + "\n" + b + "\n";
        add(out, p + "empty.csv", k, new byte[0], ":1: the file is empty");
        add(out, p + "only-bom.csv", k, bytes(0xEF, 0xBB, 0xBF), ":1: the file is empty");
        add(out, p + "blank-lines.csv", k, utf8("\n\n\n"), ":1: the file is empty");
        add(out, p + "header-only-semicolons.csv", k, utf8(h.replace(',', ';') + "\n" + a.replace(',', ';') + "\n"), "no commas but semicolons");
        add(out, p + "tabs.csv", k, utf8(good.replace(',', '\t')), "no commas but tabs");
        add(out, p + "pipes.csv", k, utf8(good.replace(',', '|')), ":1: header: required column");
        add(out, p + "unknown-column.csv", k, utf8(h + ",colour\n" + a + ",red\n"), ":1: header: unknown column 'colour'");
        add(out, p + "missing-column.csv", k, utf8(dropFirst(h) + "\n" + dropFirst(a) + "\n"), ":1: header: required column '" + firstCol + "' is missing");
        add(out, p + "duplicate-column.csv", k, utf8(h + "," + firstCol + "\n" + a + "," + a.substring(0, a.indexOf(',')) + "\n"),
                ":1: header: column '" + firstCol + "' appears twice");
        add(out, p + "upper-case-header.csv", k, utf8(h.toUpperCase(java.util.Locale.ROOT) + "\n" + a + "\n"), ":1: header: required column");
        add(out, p + "header-zero-width-space.csv", k, utf8(h.replaceFirst(",", "\u200B,") + "\n" + a + "\n"),
                ":1: header: required column '" + firstCol + "' is missing; unknown column '" + firstCol + "\\u200B'");
        add(out, p + "truncated-row.csv", k, utf8(h + "\n" + a + "\n" + b.substring(0, b.indexOf(',') + 1)),
                ":3: the row has 2 fields but the header has " + cols);
        add(out, p + "truncated-in-quotes.csv", k, utf8(h + "\n" + a + "\n\"" + b), ":3:");
        add(out, p + "extra-field.csv", k, utf8(h + "\n" + a + ",surplus\n"), ":2: the row has " + (cols + 1) + " fields but the header has " + cols);
        add(out, p + "missing-field.csv", k, utf8(h + "\n" + a.substring(0, a.lastIndexOf(',')) + "\n"),
                ":2: the row has " + (cols - 1) + " fields but the header has " + cols);
        add(out, p + "stray-quote.csv", k, utf8(h + "\n" + a + "\n" + b.replaceFirst(",", "x\"y,") + "\n"), ":3:");
        add(out, p + "text-after-quote.csv", k, utf8(h + "\n" + "\"" + a.substring(0, a.indexOf(',')) + "\"junk" + a.substring(a.indexOf(',')) + "\n"), ":2:");
        add(out, p + "nul-byte.csv", k, utf8(h + "\n" + a + "\n" + b.charAt(0) + "\0" + b.substring(1) + "\n"),
                ":3: " + firstCol + ": holds the control character U+0000 at position 2");
        add(out, p + "utf16le.csv", k, concat(bytes(0xFF, 0xFE), good.getBytes(StandardCharsets.UTF_16LE)), ":1:");
        add(out, p + "utf16be-no-bom.csv", k, good.getBytes(StandardCharsets.UTF_16BE), ":1:");
        add(out, p + "bom-then-bad-row.csv", k, concat(bytes(0xEF, 0xBB, 0xBF), utf8(h + "\n" + a + "\n" + b + ",x\n")), ":3: the row has");
        add(out, p + "gb18030-bad-row.csv", k, (h + "\n" + a + "\n" + b + ",坏\n").getBytes(Charset.forName("GB18030")), ":3: the row has");
        add(out, p + "mixed-encodings.csv", k, concat(utf8(h + "\n" + a + "\n"), (b.replaceFirst(",", "中,") + "\n").getBytes(Charset.forName("GB18030"))),
                mixedEncodingError(k));
        add(out, p + "invalid-utf8.csv", k, concat(utf8(h + "\n" + a + "\n"), bytes(0xC3, 0x28, 0xA0, 0xA1), utf8("\n")), ":3:");
        add(out, p + "binary.csv", k, randomBytes(k.ordinal(), 600), ":1:");
        add(out, p + "cr-only-bad-row.csv", k, utf8((h + "\n" + a + "\n" + b + ",x\n").replace('\n', '\r')), ":3: the row has");
        add(out, p + "crlf-bad-row.csv", k, utf8((h + "\n" + a + "\n" + b + ",x\n").replace("\n", "\r\n")), ":3: the row has");
        add(out, p + "header-repeated.csv", k, utf8(h + "\n" + a + "\n" + h + "\n"), ":3:");
        add(out, p + "html.csv", k, utf8("<html><body><script>alert(1)</script>" + h + "</body></html>\n"), ":1: header:");
        add(out, p + "json.csv", k, utf8("{\"" + firstCol + "\": \"x\"}\n"), ":1: header:");
        add(out, p + "zip.csv", k, concat(bytes(0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0), randomBytes(100 + k.ordinal(), 200)), ":1:");
        add(out, p + "formula-header.csv", k, utf8("=" + h + "\n" + a + "\n"), ":1: header: required column '" + firstCol + "' is missing; unknown column '=" + firstCol + "'");
    }

    /** A UTF-8 file with a GB18030 line: where line 2 has UTF-8 Chinese the reader names the line, else all of it reads as GB18030. */
    private static String mixedEncodingError(Kind k) {
        return switch (k) {
            case ENTERPRISES, TARGETS -> ":3: line 3 is not UTF-8 although the lines before it are";
            case REPORTS -> ":3: enterprise_id: enterprise 'E2中' is not in the register";
            case PRICES -> ":3: industry: '34中' is neither ALL nor a GB/T 4754-2017 code";
            default -> throw new IllegalArgumentException(k.toString());
        };
    }

    // ---- the register ----

    private static void enterprises(List<Case> out) {
        Kind k = Kind.ENTERPRISES;
        String h = k.header + "\n" + k.row1 + "\n";
        String[][] rows = {
                {"bad-industry", "E9,x,9999,110101,large,2016-01,", ":3: industry:"},
                {"industry-division-only", "E9,x,34,110101,large,2016-01,", ":3: industry:"},
                {"bad-region", "E9,x,3491,999999,large,2016-01,", ":3: region:"},
                {"region-letters", "E9,x,3491,11O1O1,large,2016-01,", ":3: region:"},
                {"bad-size", "E9,x,3491,110101,huge,2016-01,", ":3: size:"},
                {"size-upper-case", "E9,x,3491,110101,LARGE,2016-01,", ":3: size:"},
                {"bad-scope-from", "E9,x,3491,110101,large,2016-13,", ":3: scope_from:"},
                {"scope-from-empty", "E9,x,3491,110101,large,,", ":3: scope_from:"},
                {"scope-to-before-from", "E9,x,3491,110101,large,2017-06,2016-01", ":3: scope_to:"},
                {"scope-to-garbage", "E9,x,3491,110101,large,2016-01,soon", ":3: scope_to:"},
                {"id-empty", ",x,3491,110101,large,2016-01,", ":3: enterprise_id:"},
                {"id-33-chars", "E" + "1".repeat(32) + ",x,3491,110101,large,2016-01,", ":3: enterprise_id:"},
                {"uscc-bad-check", "91110108MA01ABCD1X,x,3491,110101,large,2016-01,", ":3: enterprise_id:"},
                {"duplicate-id", "E7,Other Name,3491,110101,small,2016-01,", ":3: enterprise_id:"},
                {"formula-id", "\"=HYPERLINK(\"\"http://evil\"\")\",x,3491,110101,large,2016-01,", ":3: enterprise_id: '=HYPERLINK(\"http://evil\")' starts with =, which a spreadsheet would run as a formula"},
                {"plus-id", "+E9,x,3491,110101,large,2016-01,", ":3: enterprise_id: '+E9' starts with +"},
                {"at-id", "@E9,x,3491,110101,large,2016-01,", ":3: enterprise_id: '@E9' starts with @"},
                {"name-control-char", "E9,Bad\u0007Bell Co.,3491,110101,large,2016-01,", ":3: name: holds the control character U+0007 at position 4"},
                {"name-escape-sequence", "E9,Red \u001B[31m Co.,3491,110101,large,2016-01,", ":3: name: holds the control character U+001B at position 5"},
                {"formula-industry", "E9,x,=1+1,110101,large,2016-01,", ":3: industry:"},
                {"sql-injection-region", "E9,x,3491,'; DROP TABLE enterprise; --,large,2016-01,", ":3: region:"},
        };
        for (String[] r : rows) add(out, "enterprises-" + r[0] + ".csv", k, utf8(h + r[1] + "\n"), r[2]);
    }

    // ---- the reports ----

    private static void reports(List<Case> out) {
        Kind k = Kind.REPORTS;
        String h = k.header + "\n" + k.row1 + "\n";
        String[][] rows = {
                {"nan", "E2,2017-02,output_value,NaN,", ":3: value:"},
                {"nan-lower", "E2,2017-02,output_value,nan,", ":3: value:"},
                {"infinity", "E2,2017-02,output_value,Infinity,", ":3: value:"},
                {"minus-infinity", "E2,2017-02,output_value,-Infinity,", ":3: value:"},
                {"inf-symbol", "E2,2017-02,output_value,∞,", ":3: value:"},
                {"1e309", "E2,2017-02,output_value,1e309,", ":3: value:"},
                {"minus-1e309", "E2,2017-02,output_value,-1e309,", ":3: value:"},
                {"negative", "E2,2017-02,output_value,-5,", ":3: value: -5 is negative"},
                {"negative-zero-point", "E2,2017-02,output_value,-0.01,", ":3: value: -0.01 is negative"},
                {"prev-negative", "E2,2017-02,output_value,5,-1", ":3: prev_year_value: -1 is negative"},
                {"prev-nan", "E2,2017-02,output_value,5,NaN", ":3: prev_year_value:"},
                {"prev-1e309", "E2,2017-02,output_value,5,1e309", ":3: prev_year_value:"},
                {"value-empty", "E2,2017-02,output_value,,", ":3: value:"},
                {"value-thousands", "E2,2017-02,output_value,\"1,000\",", ":3: value:"},
                {"value-chinese-comma", "E2,2017-02,output_value,1，000,", ":3: value:"},
                {"value-hex", "E2,2017-02,output_value,0x1F,", ":3: value:"},
                {"value-hex-float", "E2,2017-02,output_value,0x1p3,", ":3: value:"},
                {"value-suffix-d", "E2,2017-02,output_value,12d,", ":3: value:"},
                {"value-suffix-f", "E2,2017-02,output_value,12f,", ":3: value:"},
                {"value-unit", "E2,2017-02,output_value,12万元,", ":3: value:"},
                {"value-percent", "E2,2017-02,output_value,12%,", ":3: value:"},
                {"value-two-points", "E2,2017-02,output_value,1.2.3,", ":3: value:"},
                {"value-fullwidth-digits", "E2,2017-02,output_value,１２３,", ":3: value:"},
                {"value-formula", "E2,2017-02,output_value,=1+1,", ":3: value:"},
                {"value-formula-cmd", "E2,2017-02,output_value,\"=cmd|' /C calc'!A0\",", ":3: value:"},
                {"value-plus-formula", "E2,2017-02,output_value,+1+1,", ":3: value:"},
                {"value-at-formula", "E2,2017-02,output_value,@SUM(1),", ":3: value:"},
                {"value-long-digits", "E2,2017-02,output_value," + "9".repeat(400) + ",", ":3: value:"},
                {"unknown-indicator", "E2,2017-02,output_valu,5,", ":3: indicator:"},
                {"unknown-product", "E2,2017-02,product.unobtainium,5,", ":3: indicator:"},
                {"unknown-capacity", "E2,2017-02,capacity.unobtainium,5,", ":3: indicator:"},
                {"indicator-upper-case", "E2,2017-02,OUTPUT_VALUE,5,", ":3: indicator:"},
                {"indicator-empty", "E2,2017-02,,5,", ":3: indicator:"},
                {"unknown-enterprise", "E99,2017-02,output_value,5,", ":3: enterprise_id: enterprise 'E99' is not in the register"},
                {"enterprise-formula", "\"=HYPERLINK(\"\"http://evil\"\")\",2017-02,output_value,5,", ":3: enterprise_id:"},
                {"enterprise-empty", ",2017-02,output_value,5,", ":3: enterprise_id: empty"},
                {"future-period", "E2,2027-01,output_value,5,", ":3: period: 2027-01 is after the current month 2026-11"},
                {"far-future-period", "E2,2999-12,output_value,5,", ":3: period: 2999-12 is after the current month 2026-11"},
                {"month-13", "E2,2017-13,output_value,5,", ":3: period: '2017-13' is not a month YYYY-MM"},
                {"month-00", "E2,2017-00,output_value,5,", ":3: period: '2017-00' is not a month YYYY-MM"},
                {"period-one-digit-month", "E2,2017-2,output_value,5,", ":3: period: '2017-2' is not a month YYYY-MM"},
                {"period-date", "E2,2017-02-01,output_value,5,", ":3: period: '2017-02-01' is not a month YYYY-MM"},
                {"period-slash", "E2,2017/02,output_value,5,", ":3: period: '2017/02' is not a month YYYY-MM"},
                {"period-chinese", "E2,2017年2月,output_value,5,", ":3: period:"},
                {"period-year-0", "E2,0000-01,output_value,5,", ":3: period:"},
                {"period-excel-serial", "E2,42767,output_value,5,", ":3: period: '42767' is not a month YYYY-MM"},
                {"duplicate-key", "E1,2017-02,output_value,121,", ":3:"},
                {"revision-of-revision", "E1,2017-02,output_value,121,\nE1,2017-02,output_value,122,", ":3:"},
                {"duplicate-key-prev", "E1,2017-02,output_value,120,99", ":3:"},
        };
        for (String[] r : rows) add(out, "reports-" + r[0] + ".csv", k, utf8(h + r[1] + "\n"), r[2]);
        // a later bad row still refuses the whole file, revisions of stored rows included
        add(out, "reports-revisions-then-bad.csv", k, utf8(k.header + "\nE1,2017-01,output_value,111,\nE2,2017-01,output_value,231,190\nE3,2017-01,output_value,-1,\n"),
                ":4: value: -1 is negative");
        StringBuilder many = new StringBuilder(k.header + "\n");
        for (int m = 1; m <= 12; m++) many.append(String.format("E1,2016-%02d,output_value,%d,%n", m, 100 + m));
        many.append("E1,2016-06,output_value,NaN,\n");
        add(out, "reports-bad-last-of-many.csv", k, utf8(many.toString()), ":14: value:");
    }

    // ---- prices ----

    private static void prices(List<Case> out) {
        Kind k = Kind.PRICES;
        String h = k.header + "\n" + k.row1 + "\n";
        String[][] rows = {
                {"zero", "34,2017-02,0", ":3: ppi_yoy: 0 is not > 0"},
                {"negative", "34,2017-02,-1.01", ":3: ppi_yoy: -1.01 is not > 0"},
                {"nan", "34,2017-02,NaN", ":3: ppi_yoy:"},
                {"infinity", "34,2017-02,Infinity", ":3: ppi_yoy:"},
                {"1e309", "34,2017-02,1e309", ":3: ppi_yoy:"},
                {"ppi-empty", "34,2017-02,", ":3: ppi_yoy: empty"},
                {"percent", "34,2017-02,101.2%", ":3: ppi_yoy:"},
                {"unknown-industry", "9999,2017-02,1.01", ":3: industry: '9999' is neither ALL nor a GB/T 4754-2017 code"},
                {"industry-all-lower", "all,2017-02,1.01", ":3: industry: 'all' is neither ALL nor a GB/T 4754-2017 code"},
                {"future-period", "34,2030-01,1.01", ":3: period: 2030-01 is after the current month 2026-11"},
                {"bad-period", "34,2017-13,1.01", ":3: period: '2017-13' is not a month YYYY-MM"},
                {"duplicate-key", "ALL,2017-01,1.013", ":3: ppi_yoy: ALL 2017-01 is also on line 2 with another value"},
                {"formula", "34,2017-02,=1.01*1", ":3: ppi_yoy:"},
        };
        for (String[] r : rows) add(out, "prices-" + r[0] + ".csv", k, utf8(h + r[1] + "\n"), r[2]);
    }

    // ---- targets ----

    private static void targets(List<Case> out) {
        Kind k = Kind.TARGETS;
        String h = k.header + "\n" + k.row1 + "\n";
        String[][] rows = {
                {"unknown-measure", "T3,x,,output_valu,ALL,ALL,1,2017-01,level,2,2017-12,up,", ":3: measure:"},
                {"unknown-industry", "T3,x,,output_value,9999,ALL,1,2017-01,level,2,2017-12,up,", ":3: industry:"},
                {"region-not-province", "T3,x,,output_value,ALL,110101,1,2017-01,level,2,2017-12,up,", ":3: region:"},
                {"goal-kind", "T3,x,,output_value,ALL,ALL,1,2017-01,double,2,2017-12,up,", ":3: goal_kind:"},
                {"direction", "T3,x,,output_value,ALL,ALL,1,2017-01,level,2,2017-12,sideways,", ":3: direction:"},
                {"deadline-before-baseline", "T3,x,,output_value,ALL,ALL,1,2017-06,level,2,2017-01,up,", ":3: deadline:"},
                {"baseline-nan", "T3,x,,output_value,ALL,ALL,NaN,2017-01,level,2,2017-12,up,", ":3: baseline_value:"},
                {"goal-infinity", "T3,x,,output_value,ALL,ALL,1,2017-01,level,Infinity,2017-12,up,", ":3: goal_value:"},
                {"goal-1e309", "T3,x,,output_value,ALL,ALL,1,2017-01,level,1e309,2017-12,up,", ":3: goal_value:"},
                {"tolerance-negative", "T3,x,,output_value,ALL,ALL,1,2017-01,level,2,2017-12,up,-0.5", ":3: tolerance:"},
                {"bad-deadline", "T3,x,,output_value,ALL,ALL,1,2017-01,level,2,2017-13,up,", ":3: deadline:"},
                {"id-empty", ",x,,output_value,ALL,ALL,1,2017-01,level,2,2017-12,up,", ":3: target_id:"},
                {"id-65-chars", "T" + "x".repeat(64) + ",x,,output_value,ALL,ALL,1,2017-01,level,2,2017-12,up,", ":3: target_id:"},
                {"duplicate-id", "T1,Output up again,,output_value,ALL,ALL,390,2017-01,growth,7,2017-12,up,0.5", ":3: target_id:"},
                {"formula-measure", "T3,x,,=SUM(A1),ALL,ALL,1,2017-01,level,2,2017-12,up,", ":3: measure:"},
        };
        for (String[] r : rows) add(out, "targets-" + r[0] + ".csv", k, utf8(h + r[1] + "\n"), r[2]);
    }

    // ---- JSON to POST /api/quality/actions ----

    private static void qualityActions(List<Case> out) {
        Kind k = Kind.QUALITY_ACTION;
        String ok = "\"enterprise_id\":\"E1\",\"period\":\"2017-01\",\"action\":\"query\",\"reason\":\"r\"";
        String[][] bodies = {
                {"empty", "", "400 "},
                {"whitespace", "   \n ", "400 "},
                {"not-json", "enterprise_id=E1&period=2017-01", "400 the body is not JSON"},
                {"truncated", "{" + ok.substring(0, 30), "400 the body is not JSON"},
                {"array", "[{" + ok + "}]", "400 the body must be a JSON object"},
                {"string", "\"hello\"", "400 the body must be a JSON object"},
                {"number", "42", "400 the body must be a JSON object"},
                {"null", "null", "400 the body must be a JSON object"},
                {"trailing-garbage", "{" + ok + "} {\"action\":\"accept\"}", "400 the body is not JSON: Trailing token"},
                {"duplicate-key", "{" + ok + ",\"action\":\"accept\"}", "400 the body is not JSON: Duplicate field 'action'"},
                {"nan-literal", "{" + ok + ",\"value\":NaN}", "400 the body is not JSON"},
                {"single-quotes", "{'enterprise_id':'E1'}", "400 the body is not JSON"},
                {"comment", "{/* hi */" + ok + "}", "400 the body is not JSON"},
                {"deep-array", "{" + ok + ",\"indicator\":" + "[".repeat(5000) + "]".repeat(5000) + "}", "400 the body is not accepted: it is nested deeper than 32 levels"},
                {"deep-object", "{\"a\":".repeat(2000) + "1" + "}".repeat(2000), "400 the body is not accepted: it is nested deeper than 32 levels"},
                {"deep-unclosed", "[".repeat(20_000), "400 the body is not accepted: it is nested deeper than 32 levels"},
                {"missing-enterprise", "{\"period\":\"2017-01\",\"action\":\"query\",\"reason\":\"r\"}", "400 enterprise_id is required"},
                {"missing-reason", "{\"enterprise_id\":\"E1\",\"period\":\"2017-01\",\"action\":\"query\"}", "400 reason is required"},
                {"enterprise-number", "{\"enterprise_id\":1,\"period\":\"2017-01\",\"action\":\"query\",\"reason\":\"r\"}", "400 enterprise_id must be a JSON string, not number"},
                {"enterprise-object", "{\"enterprise_id\":{\"$ne\":null},\"period\":\"2017-01\",\"action\":\"query\",\"reason\":\"r\"}", "400 enterprise_id must be a JSON string, not object"},
                {"unknown-enterprise", "{\"enterprise_id\":\"E99\",\"period\":\"2017-01\",\"action\":\"query\",\"reason\":\"r\"}", "400 no flagged report of E99"},
                {"future-period", "{\"enterprise_id\":\"E1\",\"period\":\"2999-01\",\"action\":\"query\",\"reason\":\"r\"}", "400 no flagged report of E1 for 2999-01"},
                {"bad-period", "{\"enterprise_id\":\"E1\",\"period\":\"2017-13\",\"action\":\"query\",\"reason\":\"r\"}", "400 period: '2017-13' is not a month YYYY-MM"},
                {"period-number", "{\"enterprise_id\":\"E1\",\"period\":201701,\"action\":\"query\",\"reason\":\"r\"}", "400 period must be a JSON string, not number"},
                {"unknown-action", "{\"enterprise_id\":\"E1\",\"period\":\"2017-01\",\"action\":\"delete\",\"reason\":\"r\"}", "400 "},
                {"correct-nan-value", "{\"enterprise_id\":\"E1\",\"period\":\"2017-01\",\"action\":\"correct\",\"indicator\":\"output_value\",\"value\":\"NaN\",\"reason\":\"r\"}", "400 value must be a JSON number"},
                {"correct-1e309", "{\"enterprise_id\":\"E1\",\"period\":\"2017-01\",\"action\":\"correct\",\"indicator\":\"output_value\",\"value\":1e309,\"reason\":\"r\"}", "400 "},
                {"correct-negative", "{\"enterprise_id\":\"E1\",\"period\":\"2017-01\",\"action\":\"correct\",\"indicator\":\"output_value\",\"value\":-5,\"reason\":\"r\"}", "400 "},
                {"correct-unknown-indicator", "{\"enterprise_id\":\"E1\",\"period\":\"2017-01\",\"action\":\"correct\",\"indicator\":\"output_valu\",\"value\":5,\"reason\":\"r\"}", "400 indicator:"},
                {"sql-injection", "{\"enterprise_id\":\"E1' OR '1'='1\",\"period\":\"2017-01\",\"action\":\"query\",\"reason\":\"r\"}", "400 no flagged report of E1' OR '1'='1"},
                {"reason-3000-chars", "{" + ok.replace("\"r\"", "\"" + "长".repeat(3000) + "\"") + "}", "400 reason is longer than 2000 characters"},
                {"invalid-utf8", null, "400 "},
                {"bom", "\uFEFF{" + ok.replace("query", "delete") + "}", "400 "},
        };
        for (String[] b : bodies) {
            byte[] body = b[1] == null ? concat(utf8("{\"enterprise_id\":\"E"), bytes(0xFF, 0xFE), utf8("\",\"period\":\"2017-01\",\"action\":\"query\",\"reason\":\"r\"}")) : utf8(b[1]);
            add(out, "quality-action-" + b[0] + ".json", k, body, b[2]);
        }
    }

    // ---- JSON to POST /api/reports ----

    private static void reportSubmissions(List<Case> out) {
        Kind k = Kind.REPORT_SUBMISSION;
        String row = "{\"indicator\":\"output_value\",\"value\":120}";
        java.util.function.BiFunction<String, String, String> body = (period, rows) ->
                "{\"enterprise_id\":\"E1\",\"period\":\"" + period + "\",\"rows\":[" + rows + "],\"explanation\":\"x\"}";
        String[][] bodies = {
                {"not-json", "enterprise_id=E1", "400 body: not JSON"},
                {"truncated", body.apply("2017-02", row).substring(0, 40), "400 body: not JSON"},
                {"array", "[" + body.apply("2017-02", row) + "]", "400 body: must be a JSON object"},
                {"duplicate-key", body.apply("2017-02", row).replace("\"explanation\"", "\"period\":\"2017-03\",\"explanation\""), "400 body: not JSON: Duplicate field 'period'"},
                {"trailing-garbage", body.apply("2017-02", row) + "{}", "400 body: not JSON: Trailing token"},
                {"deep-rows", body.apply("2017-02", "[".repeat(3000) + "]".repeat(3000)), "400 body: not accepted: it is nested deeper than 32 levels"},
                {"unknown-field", body.apply("2017-02", row).replace("\"explanation\"", "\"colour\":\"red\",\"explanation\""), "400 colour: unknown field"},
                {"rows-not-array", "{\"enterprise_id\":\"E1\",\"period\":\"2017-02\",\"rows\":{},\"explanation\":\"x\"}", "400 rows: must be an array"},
                {"row-not-object", body.apply("2017-02", "42"), "400 rows[0]: must be an object"},
                {"enterprise-number", "{\"enterprise_id\":1,\"period\":\"2017-02\",\"rows\":[" + row + "],\"explanation\":\"x\"}", "400 enterprise_id: must be a string"},
                {"value-text", body.apply("2017-02", "{\"indicator\":\"output_value\",\"value\":\"abc\"}"), "422 rows[0].value:"},
                {"value-nan", body.apply("2017-02", "{\"indicator\":\"output_value\",\"value\":\"NaN\"}"), "422 rows[0].value:"},
                {"value-1e309", body.apply("2017-02", "{\"indicator\":\"output_value\",\"value\":1e309}"), "422 rows[0].value:"},
                {"value-negative", body.apply("2017-02", "{\"indicator\":\"output_value\",\"value\":-5}"), "422 rows[0].value: -5 is negative"},
                {"unknown-indicator", body.apply("2017-02", "{\"indicator\":\"output_valu\",\"value\":5}"), "422 rows[0].indicator:"},
                {"future-period", body.apply("2999-01", row), "422 period: 2999-01 is after the current month"},
                {"bad-period", body.apply("2017-13", row), "422 period: '2017-13' is not a month YYYY-MM"},
                {"other-enterprise", body.apply("2017-02", row).replace("\"E1\"", "\"E2\""), "403 "},
                {"duplicate-row", body.apply("2017-02", row + ",{\"indicator\":\"output_value\",\"value\":121}"), "422 rows[1]"},
        };
        for (String[] b : bodies) add(out, "report-submission-" + b[0] + ".json", k, utf8(b[1]), b[2]);
    }

    // ---- form bodies to POST /admin/users ----

    private static void adminUsers(List<Case> out) {
        Kind k = Kind.ADMIN_USER;
        String[][] bodies = {
                {"empty", "", "400 username is required"},
                {"no-password", "username=alice&role=analyst", "400 password is required"},
                {"bad-role", "username=alice&role=god&password=correct+horse+battery", "400 role"},
                {"bad-username", "username=%3Cscript%3E&role=analyst&password=correct+horse+battery", "400 username: 1-64 letters"},
                {"short-password", "username=alice&role=analyst&password=x", "400 password"},
                {"formula-enterprise", "username=alice&role=reporter&password=correct+horse+battery&enterprises=%3Dcmd%7Ccalc%21A0",
                        "400 enterprise: '=cmd|calc!A0' is not an enterprise id"},
                {"chinese-enterprise", "username=alice&role=reporter&password=correct+horse+battery&enterprises=%E4%B8%AD", "400 enterprise: '中' is not an enterprise id"},
                {"bad-province", "username=alice&role=analyst&password=correct+horse+battery&provinces=999999", "400 province: '999999' is not a code NN0000"},
                {"json-instead", "{\"username\":\"alice\",\"role\":\"analyst\"}", "400 username is required"},
                {"binary", null, "400 "},
        };
        for (String[] b : bodies) add(out, "admin-user-" + b[0] + ".txt", k, b[1] == null ? randomBytes(77, 300) : utf8(b[1]), b[2]);
    }

    // ---- helpers ----

    private static void add(List<Case> out, String file, Kind k, byte[] bytes, String expected) {
        // the expected text of a file names the file itself (errors are file:line: column: reason)
        String e = expected.startsWith(":") ? file + expected : expected;
        out.add(new Case(file, k, bytes, e));
    }

    private static String dropFirst(String csv) { return csv.substring(csv.indexOf(',') + 1); }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) o.writeBytes(p);
        return o.toByteArray();
    }

    private static byte[] randomBytes(long seed, int n) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Equal content, for the check that the committed files are the generator's. */
    static boolean same(byte[] a, byte[] b) { return Arrays.equals(a, b); }
}
