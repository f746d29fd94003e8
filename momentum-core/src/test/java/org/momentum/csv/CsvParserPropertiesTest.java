package org.momentum.csv;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvParserPropertiesTest {

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab,\"\r\n 北").ofMaxLength(6);
        return field.list().ofMinSize(1).ofMaxSize(5).list().ofMaxSize(8);
    }

    /** Quoting every field and writing records with CRLF or LF reads back the same records, on the right lines. */
    @Property
    boolean writtenRecordsReadBack(@ForAll("tables") List<List<String>> table, @ForAll boolean crlf) {
        StringBuilder sb = new StringBuilder();
        List<Long> lines = new ArrayList<>();
        long line = 1;
        for (List<String> rec : table) {
            lines.add(line);
            for (int i = 0; i < rec.size(); i++) {
                if (i > 0) sb.append(',');
                String f = rec.get(i);
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
                line += f.chars().filter(c -> c == '\n').count();
            }
            sb.append(crlf ? "\r\n" : "\n");
            line++;
        }
        CsvParser p = new CsvParser(new StringReader(sb.toString()));
        for (int k = 0; k < table.size(); k++) {
            if (!p.next()) return false;
            if (p.recordLine() != lines.get(k)) return false;
            if (!List.of(p.fields()).equals(table.get(k))) return false;
        }
        return !p.next();
    }
}
