package org.momentum.app.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.momentum.app.targets.TargetFiles;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;
import org.momentum.registry.RegisterRules;
import org.momentum.reports.Report;
import org.momentum.reports.ReportRules;
import org.momentum.store.ReferenceData;

/**
 * Issue 9, fuzzing the file readers: whatever the bytes, a reader either returns its outcome (every error naming
 * file and a line) or throws the documented {@link InputFileException}, never anything else; and valid rows written
 * in any column order, encoding and line ending read back exactly.
 */
class InputReaderPropertiesTest {
    static final ReferenceData REF = ReferenceData.shipped();
    static final RegisterRules REGISTER = new RegisterRules(REF.industries(), REF.regions());
    static final ReportRules REPORTS = new ReportRules(REF.indicators(), id -> id.startsWith("E"), Period.of(2026, 11));
    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the bytes as the given kind of file; the outcome, or the InputFileException's message. */
    static Object read(HostileCorpus.Kind kind, byte[] bytes) throws IOException {
        Path f = Files.createTempFile(DIR, kind.name(), ".csv");
        Files.write(f, bytes);
        try {
            return switch (kind) {
                case ENTERPRISES -> InputReader.readEnterprises(f, ReadOptions.strict(), REGISTER, (l, e) -> {}, Progress.NONE);
                case REPORTS -> InputReader.readReports(f, ReadOptions.strict(), REPORTS, (l, r) -> {}, Progress.NONE);
                case PRICES -> InputReader.readPrices(f, ReadOptions.strict(), REF.industries(), Period.of(2026, 11), (l, p) -> {}, Progress.NONE);
                case TARGETS -> new TargetFiles(REF).readTargets(f, ReadOptions.strict(), (l, t) -> {});
                default -> throw new IllegalArgumentException(kind.toString());
            };
        } catch (InputFileException e) {
            return e;
        } finally {
            Files.delete(f);
        }
    }

    /** Every error names the file and a line within it. */
    static boolean wellFormed(Object outcome, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (outcome instanceof InputFileException e) {
            if (!e.getMessage().matches("(?s).*[A-Z]+\\d*\\.csv:\\d+: .+")) throw new AssertionError(e.getMessage() + " for «" + text + "»");
            return true;
        }
        ReadOutcome o = (ReadOutcome) outcome;
        long lines = 1;
        for (byte b : bytes) if (b == '\n' || b == '\r') lines++;
        for (RowError e : o.errors())
            if (e.line() < 1 || e.line() > lines || e.reason().isBlank()) throw new AssertionError(e + " for «" + text + "»");
        if (o.errorCount() < o.errors().size() || o.accepted() + o.rejectedRows() > o.rowsRead() + (o.fatal() ? 1 : 0)) throw new AssertionError(o + " for «" + text + "»");
        return true;
    }

    @Provide
    Arbitrary<HostileCorpus.Kind> fileKinds() {
        return Arbitraries.of(HostileCorpus.Kind.ENTERPRISES, HostileCorpus.Kind.REPORTS, HostileCorpus.Kind.PRICES, HostileCorpus.Kind.TARGETS);
    }

    @Property(tries = 300)
    boolean randomBytesGiveOnlyTheDocumentedError(@ForAll("fileKinds") HostileCorpus.Kind kind, @ForAll @Size(max = 400) byte[] bytes) throws IOException {
        return wellFormed(read(kind, bytes), bytes);
    }

    /** Bytes that matter to a CSV reader and a decoder. */
    static final byte[] SPECIAL = {',', '"', '\n', '\r', 0, (byte) 0xFF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0xA0,
            (byte) 0xD6, '-', 'e', '.', '9', ';', '\t', ' ', 'N', 'I', '='};

    @Property(tries = 400)
    boolean mutationsOfAValidFileGiveOnlyTheDocumentedError(@ForAll("fileKinds") HostileCorpus.Kind kind, @ForAll long seed,
                                                            @ForAll @IntRange(min = 1, max = 8) int edits) throws IOException {
        byte[] bytes = mutate((kind.header + "\n" + kind.row1 + "\n" + kind.row2 + "\n").getBytes(StandardCharsets.UTF_8), new Random(seed), edits);
        return wellFormed(read(kind, bytes), bytes);
    }

