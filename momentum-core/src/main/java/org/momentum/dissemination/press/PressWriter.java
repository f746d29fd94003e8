package org.momentum.dissemination.press;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.momentum.classification.Period;
import org.momentum.targets.Evaluation;
import org.momentum.targets.GoalKind;
import org.momentum.targets.Target;
import org.momentum.targets.TargetAssessment;

/**
 * Writes the press release of a month from its published figures, in English or Chinese, after NBS's monthly
 * release on industrial production: headline growth for the month and the year to date (January and February
 * together: indicators.md, "Publication rules"), the divisions contributing most to the month's growth, and the
 * output of the press-release products, then the targets' progress and the outlook when the release carries them.
 * A number withheld by disclosure control is written "not published".
 */
public final class PressWriter {
    /** How many divisions the release names (NBS names a handful). */
    public static final int LEADING_DIVISIONS = 5;

    private PressWriter() {}

    public static PressRelease write(PressFigures f, String lang) {
        if (!lang.equals("en") && !lang.equals("zh")) throw new IllegalArgumentException("language must be en or zh, not '" + lang + "'");
        boolean zh = lang.equals("zh");
        List<PressRelease.Section> sections = new ArrayList<>();
        PressRelease.Section divisions = divisions(f, zh);
        if (divisions != null) sections.add(divisions);
        PressRelease.Section products = products(f, zh);
        if (products != null) sections.add(products);
        PressRelease.Section targets = targets(f, zh);
        if (targets != null) sections.add(targets);
        PressRelease.Section programmes = programmes(f, zh);
        if (programmes != null) sections.add(programmes);
        PressRelease.Section outlook = outlook(f, zh);
        if (outlook != null) sections.add(outlook);
        List<String> notes = new ArrayList<>();
        notes.add(zh ? "说明：增速为工业总产值按工业生产者出厂价格指数缩减后的实际增速，按可比口径计算（两年为同一批企业），因此与按公布的总量计算的增速不一定一致。"
                : "Note: growth is of gross industrial output value deflated by producer price indices, on a comparable basis (the same enterprises in both years), so it need not equal the change between published levels.");
        if (anyNotPublished(f))
            notes.add(zh ? "“不予公布”：数据经统计保密审核不予公布（企业数过少或单一企业占比过大）。"
                    : "“Not published”: withheld by statistical disclosure control (too few enterprises, or one enterprise dominating the total).");
        return new PressRelease(lang, title(f.period(), zh), lead(f, zh), sections, notes);
    }

    /** "Industrial production, December 2017" / "2017年12月份工业生产情况"; January is released with February. */
    public static String title(int period, boolean zh) {
        return zh ? monthZh(period) + "工业生产情况" : "Industrial production, " + monthEn(period);
    }

    private static boolean janFeb(int period) { return Period.month(period) <= 2; }

    /** February's release is "January–February"; a release of January alone is named as such. */
    private static String monthEn(int period) {
        int m = Period.month(period);
        String name = m == 2 ? "January–February" : Period.toYearMonth(period).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return name + " " + Period.year(period);
    }

    private static String monthZh(int period) {
        int m = Period.month(period);
        return Period.year(period) + "年" + (m == 2 ? "1–2" : Integer.toString(m)) + "月份";
    }

    /** The year to date: "January–December 2017" / "1–12月份". */
    private static String ytdEn(int period) {
        return "January–" + Period.toYearMonth(period).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + Period.year(period);
    }

    private static String ytdZh(int period) { return "1–" + Period.month(period) + "月份"; }

    private static List<String> lead(PressFigures f, boolean zh) {
        int p = f.period();
        List<String> out = new ArrayList<>();
        if (janFeb(p)) {
            // the year to date at February is "January–February"; neither month's own growth is published
            out.add(zh ? monthZh(p) + "，全部工业总产值（不变价）按可比口径同比" + growthZh(f.ytdGrowth()) + "。" : headlineEn(monthEn(p), f.ytdGrowth()));
            out.add(zh ? "1月和2月数据合并发布，不单独发布各月增速" + (Period.month(p) == 1 ? "；1月份增速随2月份数据以1–2月份累计发布。" : "。")
                    : "January and February are published together: the growth of each month on its own is not published"
                            + (Period.month(p) == 1 ? "; January's comes with February's release, as January–February." : "."));
            return out;
        }
        if (zh) {
            out.add(monthZh(p) + "，全部工业总产值（不变价）按可比口径同比" + growthZh(f.monthGrowth()) + "。" + ytdZh(p) + "，同比" + growthZh(f.ytdGrowth()) + "。");
        } else {
            out.add(headlineEn(monthEn(p), f.monthGrowth()) + " "
                    + (f.ytdGrowth().shown() ? "In " + ytdEn(p) + ", it " + growthEn(f.ytdGrowth()) + "." : "Its growth in " + ytdEn(p) + " was not published."));
        }
        return out;
    }

