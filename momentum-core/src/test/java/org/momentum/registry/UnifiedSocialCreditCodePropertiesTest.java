package org.momentum.registry;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class UnifiedSocialCreditCodePropertiesTest {

    @Provide
    Arbitrary<String> first17() {
        return Arbitraries.strings().withChars(UnifiedSocialCreditCode.ALPHABET.toCharArray()).ofLength(17);
    }

    @Property
    boolean completedCodesAreValid(@ForAll("first17") String first17) {
        String code = UnifiedSocialCreditCode.complete(first17);
        return code.length() == 18 && code.startsWith(first17) && UnifiedSocialCreditCode.looksLikeOne(code)
                && UnifiedSocialCreditCode.problem(code) == null;
    }

    /** Weights are units mod 31, so changing one character always changes the check character. */
    @Property
    boolean anySingleSubstitutionIsDetected(@ForAll("first17") String first17, @ForAll @IntRange(min = 0, max = 16) int at,
                                            @ForAll @IntRange(min = 1, max = 30) int shift) {
        String code = UnifiedSocialCreditCode.complete(first17);
        String a = UnifiedSocialCreditCode.ALPHABET;
        char replaced = a.charAt((a.indexOf(code.charAt(at)) + shift) % 31);
        String changed = code.substring(0, at) + replaced + code.substring(at + 1);
        return UnifiedSocialCreditCode.problem(changed) != null;
    }

    @Property
    boolean checkCharacterMatchesTheDefinition(@ForAll("first17") String first17) {
        String a = UnifiedSocialCreditCode.ALPHABET;
        int sum = 0, w = 1;
        for (int i = 0; i < 17; i++) {
            sum += a.indexOf(first17.charAt(i)) * w;
            w = w * 3 % 31;
        }
        return UnifiedSocialCreditCode.checkCharacter(first17) == a.charAt((31 - sum % 31) % 31);
    }
}
