package org.momentum.targets;

/** Where a target stands at a release; see {@link TargetAssessment#assess} for the boundary rules. */
public enum TargetStatus {
    ACHIEVED("achieved", "Achieved", "已完成"),
    ON_TRACK("on_track", "On track", "进展顺利"),
    AT_RISK("at_risk", "At risk", "存在风险"),
    OFF_TRACK("off_track", "Off track", "偏离目标");

    private final String code, en, zh;

    TargetStatus(String code, String en, String zh) {
        this.code = code;
        this.en = en;
        this.zh = zh;
    }

    public String code() { return code; }

    public String labelEn() { return en; }

    public String labelZh() { return zh; }
}