    private static String headlineEn(String when, Figure g) {
        if (!g.shown()) return "In " + when + ", the growth of industrial output at constant prices on a year earlier was not published.";
        return "In " + when + ", industrial output at constant prices " + growthEn(g) + " on a year earlier, on a comparable basis.";
    }

    private static PressRelease.Section divisions(PressFigures f, boolean zh) {
        if (janFeb(f.period())) return null; // contributions to January's or February's own growth are not published
        List<PressFigures.Division> shown = new ArrayList<>();
        for (PressFigures.Division d : f.divisions()) if (d.contributionPp().shown()) shown.add(d);
        if (shown.isEmpty()) return null;
        shown.sort(Comparator.comparingDouble((PressFigures.Division d) -> d.contributionPp().value()).reversed().thenComparing(PressFigures.Division::code));
        List<PressFigures.Division> leading = shown.subList(0, Math.min(LEADING_DIVISIONS, shown.size()));
        int withGrowth = 0, grew = 0;
        for (PressFigures.Division d : f.divisions())
            if (d.growth().shown()) {
                withGrowth++;
                if (PressNumbers.signAsWritten(d.growth().value()) > 0) grew++;
            }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder s = new StringBuilder();
        if (zh) {
            if (withGrowth > 0) s.append("分行业看，").append(monthZh(f.period())).append("公布增速的").append(withGrowth).append("个行业大类中，")
                    .append(grew).append("个同比增长。");
            s.append("拉动全部工业增长最多的行业：");
            for (int i = 0; i < leading.size(); i++) {
                PressFigures.Division d = leading.get(i);
                s.append(i == 0 ? "" : "；").append(d.nameZh()).append(pointsZh(d.contributionPp()));
                if (d.growth().shown()) s.append("（").append(growthZh(d.growth())).append("）");
            }
            s.append("。");
        } else {
            if (withGrowth > 0) s.append("Of the ").append(withGrowth).append(" divisions with published growth in ").append(monthEn(f.period()))
                    .append(", ").append(grew).append(" grew on a year earlier. ");
            s.append("The largest contributions to growth came from ");
            for (int i = 0; i < leading.size(); i++) {
                PressFigures.Division d = leading.get(i);
                s.append(i == 0 ? "" : i == leading.size() - 1 ? " and " : "; ").append(d.nameEn()).append(" (")
                        .append(pointsEn(d.contributionPp()));
                if (d.growth().shown()) s.append("; output ").append(growthEn(d.growth()));
                s.append(")");
            }
            s.append(".");
        }
        paragraphs.add(s.toString());
        List<List<String>> rows = new ArrayList<>();
        for (PressFigures.Division d : leading)
            rows.add(List.of(d.code(), zh ? d.nameZh() : d.nameEn(), cell(d.growth(), zh), cell(d.contributionPp(), zh)));
        PressRelease.Table t = new PressRelease.Table(zh ? List.of("代码", "行业", "同比增长（%）", "拉动（百分点）")
                : List.of("Code", "Division", "Growth, %", "Contribution, pp"), rows, 2);
        return new PressRelease.Section("industries", zh ? "分行业情况" : "Industries", paragraphs, t);
    }

