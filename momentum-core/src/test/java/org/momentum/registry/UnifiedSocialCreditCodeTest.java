package org.momentum.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB 32100-2015: the check character C18 = 31 - (Σ Ci·Wi mod 31) over the first 17 characters, with the weights
 * Wi = 3^(i-1) mod 31 = 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28 and the character values
 * 0-9 → 0-9, A B C D E F G H J K L M N P Q R T U W X Y → 10..30 (no I O Z S V); a result of 31 is written '0'.
 */
class UnifiedSocialCreditCodeTest {

    /*
     * 91350100M000100Y43 (published code of a Fuzhou enterprise):
     *   9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + M(21)·20 + 0·29 + 0·25 + 0·13 + 1·8 + 0·24 + 0·10
     *   + Y(30)·30 + 4·28 = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 28; 31 - 28 = 3 → '3'.
     *
     * 91110000600037341L (published code of a Beijing enterprise):
     *   9·1 + 1·3 + 1·9 + 1·27 + 0 + 0 + 0 + 0 + 6·20 + 0 + 0 + 0 + 3·8 + 7·24 + 3·10 + 4·30 + 1·28
     *   = 9 + 3 + 9 + 27 + 120 + 24 + 168 + 30 + 120 + 28 = 538; 538 mod 31 = 11; 31 - 11 = 20 → 'L' (A=10 … H=17, J=18, K=19, L=20).
     *
     * 91440300708461136T (Huawei Technologies Co., Ltd., Shenzhen):
     *   9·1 + 1·3 + 4·9 + 4·27 + 0 + 3·26 + 0 + 0 + 7·20 + 0 + 8·25 + 4·13 + 6·8 + 1·24 + 1·10 + 3·30 + 6·28
     *   = 9 + 3 + 36 + 108 + 78 + 140 + 200 + 52 + 48 + 24 + 10 + 90 + 168 = 966; 966 mod 31 = 5; 31 - 5 = 26 → 'T'
     *   (… N=22, P=23, Q=24, R=25, T=26).
     */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91440300708461136T"})
    void realPublishedCodesAreValid(String code) {
        assertEquals(code.charAt(17), UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17)));
        assertEquals(code.charAt(17), UnifiedSocialCreditCode.checkCharacter(code), "the 18th character is ignored");
        assertTrue(UnifiedSocialCreditCode.looksLikeOne(code));
        assertNull(UnifiedSocialCreditCode.problem(code));
        assertEquals(code, UnifiedSocialCreditCode.complete(code.substring(0, 17)));
    }

    @Test
    void aSumDivisibleBy31GivesZero() {
        // all zeros: sum 0, 31 - 0 = 31 → '0'
        assertEquals('0', UnifiedSocialCreditCode.checkCharacter("00000000000000000"));
        assertNull(UnifiedSocialCreditCode.problem("000000000000000000"));
        // 1 at weight 1: sum 1, 31 - 1 = 30 → 'Y', the last character of the alphabet
        assertEquals('Y', UnifiedSocialCreditCode.checkCharacter("10000000000000000"));
        // Y (30) at weight 1: sum 30, 31 - 30 = 1 → '1'
        assertEquals('1', UnifiedSocialCreditCode.checkCharacter("Y0000000000000000"));
        // 1 at the last position (weight 28): 31 - 28 = 3
        assertEquals('3', UnifiedSocialCreditCode.checkCharacter("00000000000000001"));
    }

    @Test
    void wrongCheckCharacterIsNamed() {
        String bad = "91350100M000100Y44";
        assertTrue(UnifiedSocialCreditCode.looksLikeOne(bad));
        String p = UnifiedSocialCreditCode.problem(bad);
        assertEquals("check character is '4' but GB 32100-2015 gives '3'", p);
    }

    @Test
    void everyOtherCheckCharacterIsRefused() {
        String first17 = "91110000600037341";
        for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
            String p = UnifiedSocialCreditCode.problem(first17 + c);
            if (c == 'L') assertNull(p);
            else assertTrue(p != null && p.startsWith("check character"), first17 + c);
        }
    }

    @Test
    void aSingleChangedCharacterIsDetected() {
        String code = "91350100M000100Y43";
        for (int i = 0; i < 17; i++) {
            for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
                if (c == code.charAt(i)) continue;
                String changed = code.substring(0, i) + c + code.substring(i + 1);
                assertTrue(UnifiedSocialCreditCode.problem(changed) != null, changed);
            }
        }
    }

    @Test
    void alphabetLeavesOutIOZSV() {
        assertEquals(31, UnifiedSocialCreditCode.ALPHABET.length());
        for (char c : "IOZSV".toCharArray()) assertEquals(-1, UnifiedSocialCreditCode.ALPHABET.indexOf(c));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y4",     // 17
            "91350100M000100Y433",   // 19
            "91350100m000100y43",    // lowercase
            "91350100M000100Y4S",    // S not in the alphabet
            "I1350100M000100Y43", "O1350100M000100Y43", "Z1350100M000100Y43", "V1350100M000100Y43",
            "91350100-000100Y43", "91350100 000100Y43", "ENT-00000000000001", "", "913501００M000100Y4"})
    void looksLikeOneOnlyFor18CharactersOfTheAlphabet(String id) {
        assertFalse(UnifiedSocialCreditCode.looksLikeOne(id), id);
    }

    @Test
    void looksLikeOneEvenWithABadCheckCharacter() {
        assertTrue(UnifiedSocialCreditCode.looksLikeOne("91350100M000100Y4Y"));
        assertTrue(UnifiedSocialCreditCode.looksLikeOne("000000000000000000"));
    }

    @Test
    void problemNamesLengthAndForeignCharacters() {
        assertEquals("a Unified Social Credit Code has 18 characters", UnifiedSocialCreditCode.problem("91350100M000100Y4"));
        assertEquals("a Unified Social Credit Code has 18 characters", UnifiedSocialCreditCode.problem(""));
        assertEquals("character 9 'I' is not allowed in a Unified Social Credit Code",
                UnifiedSocialCreditCode.problem("91350100I000100Y43"));
        assertEquals("character 1 'a' is not allowed in a Unified Social Credit Code",
                UnifiedSocialCreditCode.problem("a1350100M000100Y43"));
        assertEquals("character 18 'S' is not allowed in a Unified Social Credit Code",
                UnifiedSocialCreditCode.problem("91350100M000100Y4S"));
    }

    @Test
    void checkCharacterOfForeignCharactersIsNul() {
        assertEquals('\0', UnifiedSocialCreditCode.checkCharacter("9135010OM000100Y4"));
        assertEquals('\0', UnifiedSocialCreditCode.checkCharacter("91350100m000100Y4"));
    }

    @Test
    void completeRefusesForeignCharacters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UnifiedSocialCreditCode.complete("91350100M000100Z4"));
        assertTrue(e.getMessage().contains("91350100M000100Z4"));
    }
}
