package org.momentum.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * One rule of a rules file: where {@code when} holds (always, when absent) the {@code condition} must hold, else
 * the report is flagged with the rule's severity and message. {@code line} is where it was written.
 */
public record QualityRule(String name, RuleExpr when, RuleExpr condition, Severity severity, String message, int line) {

    /** The indicator the flag is about: the first one the condition reads. */
    public String indicator() {
        List<String> ids = new ArrayList<>();
        condition.indicators(ids);
        if (ids.isEmpty() && when != null) when.indicators(ids);
        return ids.isEmpty() ? "" : ids.get(0);
    }
}
