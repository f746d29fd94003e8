package org.momentum.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The Idempotency-Keys already used, as 64-bit hashes, kept in memory by the group commit — the only writer of
 * {@code idempotency_key} — on DuckDB, whose look-up of a batch's keys is a scan of every key ever stored (25 ms at
 * 700,000 keys, growing). Nearly every batch holds only new keys: a key whose hash is absent is certainly new and
 * needs no look-up; a present hash (a retry, or a rare collision) is looked up in the store as before. Not used on
 * PostgreSQL, where an index answers and another server process may share the table.
 */
final class UsedKeys {
    private long[] slots = new long[1 << 16]; // open addressing; 0 marks an empty slot
    private int size;

    /** Every key in the store. */
    static UsedKeys load(Connection c) throws SQLException {
        UsedKeys k = new UsedKeys();
        try (PreparedStatement ps = c.prepareStatement("SELECT principal, idem_key FROM idempotency_key"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) k.add(rs.getString(1), rs.getString(2));
        }
        return k;
    }

    /** False only when the key was certainly never used by that principal. */
    boolean mayContain(String principal, String key) {
        long h = hash(principal, key);
        for (int i = index(h); ; i = (i + 1) & (slots.length - 1)) {
            if (slots[i] == 0) return false;
            if (slots[i] == h) return true;
        }
    }

    void add(String principal, String key) {
        if ((size + 1) * 2 > slots.length) grow();
        if (insert(slots, hash(principal, key))) size++;
    }

    int size() { return size; }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long h : slots) if (h != 0) insert(bigger, h);
        slots = bigger;
    }

    private static boolean insert(long[] table, long h) {
        for (int i = (int) (mix(h) & (table.length - 1)); ; i = (i + 1) & (table.length - 1)) {
            if (table[i] == h) return false;
            if (table[i] == 0) {
                table[i] = h;
                return true;
            }
        }
    }

    private int index(long h) { return (int) (mix(h) & (slots.length - 1)); }

    /** FNV-1a over the UTF-8 bytes of principal, NUL, key (never 0: 0 marks an empty slot). */
    static long hash(String principal, String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : principal.getBytes(StandardCharsets.UTF_8)) h = (h ^ (b & 0xff)) * 0x100000001b3L;
        h = (h ^ 0) * 0x100000001b3L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) h = (h ^ (b & 0xff)) * 0x100000001b3L;
        return h == 0 ? 1 : h;
    }

    /** Spreads FNV's low bits (which index the table) with a finaliser (MurmurHash3's fmix64). */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