    private static PressRelease.Section products(PressFigures f, boolean zh) {
        int p = f.period();
        boolean jf = janFeb(p);
        List<String> paragraphs = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (PressFigures.ProductOutput o : f.products()) {
            if (!o.any()) continue; // a product the release does not have is left out, not written as zero
            String unit = zh ? o.unitZh() : o.unitEn();
            if (zh) {
                StringBuilder s = new StringBuilder(o.nameZh()).append("：");
                if (!jf) s.append(monthZh(p)).append("产量").append(levelZh(o.month(), unit)).append("，同比").append(growthZh(o.monthGrowth())).append("；");
                s.append(jf ? monthZh(p) : ytdZh(p)).append("产量").append(levelZh(o.ytd(), unit)).append("，同比").append(growthZh(o.ytdGrowth())).append("。");
                paragraphs.add(s.toString());
            } else {
                StringBuilder s = new StringBuilder(o.nameEn()).append(": ");
                if (!jf) s.append(outputEn(o.month(), o.monthGrowth(), unit, monthEn(p), " on a year earlier")).append("; ");
                s.append(outputEn(o.ytd(), o.ytdGrowth(), unit, jf ? monthEn(p) : ytdEn(p), jf ? " on a year earlier" : "")).append(".");
                paragraphs.add(s.toString());
            }
            List<String> row = new ArrayList<>(List.of(zh ? o.nameZh() : o.nameEn(), unit));
            if (!jf) {
                row.add(tableLevel(o.month(), zh));
                row.add(cell(o.monthGrowth(), zh));
            }
            row.add(tableLevel(o.ytd(), zh));
            row.add(cell(o.ytdGrowth(), zh));
            rows.add(row);
        }
        if (rows.isEmpty()) return null;
        List<String> header = new ArrayList<>(zh ? List.of("产品", "单位") : List.of("Product", "Unit"));
        if (!jf) header.addAll(zh ? List.of(monthZh(p), "同比增长（%）") : List.of(monthEn(p), "Growth, %"));
        header.addAll(zh ? List.of(jf ? monthZh(p) : ytdZh(p), "同比增长（%）") : List.of(jf ? monthEn(p) : ytdEn(p), "Growth, %"));
        return new PressRelease.Section("products", zh ? "主要产品产量" : "Output of selected products", paragraphs,
                new PressRelease.Table(header, rows, 2));
    }

    /** The targets as the release assessed them: status, outcome so far against the goal, and the chance of meeting it. */
    private static PressRelease.Section targets(PressFigures f, boolean zh) {
        if (f.targets().isEmpty()) return null;
        List<String> paragraphs = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (PressFigures.TargetProgress tp : f.targets()) {
            TargetAssessment a = tp.assessment();
            Target t = a.target();
            String unit = zh ? tp.unitZh() : tp.unitEn();
            String outcome = Double.isNaN(a.outcome()) ? (zh ? "尚无数据" : "not yet measured") : goalTerms(t.goalKind(), a.outcome(), unit, zh);
            String goal = goalTerms(t.goalKind(), t.goalValue(), unit, zh);
            String deadline = zh ? Period.year(t.deadline()) + "年" + Period.month(t.deadline()) + "月"
                    : Period.toYearMonth(t.deadline()).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + Period.year(t.deadline());
            boolean chance = !Double.isNaN(a.probability()) && a.period() < t.deadline();
            String p = chance ? Math.round(a.probability() * 100) + "%" : null;
            if (zh) {
                String so = Double.isNaN(a.outcome()) ? "尚无数据，" : (a.period() >= t.deadline() ? "结果" : "目前") + outcome + "，";
                paragraphs.add(t.nameZh() + "：" + a.status().labelZh() + "。" + so + "目标" + goal + "，期限" + deadline + (chance ? "，实现目标的概率为" + p : "") + "。");
            } else {
                String so = Double.isNaN(a.outcome()) ? "No outcome yet; the goal is " : (a.period() >= t.deadline() ? "Outcome " : "So far ") + outcome + " against a goal of ";
                paragraphs.add(t.name() + ": " + a.status().labelEn().toLowerCase(Locale.ROOT) + ". " + so + goal + " by " + deadline
                        + (chance ? "; probability of meeting it " + p : "") + ".");
            }
            rows.add(List.of(zh ? t.nameZh() : t.name(), zh ? a.status().labelZh() : a.status().labelEn(), outcome, goal, deadline, chance ? p : "—"));
        }
        PressRelease.Table table = new PressRelease.Table(zh ? List.of("目标", "状态", "进展", "目标值", "期限", "实现概率")
                : List.of("Target", "Status", "Outcome", "Goal", "Deadline", "Probability"), rows, 2);
        return new PressRelease.Section("targets", zh ? "目标进展" : "Progress towards targets", paragraphs, table);
    }

