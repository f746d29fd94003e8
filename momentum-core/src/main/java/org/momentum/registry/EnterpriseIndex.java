package org.momentum.registry;

/**
 * The register's enterprise ids numbered 0..n-1, with lookup by id as a String or as the ASCII bytes of a file
 * field (no String made). An open-addressing table of ints: a few megabytes for a national register where a
 * HashSet of strings would need tens, and a lookup touches one int array and the id itself.
 */
public final class EnterpriseIndex {
    private final String[] ids;
    private final int[] hashes;
    private final int[] slots; // index + 1, 0 = empty
    private final int mask;

    public EnterpriseIndex(String[] ids) {
        this.ids = ids;
        this.hashes = new int[ids.length];
        int cap = Integer.highestOneBit(Math.max(16, ids.length) * 2 - 1) * 2;
        this.slots = new int[cap];
        this.mask = cap - 1;
        for (int k = 0; k < ids.length; k++) {
            int h = ids[k].hashCode();
            hashes[k] = h;
            int i = mix(h) & mask;
            while (slots[i] != 0) {
                if (ids[slots[i] - 1].equals(ids[k])) break; // a repeated id keeps its first number
                i = (i + 1) & mask;
            }
            if (slots[i] == 0) slots[i] = k + 1;
        }
    }

    public int size() { return ids.length; }

    public String id(int index) { return ids[index]; }

    public boolean contains(String id) { return indexOf(id) >= 0; }

    /** The id's number, or -1 when it is not in the register. */
    public int indexOf(String id) {
        int h = id.hashCode();
        for (int i = mix(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
            int k = slots[i] - 1;
            if (hashes[k] == h && ids[k].equals(id)) return k;
        }
        return -1;
    }

    /** The number of the id spelled by ASCII bytes b[off, off + len), or -1; the bytes hash as String.hashCode would. */
    public int indexOf(byte[] b, int off, int len) {
        int h = 0;
        for (int j = off; j < off + len; j++) h = 31 * h + b[j];
        for (int i = mix(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
            int k = slots[i] - 1;
            if (hashes[k] == h && sameAscii(ids[k], b, off, len)) return k;
        }
        return -1;
    }

    private static boolean sameAscii(String s, byte[] b, int off, int len) {
        if (s.length() != len) return false;
        for (int j = 0; j < len; j++) if (s.charAt(j) != b[off + j]) return false;
        return true;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
