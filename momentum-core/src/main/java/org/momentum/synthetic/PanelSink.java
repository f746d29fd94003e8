package org.momentum.synthetic;

import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;

/** Receives the generated panel as a stream: all enterprises first, then each month's prices and reports. */
public interface PanelSink {
    void enterprise(Enterprise e);

    void report(Report r);

    /** Producer price index of a division (or {@code ALL}) for a month, same month last year = 1.000. */
    void price(String industry, int period, double ppiYoy);
}