    /** The programmes' results: each KPI's mean improvement over the pilots, how many met the threshold, the evaluation. */
    private static PressRelease.Section programmes(PressFigures f, boolean zh) {
        if (f.programmes().isEmpty()) return null;
        List<String> paragraphs = new ArrayList<>();
        for (PressFigures.ProgrammeOutcome p : f.programmes()) {
            List<String> kpis = new ArrayList<>();
            for (PressFigures.KpiOutcome k : p.kpis()) {
                if (k.withheld() || Double.isNaN(k.meanPct())) continue;
                String change = PressNumbers.oneDecimal(Math.abs(k.meanPct())) + "%";
                String met = k.withThreshold() > 0 ? (zh ? "，" + k.withThreshold() + "个项目中" + k.meeting() + "个达到要求"
                        : " (" + k.meeting() + " of " + k.withThreshold() + " projects met the threshold)") : "";
                boolean better = k.meanPct() >= 0;
                kpis.add(zh ? k.kpi().nameZh() + (better ? "平均改善" : "平均变差") + change + met
                        : k.kpi().nameEn() + (better ? " improved " : " worsened ") + change + " on average" + met);
            }
            String evaluation = "";
            Evaluation e = p.evaluation();
            if (e != null) {
                boolean estimate = e.verdict() == Evaluation.Verdict.POSITIVE || e.verdict() == Evaluation.Verdict.NEGATIVE;
                String numbers = estimate ? String.format(Locale.ROOT, zh ? "（%s%%，95%%置信区间 %s%% 至 %s%%）" : " (%s%%, 95%% confidence interval %s%% to %s%%)",
                        signed(e.effectPct()), signed(e.lo95Pct()), signed(e.hi95Pct())) : "";
                evaluation = zh ? "与可比的未参与企业相比：" + e.verdict().sentenceZh() + numbers + "。"
                        : " Compared with similar enterprises outside the programme, " + e.verdict().sentenceEn() + numbers + ".";
            }
            paragraphs.add(zh ? p.nameZh() + "共" + p.projects() + "个项目。" + (kpis.isEmpty() ? "" : String.join("；", kpis) + "。") + evaluation
                    : p.nameEn() + ": " + p.projects() + " projects." + (kpis.isEmpty() ? "" : " " + String.join("; ", kpis) + ".") + evaluation);
        }
        return new PressRelease.Section("programmes", zh ? "试点示范项目成效" : "Programme results", paragraphs, null);
    }

    private static String signed(double v) {
        return (PressNumbers.signAsWritten(v) < 0 ? "\u2212" : "+") + PressNumbers.oneDecimal(Math.abs(v));
    }

    /** A value in a target's terms: growth in percent; a level or change in the measure's unit, a cut with its sign. */
    private static String goalTerms(GoalKind kind, double v, String unit, boolean zh) {
        if (kind == GoalKind.GROWTH) return (PressNumbers.signAsWritten(v) < 0 ? "\u2212" : "") + PressNumbers.oneDecimal(v) + "%";
        String magnitude = zh ? PressNumbers.levelZh(Math.abs(v), unit) : PressNumbers.levelEn(Math.abs(v), unit);
        return (v < 0 ? "\u2212" : "") + magnitude;
    }

