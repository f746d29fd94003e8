package org.momentum.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.TestFiles;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.RegisterRules;
import org.momentum.reports.Report;
import org.momentum.reports.ReportRules;
import org.momentum.store.ReferenceData;

class InputReaderTest {
    @TempDir Path dir;
    final ReferenceData ref = ReferenceData.shipped();
    final RegisterRules registerRules = new RegisterRules(ref.industries(), ref.regions());
    final ReportRules reportRules = new ReportRules(ref.indicators(), id -> id.startsWith("E"), Period.of(2026, 11));

    static final String REGISTER = "enterprise_id,name,industry,region,size,scope_from,scope_to\n"
            + "E1,北京机器人有限公司,3491,110101,large,2016-01,\n";

    List<Enterprise> readRegister(Path f, ReadOptions o, ReadOutcome[] out) {
        List<Enterprise> got = new ArrayList<>();
        out[0] = InputReader.readEnterprises(f, o, registerRules, (l, e) -> got.add(e), Progress.NONE);
        return got;
    }

    @Test
    void gb18030FileIsDetectedAndDecoded() throws Exception {
        Path f = TestFiles.write(dir, "gbk.csv", REGISTER, Charset.forName("GB18030"));
        ReadOutcome[] out = new ReadOutcome[1];
        List<Enterprise> got = readRegister(f, ReadOptions.strict(), out);
        assertEquals("GB18030", out[0].encoding());
        assertEquals("北京机器人有限公司", got.get(0).name());
    }

    @Test
    void utf8WithBomAndForcedEncoding() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write(REGISTER.getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("bom.csv");
        Files.write(f, b.toByteArray());
        ReadOutcome[] out = new ReadOutcome[1];
        List<Enterprise> got = readRegister(f, ReadOptions.strict(), out);
        assertEquals("UTF-8 (BOM)", out[0].encoding());
        assertEquals("E1", got.get(0).id(), "the BOM is not part of the first column name");

        Path g = TestFiles.write(dir, "gbk2.csv", REGISTER, Charset.forName("GB18030"));
        got = readRegister(g, new ReadOptions("GBK", false, false), out);
        assertEquals("北京机器人有限公司", got.get(0).name());
    }

    @Test
    void mixedEncodingsAreRefusedAtTheLine() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(REGISTER.getBytes(StandardCharsets.UTF_8));
        b.write("E2,天津钢铁,3120,120101,large,2016-01,\n".getBytes(Charset.forName("GB18030")));
        Path f = dir.resolve("mixed.csv");
        Files.write(f, b.toByteArray());
        ReadOutcome[] out = new ReadOutcome[1];
        InputFileException e = assertThrows(InputFileException.class, () -> readRegister(f, ReadOptions.strict(), out));
        assertTrue(e.getMessage().contains("mixed.csv:3: line 3 is not UTF-8 although the lines before it are"), e.getMessage());

