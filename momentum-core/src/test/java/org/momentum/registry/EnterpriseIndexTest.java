package org.momentum.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnterpriseIndexTest {
    @Test
    void findsIdsByStringAndByBytes() {
        String[] ids = new String[5000];
        for (int i = 0; i < ids.length; i++) ids[i] = "9111" + String.format("%014d", i * 7919L);
        EnterpriseIndex idx = new EnterpriseIndex(ids);
        assertEquals(ids.length, idx.size());
        for (int i = 0; i < ids.length; i++) {
            assertEquals(i, idx.indexOf(ids[i]));
            assertEquals(i, idx.indexOf(new String(ids[i].toCharArray())), "equal, not the same object");
            byte[] b = (",," + ids[i] + ",").getBytes(StandardCharsets.US_ASCII);
            assertEquals(i, idx.indexOf(b, 2, ids[i].length()));
            assertEquals(ids[i], idx.id(i));
        }
        assertEquals(-1, idx.indexOf("nope"));
        assertEquals(-1, idx.indexOf(ids[0] + "X"));
        assertEquals(-1, idx.indexOf(ids[0].substring(1)));
        byte[] b = ids[3].getBytes(StandardCharsets.US_ASCII);
        assertEquals(-1, idx.indexOf(b, 0, b.length - 1));
        assertFalse(idx.contains(""));
        assertTrue(idx.contains(ids[4999]));
    }

    @Test
    void bytesOfAnotherIdAreNeverTakenForOne() {
        EnterpriseIndex idx = new EnterpriseIndex(new String[] {"É1", "E1", "\u0080"});
        byte[] b = "É1".getBytes(StandardCharsets.UTF_8);
        int k = idx.indexOf(b, 0, b.length);
        assertTrue(k == -1 || k == 0, "found as " + k);
        assertEquals(1, idx.indexOf("E1".getBytes(StandardCharsets.US_ASCII), 0, 2));
        assertEquals(-1, idx.indexOf(new byte[] {(byte) 0x80}, 0, 1), "a lone byte 0x80 is not U+0080");
        assertEquals(0, idx.indexOf("É1"));
    }

    @Test
    void aRepeatedIdKeepsItsFirstNumber() {
        EnterpriseIndex idx = new EnterpriseIndex(new String[] {"A", "B", "A"});
        assertEquals(0, idx.indexOf("A"));
        assertEquals(1, idx.indexOf("B"));
        assertEquals(new EnterpriseIndex(new String[0]).indexOf("A"), -1);
    }
}