    /** The release's outlook for the headline measure: the year's expected growth, "about 6%", with its intervals. */
    private static PressRelease.Section outlook(PressFigures f, boolean zh) {
        PressFigures.Outlook o = f.outlook();
        if (o == null || Double.isNaN(o.growthPct())) return null;
        long about = Math.round(o.growthPct()); // NBS and the government state the year's outlook in whole percent
        String origin = zh ? Period.year(o.origin()) + "年" + Period.month(o.origin()) + "月"
                : Period.toYearMonth(o.origin()).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + Period.year(o.origin());
        boolean intervals = !Double.isNaN(o.lo80());
        String text;
        if (zh) {
            text = "预计" + o.year() + "年全部工业总产值（不变价）" + (about < 0 ? "下降" + (-about) : "增长" + about) + "%左右"
                    + (intervals ? "（80%区间" + range(o.lo80(), o.hi80(), "至") + "；95%区间" + range(o.lo95(), o.hi95(), "至") + "）" : "")
                    + "。预测方法：" + o.method() + "，数据截至" + origin + "。";
        } else {
            text = "Industrial output at constant prices is expected to " + (about < 0 ? "fall about " + (-about) : "grow about " + about) + "% in " + o.year()
                    + (intervals ? " (80% interval " + range(o.lo80(), o.hi80(), " to ") + "; 95% interval " + range(o.lo95(), o.hi95(), " to ") + ")" : "")
                    + ", forecast by " + o.method() + " from data up to " + origin + ".";
        }
        return new PressRelease.Section("outlook", zh ? "展望" : "Outlook", List.of(text), null);
    }

    private static String range(double lo, double hi, String to) {
        return (PressNumbers.signAsWritten(lo) < 0 ? "\u2212" : "") + PressNumbers.oneDecimal(lo) + "%" + to
                + (PressNumbers.signAsWritten(hi) < 0 ? "\u2212" : "") + PressNumbers.oneDecimal(hi) + "%";
    }

    // ---- words for numbers ----

    static String growthEn(Figure g) {
        if (!g.shown()) return "growth was not published";
        int s = PressNumbers.signAsWritten(g.value());
        if (s == 0) return "was unchanged";
        return (s > 0 ? "grew " : "fell ") + PressNumbers.oneDecimal(g.value()) + "%";
    }

    /** For a product's output after its level: "up 68.1%", "down 2.0%". */
    static String changeEn(Figure g) {
        if (!g.shown()) return "growth not published";
        int s = PressNumbers.signAsWritten(g.value());
        if (s == 0) return "unchanged";
        return (s > 0 ? "up " : "down ") + PressNumbers.oneDecimal(g.value()) + "%";
    }

    static String growthZh(Figure g) {
        if (!g.shown()) return "增速不予公布";
        int s = PressNumbers.signAsWritten(g.value());
        if (s == 0) return "持平";
        return (s > 0 ? "增长" : "下降") + PressNumbers.oneDecimal(g.value()) + "%";
    }

    private static String pointsEn(Figure pp) {
        int s = PressNumbers.signAsWritten(pp.value());
        return (s < 0 ? "\u2212" : "") + PressNumbers.oneDecimal(pp.value()) + " percentage points";
    }

    private static String pointsZh(Figure pp) {
        int s = PressNumbers.signAsWritten(pp.value());
        return (s < 0 ? "拖累" : "拉动") + PressNumbers.oneDecimal(pp.value()) + "个百分点";
    }

    /** "131,079 sets in January–December 2017, up 68.1%", or what of it is not published. */
    private static String outputEn(Figure level, Figure growth, String unit, String when, String since) {
        if (level.shown())
            return PressNumbers.levelEn(level.value(), unit) + " in " + when + (growth.shown() ? ", " + changeEn(growth) + since : " (growth not published)");
        return "not published for " + when + (growth.shown() ? " (" + changeEn(growth) + since + ")" : "");
    }

    private static String levelZh(Figure v, String unit) {
        return v.shown() ? PressNumbers.levelZh(v.value(), unit) : "不予公布";
    }

    private static String cell(Figure g, boolean zh) {
        if (g.shown()) return PressNumbers.signed(g.value());
        return g.status() == null ? "—" : zh ? "不予公布" : "not published";
    }

    /** A level in a table: thousands separators in its unit (English and Chinese tables alike). */
    private static String tableLevel(Figure v, boolean zh) {
        if (v.shown()) return PressNumbers.grouped(v.value());
        return v.status() == null ? "—" : zh ? "不予公布" : "not published";
    }

    private static boolean anyNotPublished(PressFigures f) {
        if (f.ytdGrowth().notPublished() || (!janFeb(f.period()) && f.monthGrowth().notPublished())) return true;
        for (PressFigures.ProductOutput o : f.products())
            for (Figure x : new Figure[] {o.month(), o.monthGrowth(), o.ytd(), o.ytdGrowth()}) if (x.notPublished()) return true;
        return false;
    }
}
