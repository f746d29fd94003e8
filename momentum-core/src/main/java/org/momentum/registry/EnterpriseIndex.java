package org.momentum.registry;

import java.nio.charset.StandardCharsets;

/**
 * The register's enterprise ids numbered 0..n-1, with lookup by id as a String or as the ASCII bytes of a file
 * field (no String made). An open-addressing table of longs holding each id's hash beside its number, so a probe
 * reads one slot, not a second array; for lookups from bytes the ids are also kept as one byte array, compared in
 * place instead of reaching a String through two references (at national scale these lookups miss the cache, and
 * each reference followed is another miss).
 */
public final class EnterpriseIndex {
    private final String[] ids;
    private final long[] slots;  // hash << 32 | (index + 1), 0 = empty
    private final int mask;

    public EnterpriseIndex(String[] ids) {
        this.ids = ids;
        int cap = Integer.highestOneBit(Math.max(16, ids.length) * 2 - 1) * 2;
        this.slots = new long[cap];
        this.mask = cap - 1;
        for (int k = 0; k < ids.length; k++) {
            String id = ids[k];
            int h = id.hashCode();
            int i = mix(h) & mask;
            while (slots[i] != 0) {
                if (ids[(int) slots[i] - 1].equals(id)) break; // a repeated id keeps its first number
                i = (i + 1) & mask;
            }
            if (slots[i] == 0) slots[i] = ((long) h << 32) | (k + 1);
        }
    }

    /** The ids one after another in UTF-8 (so that equal bytes always mean the same id); id k is text[start[k], start[k + 1]). */
    private record Text(byte[] text, int[] start) {}

    private volatile Text text; // made by the first lookup from bytes: the thread that reads the file pays for it

    private Text text() {
        Text t = text;
        if (t != null) return t;
        synchronized (this) {
            if (text != null) return text;
            int[] start = new int[ids.length + 1];
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(ids.length * 18);
            for (int k = 0; k < ids.length; k++) {
                start[k] = all.size();
                all.writeBytes(ids[k].getBytes(StandardCharsets.UTF_8));
            }
            start[ids.length] = all.size();
            text = new Text(all.toByteArray(), start);
            return text;
        }
    }

    public int size() { return ids.length; }

    public String id(int index) { return ids[index]; }

    public boolean contains(String id) { return indexOf(id) >= 0; }

    /** The id's number, or -1 when it is not in the register. */
    public int indexOf(String id) {
        int h = id.hashCode();
        for (int i = mix(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
            long s = slots[i];
            int k = (int) s - 1;
            if ((int) (s >>> 32) == h && ids[k].equals(id)) return k;
        }
        return -1;
    }

    /**
     * The number of the id spelled by the bytes b[off, off + len), or -1. Found when the id is ASCII (the bytes hash
     * as String.hashCode would); bytes of another id are never taken for it.
     */
    public int indexOf(byte[] b, int off, int len) {
        Text t = text();
        int h = 0;
        for (int j = off; j < off + len; j++) h = 31 * h + b[j];
        for (int i = mix(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
            long s = slots[i];
            int k = (int) s - 1;
            if ((int) (s >>> 32) == h && java.util.Arrays.equals(t.text, t.start[k], t.start[k + 1], b, off, off + len)) return k;
        }
        return -1;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
