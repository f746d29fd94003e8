package org.momentum.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets (session ids, CSRF and API tokens) and the hash tokens are kept under. */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** 256 random bits, URL-safe (OWASP Session Management: at least 64 bits of entropy). */
    public static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * SHA-256 hex. Enough for API tokens: they are 256-bit random secrets, so a slow KDF adds nothing against
     * guessing (OWASP Password Storage Cheat Sheet reserves slow hashes for low-entropy passwords).
     */
    public static String sha256(String s) { return sha256(s.getBytes(StandardCharsets.UTF_8)); }

    /** SHA-256 hex of bytes (a file's, a request's fingerprint). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time string comparison for tokens. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) return false;
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
