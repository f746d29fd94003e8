package org.momentum.registry;

/**
 * The 18-character Unified Social Credit Code of GB 32100-2015: 17 characters and a check character
 * computed modulo 31 over the alphabet 0-9 A-H J-N P-R T-U W-Y (no I, O, Z, S, V).
 */
public final class UnifiedSocialCreditCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {}

    /** The check character the first 17 characters call for, or '\0' when one of them is not in the alphabet. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) return '\0';
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /**
     * An id of 18 characters all from the USCC alphabet is taken to be a USCC and must carry a valid check
     * character; other ids (with lowercase letters, dashes, …) are the register's own.
     */
    public static boolean looksLikeOne(String id) {
        if (id.length() != 18) return false;
        for (int i = 0; i < 18; i++) if (ALPHABET.indexOf(id.charAt(i)) < 0) return false;
        return true;
    }

    /** Why the 18-character id is not a valid code, or null when it is. */
    public static String problem(String id) {
        if (id.length() != 18) return "a Unified Social Credit Code has 18 characters";
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(id.charAt(i)) < 0)
                return "character " + (i + 1) + " '" + id.charAt(i) + "' is not allowed in a Unified Social Credit Code";
        }
        char expected = checkCharacter(id);
        if (expected != id.charAt(17))
            return "check character is '" + id.charAt(17) + "' but GB 32100-2015 gives '" + expected + "'";
        return null;
    }

    /** Completes 17 characters with their check character (for generated registers). */
    public static String complete(String first17) {
        char c = checkCharacter(first17);
        if (c == '\0') throw new IllegalArgumentException(first17 + " has characters outside the USCC alphabet");
        return first17 + c;
    }
}
