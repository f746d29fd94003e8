package org.momentum.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.IndustryLevel;
import org.momentum.csv.CsvParser;

/** The GB/T 4754-2017 table from shared/data, and random microdata tables. */
final class Fixtures {
    private static IndustryClassification industries;

    private Fixtures() {}

    static Path sharedData() {
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("shared").resolve("data");
            if (Files.isDirectory(d)) return d;
        }
        throw new IllegalStateException("no shared/data directory above " + Paths.get("").toAbsolutePath());
    }

    static synchronized IndustryClassification industries() {
        if (industries != null) return industries;
        List<Industry> list = new ArrayList<>();
        try (var in = Files.newBufferedReader(sharedData().resolve("classifications/gbt4754-2017.csv"), StandardCharsets.UTF_8)) {
            CsvParser p = new CsvParser(in);
            p.next();
            String[] h = p.fields();
            int code = col(h, "code"), level = col(h, "level"), parent = col(h, "parent"), section = col(h, "section"),
                    zh = col(h, "name_zh"), en = col(h, "name_en");
            while (p.next()) {
                String[] r = p.fields();
                list.add(new Industry(r[code], IndustryLevel.parse(r[level]), r[parent].isEmpty() ? null : r[parent], r[section], r[zh], r[en]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        industries = new IndustryClassification(list);
        return industries;
    }

    private static int col(String[] h, String name) {
        for (int i = 0; i < h.length; i++) if (h[i].replace("\uFEFF", "").equals(name)) return i;
        throw new IllegalStateException("no column " + name);
    }

    static Cell cell(String industry, String region, double value, int contributors) {
        return new Cell("t", industry, region, 24216, value, contributors, contributors == 0 ? 0 : value / contributors,
                contributors < 2 ? 0 : value / contributors);
    }

    /**
     * A random release of one month: {@code enterprises} firms spread (skewed) over the classes of a few divisions
     * and a few provinces, lognormal sizes, cut into cells of the given shape.
     */
    static List<Cell> randomRelease(long seed, int enterprises, int divisions, int provinces, ReleaseCells.Shape shape) {
        Random rnd = new Random(seed);
        IndustryClassification ic = industries();
        List<Industry> all = ic.industrial(IndustryLevel.DIVISION);
        List<String> divs = new ArrayList<>();
        while (divs.size() < divisions) {
            String d = all.get(rnd.nextInt(all.size())).code();
            if (!divs.contains(d)) divs.add(d);
        }
        List<String> classes = new ArrayList<>();
        for (Industry c : ic.industrial(IndustryLevel.CLASS)) if (divs.contains(IndustryClassification.divisionOf(c.code()))) classes.add(c.code());
        List<String> provs = new ArrayList<>();
        for (int p = 0; p < provinces; p++) provs.add((11 + p) + "0000");
        ReleaseCells rc = new ReleaseCells(ic, provs, shape);
        int[] cls = new int[enterprises], prov = new int[enterprises];
        double[] value = new double[enterprises];
        for (int e = 0; e < enterprises; e++) {
            // skewed: low indices much more likely, so some cells are crowded and others hold one or two firms
            cls[e] = rc.classIndex(classes.get((int) (classes.size() * Math.pow(rnd.nextDouble(), 2))));
            prov[e] = (int) (provinces * Math.pow(rnd.nextDouble(), 1.5));
            value[e] = Math.round(Math.exp(4 + 1.5 * rnd.nextGaussian()) * 100) / 100.0 + 0.01;
        }
        return rc.cells("t", 24216, cls, prov, value);
    }
}
