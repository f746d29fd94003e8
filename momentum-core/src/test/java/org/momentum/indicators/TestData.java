package org.momentum.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.IndustryLevel;

/**
 * The reference tables under {@code shared/data}, found by searching upward from the working directory for a
 * directory holding {@code shared/data} (the repo root's parent holds {@code shared/}, locally and in CI).
 */
final class TestData {
    private static IndustryClassification industries;

    private TestData() {}

    static Path sharedData() {
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("shared").resolve("data");
            if (Files.isDirectory(d)) return d;
        }
        throw new IllegalStateException("no shared/data directory above " + Paths.get("").toAbsolutePath());
    }

    static synchronized IndustryClassification industries() {
        if (industries == null) {
            List<String[]> rows = readCsv(sharedData().resolve("classifications/gbt4754-2017.csv"));
            String[] h = rows.get(0);
            int code = col(h, "code"), level = col(h, "level"), parent = col(h, "parent"), section = col(h, "section"),
                    zh = col(h, "name_zh"), en = col(h, "name_en");
            List<Industry> list = new ArrayList<>();
            for (String[] r : rows.subList(1, rows.size())) {
                list.add(new Industry(r[code], IndustryLevel.parse(r[level]), r[parent].isEmpty() ? null : r[parent],
                        r[section], r[zh], r[en]));
            }
            industries = new IndustryClassification(list);
        }
        return industries;
    }

    static List<String> provinceCodes() {
        List<String[]> rows = readCsv(sharedData().resolve("regions/gbt2260-provinces.csv"));
        int code = col(rows.get(0), "code");
        List<String> out = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) out.add(r[code]);
        return out;
    }

    private static int col(String[] header, String name) {
        for (int i = 0; i < header.length; i++) if (header[i].equals(name)) return i;
        throw new IllegalStateException("no column " + name);
    }

    /** RFC 4180: commas, double quotes, doubled quotes, newlines inside quotes; a UTF-8 BOM is dropped. */
    static List<String[]> readCsv(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String[]> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false, any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                    else quoted = false;
                } else field.append(c);
            } else if (c == '"') { quoted = true; any = true; }
            else if (c == ',') { row.add(field.toString()); field.setLength(0); any = true; }
            else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                if (any || field.length() > 0) { row.add(field.toString()); rows.add(row.toArray(new String[0])); }
                row.clear(); field.setLength(0); any = false;
            } else { field.append(c); any = true; }
        }
        if (any || field.length() > 0) { row.add(field.toString()); rows.add(row.toArray(new String[0])); }
        return rows;
    }
}
