package org.momentum.quality;

/** A statistical check over the month under review; each class is one check with its own reviewer sentence. */
public interface Check {
    /** The rule name written in the flags file. */
    String name();

    CheckResult run(QualityContext ctx);
}
