package org.momentum.dissemination.press;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PressNumbersTest {
    @Test
    void growthHasOneDecimalRoundedHalfAwayFromZeroAsWritten() {
        assertEquals("6.6", PressNumbers.oneDecimal(6.55));
        assertEquals("3.4", PressNumbers.oneDecimal(-3.35));
        assertEquals("+6.6", PressNumbers.signed(6.55));
        assertEquals("\u22123.4", PressNumbers.signed(-3.35));
        assertEquals("0.0", PressNumbers.signed(-0.04), "never -0.0");
        assertEquals(0, PressNumbers.signAsWritten(0.049));
    }

    @Test
    void levelsInEnglishHaveSeparatorsAndMillionsFromTenMillion() {
        assertEquals("131,079 sets", PressNumbers.levelEn(131_079.4, "sets"));
        assertEquals("794,000 vehicles", PressNumbers.levelEn(794_000, "vehicles"));
        assertEquals("831.7 million tonnes", PressNumbers.levelEn(831_730_000, "tonnes"));
        assertEquals("2.32 billion tonnes", PressNumbers.levelEn(2_316_250_000.0, "tonnes"));
        assertEquals("1,234 10k units", PressNumbers.levelEn(1234, "10k units"), "a unit in ten thousands is not scaled again");
    }

    @Test
    void levelsInChineseAreInWanAsNbsWritesThem() {
        // NBS, Statistical Communiqué on 2017: 工业机器人13.1万套, 新能源汽车79.4万辆, 粗钢83173万吨
        assertEquals("13.1万套", PressNumbers.levelZh(131_079, "套"));
        assertEquals("79.4万辆", PressNumbers.levelZh(794_000, "辆"));
        assertEquals("83173万吨", PressNumbers.levelZh(831_730_000, "吨"));
        assertEquals("9500套", PressNumbers.levelZh(9_500, "套"));
    }
}
