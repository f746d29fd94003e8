package org.momentum.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordsTest {
    private static byte[] filled(int n, int b) {
        byte[] a = new byte[n];
        Arrays.fill(a, (byte) b);
        return a;
    }

    /** RFC 9106 section 5.3, the Argon2id test vector. */
    @Test
    void argon2idMatchesTheRfcTestVector() {
        byte[] tag = Passwords.argon2id(filled(32, 1), filled(16, 2), filled(8, 3), filled(12, 4), 3, 32, 4, 32);
        assertEquals("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659", HexFormat.of().formatHex(tag));
    }

    @Test
    void hashesAreSaltedEncodedAndVerified() {
        String h = Passwords.hash("correct horse battery".toCharArray());
        assertTrue(h.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), h);
        assertNotEquals(h, Passwords.hash("correct horse battery".toCharArray()), "a fresh salt each time");
        assertTrue(Passwords.verify("correct horse battery".toCharArray(), h));
        assertFalse(Passwords.verify("correct horse batterz".toCharArray(), h));
        assertFalse(Passwords.verify("x".toCharArray(), "$2a$10$notargon"));
        assertThrows(IllegalArgumentException.class, () -> Passwords.hash("short".toCharArray()));
    }
}
