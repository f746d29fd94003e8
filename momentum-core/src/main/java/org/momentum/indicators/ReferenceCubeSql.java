package org.momentum.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cross-check SQL shipped beside the engine (reference-cube.sql): a second, independent implementation of
 * indicators.md in DuckDB SQL that the tests compare with the engine and the benchmark times against it. Its
 * statements are separated by {@code -- @statement <name>} lines.
 */
public final class ReferenceCubeSql {
    private ReferenceCubeSql() {}

    /** The whole text. */
    public static String text() {
        try (InputStream in = ReferenceCubeSql.class.getResourceAsStream("reference-cube.sql")) {
            if (in == null) throw new IllegalStateException("reference-cube.sql is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The named statements, in order. */
    public static Map<String, String> statements() {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder sb = new StringBuilder();
        for (String line : text().split("\n")) {
            if (line.startsWith("-- @statement ")) {
                if (name != null) out.put(name, sb.toString());
                name = line.substring("-- @statement ".length()).trim();
                sb.setLength(0);
            } else if (name != null) sb.append(line).append('\n');
        }
        if (name != null) out.put(name, sb.toString());
        return Collections.unmodifiableMap(out);
    }
}
