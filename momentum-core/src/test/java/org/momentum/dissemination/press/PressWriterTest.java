package org.momentum.dissemination.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;

class PressWriterTest {
    static PressFigures.ProductOutput robots(Figure month) {
        return new PressFigures.ProductOutput("industrial_robot", "Industrial robots", "工业机器人", "sets", "套",
                month, Figure.of(60.24), Figure.of(131_079), Figure.of(68.08));
    }

    static PressFigures december(Figure month) {
        List<PressFigures.Division> d = List.of(
                new PressFigures.Division("13", "Agri-food", "农副食品加工业", Figure.of(0.21), Figure.of(3.0)),
                new PressFigures.Division("39", "Electronics", "计算机、通信和其他电子设备制造业", Figure.of(1.24), Figure.of(13.8)),
                new PressFigures.Division("36", "Motor vehicles", "汽车制造业", Figure.of(0.9), Figure.of(11.5)),
                new PressFigures.Division("31", "Iron and steel", "黑色金属冶炼和压延加工业", Figure.of(-0.26), Figure.of(-2.1)),
                new PressFigures.Division("06", "Coal mining", "煤炭开采和洗选业", Figure.withheld(), Figure.withheld()));
        return new PressFigures(Period.of(2017, 12), Figure.of(6.24), Figure.of(6.55), d, List.of(robots(month)));
    }

    @Test
    void theHeadlineStatesTheMonthAndTheYearToDate() {
        String en = PressWriter.write(december(Figure.of(12_345)), "en").plainText();
        assertTrue(en.contains("Industrial production, December 2017"), en);
        assertTrue(en.contains("In December 2017, industrial output at constant prices grew 6.2% on a year earlier"), en);
        assertTrue(en.contains("In January–December 2017, it grew 6.6%."), en);
        assertTrue(en.contains("Industrial robots: 12,345 sets in December 2017, up 60.2% on a year earlier; 131,079 sets in January–December 2017, up 68.1%."), en);
        String zh = PressWriter.write(december(Figure.of(12_345)), "zh").plainText();
        assertTrue(zh.contains("2017年12月份，全部工业总产值（不变价）按可比口径同比增长6.2%。1–12月份，同比增长6.6%。"), zh);
        assertTrue(zh.contains("工业机器人：2017年12月份产量1.2万套，同比增长60.2%；1–12月份产量13.1万套，同比增长68.1%。"), zh);
    }

    @Test
    void leadingDivisionsAreRankedByContributionAndAWithheldOneIsNeverPrinted() {
        PressRelease en = PressWriter.write(december(Figure.of(12_345)), "en");
        PressRelease.Section s = en.sections().get(0);
        assertEquals(List.of("39", "36", "13", "31"), s.table().rows().stream().map(r -> r.get(0)).toList());
        assertTrue(s.paragraphs().get(0).startsWith("Of the 4 divisions with published growth in December 2017, 3 grew on a year earlier."), s.paragraphs().get(0));
        assertTrue(s.paragraphs().get(0).contains("Electronics (1.2 percentage points; output grew 13.8%)"), s.paragraphs().get(0));
        assertTrue(s.paragraphs().get(0).contains("Iron and steel (\u22120.3 percentage points; output fell 2.1%)"), s.paragraphs().get(0));
        assertFalse(en.plainText().contains("Coal mining"));
        String zh = PressWriter.write(december(Figure.of(12_345)), "zh").plainText();
        assertTrue(zh.contains("计算机、通信和其他电子设备制造业拉动1.2个百分点（增长13.8%）"), zh);
        assertTrue(zh.contains("黑色金属冶炼和压延加工业拖累0.3个百分点（下降2.1%）"), zh);
    }