    static byte[] mutate(byte[] in, Random rnd, int edits) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        byte[] b = in;
        for (int k = 0; k < edits; k++) {
            int at = b.length == 0 ? 0 : rnd.nextInt(b.length + 1);
            o.reset();
            switch (rnd.nextInt(5)) {
                case 0 -> { o.write(b, 0, at); o.write(SPECIAL[rnd.nextInt(SPECIAL.length)]); o.write(b, at, b.length - at); } // insert
                case 1 -> { if (at < b.length) { o.write(b, 0, at); o.write(b, at + 1, b.length - at - 1); } else o.writeBytes(b); } // delete
                case 2 -> { o.writeBytes(b); if (at < b.length) o.toByteArray(); byte[] c = o.toByteArray(); if (at < c.length) c[at] = SPECIAL[rnd.nextInt(SPECIAL.length)]; o.reset(); o.writeBytes(c); } // replace
                case 3 -> o.write(b, 0, at); // truncate
                default -> { int len = Math.min(b.length - Math.min(at, b.length), 1 + rnd.nextInt(20)); o.write(b, 0, at); o.write(b, at - (at == b.length ? len : 0), len); o.write(b, at, b.length - at); } // duplicate a slice
            }
            b = o.toByteArray();
        }
        return b;
    }

    // ---- valid rows read back ----

    @Provide
    Arbitrary<List<Report>> reportLists() {
        Arbitrary<String> id = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(0).ofMaxLength(8).map(s -> "E" + s);
        Arbitrary<Integer> period = Arbitraries.integers().between(Period.of(1990, 1), Period.of(2026, 11));
        Arbitrary<String> indicator = Arbitraries.of("output_value", "sales_value", "export_value", "revenue", "electricity", "employment",
                "product.industrial_robot", "product.nev", "capacity.crude_steel");
        Arbitrary<Double> value = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1e12).ofScale(6), Arbitraries.integers().between(0, 1_000_000).map(i -> (double) i),
                Arbitraries.doubles().between(0, 1e-3).ofScale(12));
        Arbitrary<Double> prev = Arbitraries.oneOf(value, Arbitraries.just(Double.NaN));
        Arbitrary<Report> report = Combinators.combine(id, period, indicator, value, prev).as(Report::new);
        return report.list().ofMaxSize(40).map(rs -> {
            Map<String, Report> unique = new LinkedHashMap<>(); // one row per key: a second would be a different file
            for (Report r : rs) unique.putIfAbsent(r.enterpriseId() + "|" + r.period() + "|" + r.indicator(), r);
            return List.copyOf(unique.values());
        });
    }

    @Provide
    Arbitrary<Charset> encodings() {
        return Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));
    }

    @Property(tries = 200)
    boolean validReportsReadBackExactly(@ForAll("reportLists") List<Report> reports, @ForAll long seed, @ForAll boolean crlf, @ForAll boolean bom,
                                        @ForAll("encodings") Charset cs) throws IOException {
        List<String> cols = new ArrayList<>(List.of("enterprise_id", "period", "indicator", "value", "prev_year_value"));
        Collections.shuffle(cols, new Random(seed));
        StringBuilder sb = new StringBuilder(String.join(",", cols)).append(crlf ? "\r\n" : "\n");
        for (Report r : reports) {
            List<String> f = new ArrayList<>();
            for (String c : cols) f.add(switch (c) {
                case "enterprise_id" -> CsvOut.quote(r.enterpriseId());
                case "period" -> Period.format(r.period());
                case "indicator" -> r.indicator();
                case "value" -> CsvOut.number(r.value());
                default -> CsvOut.number(r.prevYearValue());
            });
            sb.append(String.join(",", f)).append(crlf ? "\r\n" : "\n");
        }
        byte[] text = sb.toString().getBytes(cs);
        byte[] bytes = bom && cs == StandardCharsets.UTF_8 ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text) : text;
        Path f = Files.createTempFile(DIR, "valid", ".csv");
        Files.write(f, bytes);
        List<Report> got = new ArrayList<>();
        ReadOutcome o = InputReader.readReports(f, ReadOptions.strict(), REPORTS, (l, r) -> got.add(r), Progress.NONE);
        Files.delete(f);
        return o.ok() && got.equals(reports);
    }

    @Provide
    Arbitrary<List<Enterprise>> registers() {
        // names with the characters that need quoting, Chinese text and inner spaces; no edge spaces (a reader trims those)
        Arbitrary<String> name = Arbitraries.strings().withChars("ab ,\"'=+-@北京机器人有限公司\n").ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank() && s.strip().equals(s));
        Arbitrary<Integer> from = Arbitraries.integers().between(Period.of(2000, 1), Period.of(2026, 11));
        Arbitrary<Integer> length = Arbitraries.integers().between(-1, 120);
        Arbitrary<Enterprise> e = Combinators.combine(Arbitraries.integers().between(1, 99999), name, Arbitraries.of("3491", "3612", "0610", "4411"),
                Arbitraries.of("110101", "310101", "440305"), Arbitraries.of(EnterpriseSize.values()), from, length)
                .as((i, n, ind, reg, size, f, len) -> new Enterprise("E" + i, n, ind, reg, size, f, len < 0 ? Period.OPEN : f + len));
        return e.list().uniqueElements(Enterprise::id).ofMaxSize(25);
    }

    @Property(tries = 150)
    boolean validRegistersReadBackExactly(@ForAll("registers") List<Enterprise> register, @ForAll("encodings") Charset cs) throws IOException {
        StringBuilder sb = new StringBuilder("size,scope_to,name,enterprise_id,region,scope_from,industry\n");
        for (Enterprise e : register)
            sb.append(e.size().code()).append(',').append(e.scopeTo() == Period.OPEN ? "" : Period.format(e.scopeTo())).append(',')
                    .append(CsvOut.rfc4180(e.name())).append(',').append(e.id()).append(',').append(e.region()).append(',')
                    .append(Period.format(e.scopeFrom())).append(',').append(e.industry()).append('\n');
        Path f = Files.createTempFile(DIR, "register", ".csv");
        byte[] bytes = sb.toString().getBytes(cs);
        Files.write(f, bytes);
        // GB18030 text whose every byte sequence is also valid UTF-8 (a lone 司 is CB BE) cannot be told apart by any
        // detector: formats.md's --encoding says which; the reader must then read it back exactly
        ReadOptions opt = cs != StandardCharsets.UTF_8 && validUtf8(bytes) ? new ReadOptions(cs.name(), false, false) : ReadOptions.strict();
        List<Enterprise> got = new ArrayList<>();
        ReadOutcome o = InputReader.readEnterprises(f, opt, REGISTER, (l, e) -> got.add(e), Progress.NONE);
        Files.delete(f);
        return o.ok() && got.equals(register);
    }

    /** Found by validRegistersReadBackExactly: 司 is CB BE in GB18030, valid two-byte UTF-8, and was taken for a stitched file. */
    @net.jqwik.api.Example
    boolean aGb18030FileWhoseFirstLineReadsAsUtf8IsNotMixed() throws IOException {
        String text = "enterprise_id,name,industry,region,size,scope_from,scope_to\nE1,司,3491,110101,large,2016-01,\nE2,北,3491,110101,large,2016-01,\n";
        Path f = Files.createTempFile(DIR, "gb", ".csv");
        Files.write(f, text.getBytes(Charset.forName("GB18030")));
        List<Enterprise> got = new ArrayList<>();
        ReadOutcome o = InputReader.readEnterprises(f, ReadOptions.strict(), REGISTER, (l, e) -> got.add(e), Progress.NONE);
        return o.encoding().equals("GB18030") && got.size() == 2 && got.get(0).name().equals("司") && got.get(1).name().equals("北");
    }

    private static boolean validUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
