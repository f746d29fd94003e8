package org.momentum.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The shared reference data ({@code shared/data}) for tests. It lies beside the repository, not inside it: the
 * repository root's parent holds {@code shared/} in a developer's checkout (worktrees included), and CI copies
 * {@code shared/} beside its clone. {@link #dir()} walks up from the working directory until it finds a directory
 * holding {@code shared/data}; the system property {@code momentum.shared.data} or the environment variable
 * {@code MOMENTUM_SHARED_DATA} override the search.
 */
public final class SharedData {
    private static final String PROPERTY = "momentum.shared.data";
    private static final String ENV = "MOMENTUM_SHARED_DATA";

    private static volatile Path dir;
    private static volatile IndustryClassification industries;
    private static volatile RegionClassification regions;

    private SharedData() {}

    /** The {@code shared/data} directory (absolute). Throws when it cannot be found, naming where it looked. */
    public static Path dir() {
        Path d = dir;
        if (d == null) {
            synchronized (SharedData.class) {
                if (dir == null) dir = locate();
                d = dir;
            }
        }
        return d;
    }

    /** GB/T 4754-2017 from {@code classifications/gbt4754-2017.csv} (parsed once). */
    public static IndustryClassification industries() {
        IndustryClassification i = industries;
        if (i == null) {
            synchronized (SharedData.class) {
                if (industries == null) industries = readIndustries(dir().resolve("classifications/gbt4754-2017.csv"));
                i = industries;
            }
        }
        return i;
    }

    /** The GB/T 2260 provinces from {@code regions/gbt2260-provinces.csv} (parsed once). */
    public static RegionClassification regions() {
        RegionClassification r = regions;
        if (r == null) {
            synchronized (SharedData.class) {
                if (regions == null) regions = readRegions(dir().resolve("regions/gbt2260-provinces.csv"));
                r = regions;
            }
        }
        return r;
    }

    /** The rows of a CSV file with a header, each as column name to field (UTF-8, an optional BOM skipped). */
    public static List<Map<String, String>> readCsv(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') in.reset();
            CsvParser p = new CsvParser(in);
            if (!p.next()) throw new IllegalStateException(file + " is empty");
            String[] header = p.fields();
            List<Map<String, String>> rows = new ArrayList<>();
            while (p.next()) {
                if (p.fieldCount() != header.length)
                    throw new IllegalStateException(file + " line " + p.recordLine() + ": " + p.fieldCount()
                            + " fields, the header has " + header.length);
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.length; i++) m.put(header[i], p.field(i));
                rows.add(m);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Path locate() {
        String override = System.getProperty(PROPERTY);
        if (override == null || override.isEmpty()) override = System.getenv(ENV);
        if (override != null && !override.isEmpty()) {
            Path p = Path.of(override).toAbsolutePath().normalize();
            if (!Files.isDirectory(p)) throw new IllegalStateException(PROPERTY + "/" + ENV + " names " + p + ", which is not a directory");
            return p;
        }
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path d = start; d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("no shared/data directory in " + start + " or any directory above it; "
                + "copy shared/ beside the repository or set -D" + PROPERTY + "=<path to shared/data>");
    }

    private static IndustryClassification readIndustries(Path file) {
        List<Industry> list = new ArrayList<>();
        for (Map<String, String> m : readCsv(file)) {
            String parent = m.get("parent");
            String en = m.get("name_en");
            list.add(new Industry(m.get("code"), IndustryLevel.parse(m.get("level")), parent.isEmpty() ? null : parent,
                    m.get("section"), m.get("name_zh"), en.isEmpty() ? null : en));
        }
        return new IndustryClassification(list);
    }

    private static RegionClassification readRegions(Path file) {
        List<Region> list = new ArrayList<>();
        for (Map<String, String> m : readCsv(file))
            list.add(new Region(m.get("code"), m.get("name_zh"), m.get("name_en"), m.get("name_zh_short")));
        return new RegionClassification(list);
    }
}