    @Test
    void aWithheldProductNumberIsWrittenNotPublished() {
        String en = PressWriter.write(december(Figure.withheld()), "en").plainText();
        assertTrue(en.contains("Industrial robots: not published for December 2017 (up 60.2% on a year earlier); 131,079 sets in January–December 2017, up 68.1%."), en);
        assertTrue(en.contains("“Not published”: withheld by statistical disclosure control"), en);
        String zh = PressWriter.write(december(Figure.withheld()), "zh").plainText();
        assertTrue(zh.contains("2017年12月份产量不予公布"), zh);
        PressFigures d = december(Figure.of(1));
        PressFigures noHeadline = new PressFigures(d.period(), Figure.withheld(), Figure.withheld(), d.divisions(), d.products());
        String t = PressWriter.write(noHeadline, "en").plainText();
        assertTrue(t.contains("In December 2017, the growth of industrial output at constant prices on a year earlier was not published. "
                + "Its growth in January–December 2017 was not published."), t);
        assertTrue(PressWriter.write(noHeadline, "zh").plainText().contains("同比增速不予公布。1–12月份，同比增速不予公布。"));
    }

    @Test
    void januaryAndFebruaryArePublishedTogether() {
        PressFigures f = new PressFigures(Period.of(2018, 2), Figure.ABSENT, Figure.of(7.2),
                december(Figure.of(1)).divisions(), List.of(new PressFigures.ProductOutput("nev", "New-energy vehicles", "新能源汽车", "vehicles", "辆",
                Figure.of(40_000), Figure.ABSENT, Figure.of(80_000), Figure.of(-1.5))));
        PressRelease en = PressWriter.write(f, "en");
        assertEquals("Industrial production, January–February 2018", en.title());
        String t = en.plainText();
        assertTrue(t.contains("In January–February 2018, industrial output at constant prices grew 7.2% on a year earlier"), t);
        assertTrue(t.contains("the growth of each month on its own is not published"), t);
        assertTrue(t.contains("New-energy vehicles: 80,000 vehicles in January–February 2018, down 1.5% on a year earlier."), t);
        assertFalse(t.contains("40,000"), "February's own output is not the January–February figure");
        assertTrue(en.sections().stream().noneMatch(s -> s.id().equals("industries")), "no contributions to one month's growth");
        String zh = PressWriter.write(f, "zh").plainText();
        assertTrue(zh.startsWith("2018年1–2月份工业生产情况"), zh);
        assertTrue(zh.contains("新能源汽车：2018年1–2月份产量8.0万辆，同比下降1.5%。"), zh);
    }

    @Test
    void targetsProgressAndTheOutlookWhenTheReleaseCarriesThem() {
        PressFigures d = december(Figure.of(1));
        org.momentum.targets.Target steel = new org.momentum.targets.Target("steel-capacity-2017", "Cut crude-steel capacity by more than 50 Mt in 2017",
                "2017年压减粗钢产能5000万吨以上", "capacity.crude_steel", "3120", "ALL", 1.25e9, Period.of(2016, 12),
                org.momentum.targets.GoalKind.CHANGE, -5e7, Period.of(2017, 12), org.momentum.targets.Direction.DOWN, 0);
        org.momentum.targets.TargetAssessment a = org.momentum.targets.TargetAssessment.assess(steel, Period.of(2017, 12), -5.5e7, null);
        PressFigures f = new PressFigures(d.period(), d.monthGrowth(), d.ytdGrowth(), d.divisions(), d.products(),
                List.of(new PressFigures.TargetProgress(a, "tonnes per year", "吨/年")),
                new PressFigures.Outlook(2018, 6.2, 5.3, 6.74, 4.9, 7.1, "auto", Period.of(2017, 12)));
        String en = PressWriter.write(f, "en").plainText();
        assertTrue(en.contains("Cut crude-steel capacity by more than 50 Mt in 2017: achieved. Outcome \u221255.0 million tonnes per year "
                + "against a goal of \u221250.0 million tonnes per year by December 2017."), en);
        assertTrue(en.contains("Industrial output at constant prices is expected to grow about 6% in 2018 (80% interval 5.3% to 6.7%; "
                + "95% interval 4.9% to 7.1%), forecast by auto from data up to December 2017."), en);
        String zh = PressWriter.write(f, "zh").plainText();
        assertTrue(zh.contains("2017年压减粗钢产能5000万吨以上：已完成。结果\u22125500万吨/年，目标\u22125000万吨/年，期限2017年12月。"), zh);
        assertTrue(zh.contains("预计2018年全部工业总产值（不变价）增长6%左右（80%区间5.3%至6.7%；95%区间4.9%至7.1%）。"), zh);
        assertFalse(PressWriter.write(d, "en").plainText().contains("Outlook"), "no section for what the release does not carry");
        org.momentum.targets.Target growth = new org.momentum.targets.Target("output-growth-2018", "Industrial output growth of about 6% in 2018",
                "2018年工业增长6%左右", "output_value", "ALL", "ALL", 1e9, Period.of(2017, 12), org.momentum.targets.GoalKind.GROWTH, 6,
                Period.of(2018, 12), org.momentum.targets.Direction.UP, 0.5);
        PressFigures g = new PressFigures(d.period(), d.monthGrowth(), d.ytdGrowth(), d.divisions(), d.products(),
                List.of(new PressFigures.TargetProgress(org.momentum.targets.TargetAssessment.assess(growth, Period.of(2017, 12), Double.NaN, null), "10k yuan", "万元")), null);
        String t = PressWriter.write(g, "en").plainText();
        assertTrue(t.contains("Industrial output growth of about 6% in 2018: at risk. No outcome yet; the goal is 6.0% by December 2018."), t);
        assertTrue(PressWriter.write(g, "zh").plainText().contains("2018年工业增长6%左右：存在风险。尚无数据，目标6.0%，期限2018年12月。"));
    }

