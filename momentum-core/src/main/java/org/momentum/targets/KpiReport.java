package org.momentum.targets;

/** A pilot's KPI report: the KPI's value before the project (baseline) and at {@code period} (current). */
public record KpiReport(String projectId, Kpi kpi, int period, double baseline, double current) {}
