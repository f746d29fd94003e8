package org.momentum.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A SHA-256 of the store's content: every table (Flyway's history aside), rows in the order of every column, values
 * as {@link TableDump} writes them, read in one snapshot. Equal checksums mean equal content on DuckDB and on
 * PostgreSQL alike. Sequences are left out: they are counters, not content (PostgreSQL never rolls a nextval back).
 */
public final class ContentChecksum {
    private ContentChecksum() {}

    /** The checksum of the whole store. */
    public static String of(Database db) {
        MessageDigest all = sha256();
        perTable(db).forEach((table, sum) -> {
            all.update(table.getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(sum.getBytes(StandardCharsets.US_ASCII));
        });
        return HexFormat.of().formatHex(all.digest());
    }

    /** Each table's checksum, by table name: says which table changed when {@link #of} differs. */
    public static Map<String, String> perTable(Database db) {
        Map<String, String> out = new LinkedHashMap<>();
        TableDump.read(db, (table, rows) -> {
            MessageDigest md = sha256();
            md.update(String.join(",", table.columnNames()).getBytes(StandardCharsets.UTF_8));
            for (String[] r = rows.next(); r != null; r = rows.next()) {
                md.update((byte) '\n');
                for (String v : r) {
                    // a unit separator between values and a marker for NULL: no two different rows hash alike
                    md.update(v == null ? new byte[] {0} : ("=" + v).getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0x1f);
                }
            }
            out.put(table.name(), HexFormat.of().formatHex(md.digest()));
        });
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