    @Test
    void thePilotsResultsWithTheirEvaluation() {
        PressFigures d = december(Figure.of(1));
        // estimate ln(1.06) with a 95% interval ln(1.04)..ln(1.08): +6.0% (+4.0% to +8.0%)
        org.momentum.targets.Evaluation e = new org.momentum.targets.Evaluation(org.momentum.targets.Evaluation.Verdict.POSITIVE, Math.log(1.06), 0.01,
                Math.log(1.04), Math.log(1.08), 97, 95, 285, 60, null);
        PressFigures.ProgrammeOutcome pilots = new PressFigures.ProgrammeOutcome("Intelligent manufacturing pilot demonstration projects", "智能制造试点示范项目", 97,
                List.of(new PressFigures.KpiOutcome(org.momentum.targets.Kpi.values()[0], 38.24, 85, 97, false),
                        new PressFigures.KpiOutcome(org.momentum.targets.Kpi.values()[1], Double.NaN, -1, -1, true)), e);
        PressFigures f = new PressFigures(d.period(), d.monthGrowth(), d.ytdGrowth(), d.divisions(), d.products(), List.of(), null, List.of(pilots));
        String en = PressWriter.write(f, "en").plainText();
        String kpi = org.momentum.targets.Kpi.values()[0].nameEn();
        assertTrue(en.contains("Intelligent manufacturing pilot demonstration projects: 97 projects. " + kpi + " improved 38.2% on average (85 of 97 projects met the threshold)."), en);
        assertTrue(en.contains("(+6.0%, 95% confidence interval +4.0% to +8.0%)."), en);
        assertFalse(en.contains(org.momentum.targets.Kpi.values()[1].nameEn()), "a withheld KPI is not stated");
        String zh = PressWriter.write(f, "zh").plainText();
        assertTrue(zh.contains("智能制造试点示范项目共97个项目。" + org.momentum.targets.Kpi.values()[0].nameZh() + "平均改善38.2%，97个项目中85个达到要求。"), zh);
        assertFalse(PressWriter.write(d, "en").plainText().contains("Programme results"), "no section for what the release does not carry");
    }

    @Test
    void aReleaseOfJanuaryAloneStatesNoGrowth() {
        PressFigures jan = new PressFigures(Period.of(2018, 1), Figure.ABSENT, Figure.ABSENT, List.of(), List.of());
        PressRelease en = PressWriter.write(jan, "en");
        assertEquals("Industrial production, January 2018", en.title());
        assertEquals(List.of("In January 2018, the growth of industrial output at constant prices on a year earlier was not published.",
                "January and February are published together: the growth of each month on its own is not published; "
                        + "January's comes with February's release, as January–February."), en.lead());
        assertEquals("2018年1月份工业生产情况", PressWriter.write(jan, "zh").title());
    }
}