        // past the first megabyte that decides the encoding, the strict decoder still names the exact line
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.write(REGISTER.getBytes(StandardCharsets.UTF_8));
        int lines = 30_000;
        for (int i = 0; i < lines; i++)
            big.write(String.format("E%06d,北京机器人有限公司,3491,110101,large,2016-01,%n", i).getBytes(StandardCharsets.UTF_8));
        big.write("E9,天津钢铁,3120,120101,large,2016-01,\n".getBytes(Charset.forName("GB18030")));
        Path g = dir.resolve("bigmixed.csv");
        Files.write(g, big.toByteArray());
        readRegister(g, ReadOptions.strict(), out);
        assertTrue(out[0].fatal());
        assertEquals(lines + 3, out[0].errors().get(0).line());
        assertTrue(out[0].errors().get(0).reason().contains("not valid UTF-8"), out[0].errors().get(0).reason());
    }

    @Test
    void headerProblems() throws Exception {
        Path missing = TestFiles.write(dir, "m.csv", "enterprise_id,period,value\nE1,2017-01,1\n");
        InputFileException e = assertThrows(InputFileException.class,
                () -> InputReader.readReports(missing, ReadOptions.strict(), reportRules, (l, r) -> {}, Progress.NONE));
        assertTrue(e.getMessage().contains("required column 'indicator' is missing"), e.getMessage());
        assertTrue(e.getMessage().contains(":1: header"));

        Path unknown = TestFiles.write(dir, "u.csv", "enterprise_id,period,indicator,value,comment\nE1,2017-01,output_value,1,x\n");
        e = assertThrows(InputFileException.class,
                () -> InputReader.readReports(unknown, ReadOptions.strict(), reportRules, (l, r) -> {}, Progress.NONE));
        assertTrue(e.getMessage().contains("unknown column 'comment'"));
        List<Report> got = new ArrayList<>();
        ReadOutcome ok = InputReader.readReports(unknown, new ReadOptions(null, true, false), reportRules, (l, r) -> got.add(r), Progress.NONE);
        assertTrue(ok.ok());
        assertEquals(1, got.size());

        Path semi = TestFiles.write(dir, "s.csv", "enterprise_id;period;indicator;value\nE1;2017-01;output_value;1\n");
        e = assertThrows(InputFileException.class,
                () -> InputReader.readReports(semi, ReadOptions.strict(), reportRules, (l, r) -> {}, Progress.NONE));
        assertTrue(e.getMessage().contains("semicolons"));

        Path empty = TestFiles.write(dir, "e.csv", "");
        e = assertThrows(InputFileException.class,
                () -> InputReader.readReports(empty, ReadOptions.strict(), reportRules, (l, r) -> {}, Progress.NONE));
        assertTrue(e.getMessage().contains("empty"));

        Path dup = TestFiles.write(dir, "d.csv", "enterprise_id,period,indicator,value,value\n");
        e = assertThrows(InputFileException.class,
                () -> InputReader.readReports(dup, ReadOptions.strict(), reportRules, (l, r) -> {}, Progress.NONE));
        assertTrue(e.getMessage().contains("appears twice"));
    }

    @Test
    void columnOrderIsFreeAndFieldCountIsChecked() throws Exception {
        Path f = TestFiles.write(dir, "r.csv", "value,indicator,period,enterprise_id\n5,output_value,2017-01,E1\n6,output_value,2017-02\n");
        List<Report> got = new ArrayList<>();
        ReadOutcome o = InputReader.readReports(f, ReadOptions.strict(), reportRules, (l, r) -> got.add(r), Progress.NONE);
        assertEquals(5.0, got.get(0).value());
        assertEquals(1, o.errorCount());
        assertEquals(3, o.errors().get(0).line());
        assertTrue(o.errors().get(0).reason().contains("3 fields but the header has 4"));
    }

    @Test
    void eachRowErrorNamesFileLineColumnAndReason() throws Exception {
        Path f = TestFiles.write(dir, "r.csv", """
                enterprise_id,period,indicator,value,prev_year_value
                X1,2017-01,output_value,5,
                E1,2017-13,output_value,5,
                E1,2017-01,product.unicorn,5,
                E1,2017-01,output_value,NaN,
                E1,2017-01,output_value,1e309,
                E1,2099-01,output_value,1,
                E1,2017-02,output_value,1,-2
                """);
        ReadOutcome o = InputReader.readReports(f, ReadOptions.strict(), reportRules, (l, r) -> {}, Progress.NONE);
        assertEquals(7, o.errorCount());
        String all = o.errors().toString();
        assertTrue(all.contains("r.csv:2: enterprise_id: enterprise 'X1' is not in the register"), all);
        assertTrue(all.contains("r.csv:3: period: '2017-13' is not a month YYYY-MM"), all);
        assertTrue(all.contains("r.csv:4: indicator: unknown product 'unicorn'"), all);
        assertTrue(all.contains("r.csv:5: value: 'NaN' is not a number"), all);
        assertTrue(all.contains("r.csv:6: value: '1e309' is too large"), all);
        assertTrue(all.contains("r.csv:7: period: 2099-01 is after the current month 2026-11"), all);
        assertTrue(all.contains("r.csv:8: prev_year_value: -2 is negative"), all);
    }

    @Test
    void pricesAreValidated() throws Exception {
        Path f = TestFiles.write(dir, "p.csv", """
                industry,period,ppi_yoy
                ALL,2017-01,1.069
                C,2017-01,1.05
                3491,2017-01,0
                99,2017-01,1.0
                31,2017-01,1.2
                31,2017-01,1.3
                """);
        List<PriceRow> got = new ArrayList<>();
        ReadOutcome o = InputReader.readPrices(f, ReadOptions.strict(), ref.industries(), Period.of(2026, 11), (l, p) -> got.add(p), Progress.NONE);
        assertEquals(3, got.size());
        assertEquals(3, o.errorCount());
        String all = o.errors().toString();
        assertTrue(all.contains("p.csv:4: ppi_yoy: 0 is not > 0"), all);
        assertTrue(all.contains("p.csv:5: industry: '99' is neither ALL nor a GB/T 4754-2017 code"), all);
        assertTrue(all.contains("p.csv:7: ppi_yoy: 31 2017-01 is also on line 6"), all);
    }
}
