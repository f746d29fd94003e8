package org.momentum.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (RFC 9106) from Bouncy Castle, encoded in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}. Parameters: OWASP Password Storage Cheat Sheet's first
 * Argon2id option, m = 19 MiB, t = 2, p = 1.
 */
public final class Passwords {
    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private Passwords() {}

    /** The shortest password accepted (NIST SP 800-63B sets 8 as the floor; we ask for 12). */
    public static final int MIN_LENGTH = 12;

    public static String hash(char[] password) {
        if (password.length < MIN_LENGTH) throw new IllegalArgumentException("password: at least " + MIN_LENGTH + " characters");
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] h = argon2id(utf8(password), salt, null, null, ITERATIONS, MEMORY_KIB, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(h);
    }

    /** Whether the password matches an encoded hash (constant-time comparison); false for a malformed hash. */
    public static boolean verify(char[] password, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) return false;
        int m = 0, t = 0, p = 0;
        for (String kv : parts[3].split(",")) {
            String[] x = kv.split("=");
            if (x.length != 2) return false;
            int v = Integer.parseInt(x[1]);
            switch (x[0]) {
                case "m" -> m = v;
                case "t" -> t = v;
                case "p" -> p = v;
                default -> { return false; }
            }
        }
        byte[] salt = B64D.decode(parts[4]);
        byte[] expected = B64D.decode(parts[5]);
        byte[] actual = argon2id(utf8(password), salt, null, null, t, m, p, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Argon2id, version 0x13, with optional secret and associated data (as in RFC 9106's test vectors). */
    static byte[] argon2id(byte[] password, byte[] salt, byte[] secret, byte[] ad, int iterations, int memoryKib, int parallelism, int length) {
        Argon2Parameters.Builder b = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt)
                .withIterations(iterations).withMemoryAsKB(memoryKib).withParallelism(parallelism);
        if (secret != null) b.withSecret(secret);
        if (ad != null) b.withAdditional(ad);
        Argon2BytesGenerator g = new Argon2BytesGenerator();
        g.init(b.build());
        byte[] out = new byte[length];
        g.generateBytes(password, out);
        return out;
    }

    private static byte[] utf8(char[] password) {
        return new String(password).getBytes(StandardCharsets.UTF_8);
    }
}
