package org.momentum.dissemination.press;

import java.util.List;

/** A composed press release in one language: title, lead paragraphs, sections, and a closing note. */
public record PressRelease(String lang, String title, List<String> lead, List<Section> sections, List<String> notes) {
    public PressRelease {
        lead = List.copyOf(lead);
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }

    public boolean zh() { return lang.equals("zh"); }

    /** A section: an anchor id, a heading, paragraphs and an optional table (null: none). */
    public record Section(String id, String heading, List<String> paragraphs, Table table) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A table of text cells; the columns from {@code firstNumericColumn} on hold numbers (right-aligned). */
    public record Table(List<String> header, List<List<String>> rows, int firstNumericColumn) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Everything a reader sees, as plain text (what a text search of the page or the PDF finds). */
    public String plainText() {
        StringBuilder b = new StringBuilder(title).append('\n');
        for (String p : lead) b.append(p).append('\n');
        for (Section s : sections) {
            b.append(s.heading()).append('\n');
            for (String p : s.paragraphs()) b.append(p).append('\n');
            if (s.table() != null) {
                b.append(String.join("\t", s.table().header())).append('\n');
                for (List<String> r : s.table().rows()) b.append(String.join("\t", r)).append('\n');
            }
        }
        for (String n : notes) b.append(n).append('\n');
        return b.toString();
    }
}
