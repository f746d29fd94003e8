/**
 * Targets and programmes: a policy target's progress, status and probability of being met; capacity cuts with exits;
 * pilot projects' KPI improvements against their programme's thresholds; and whether a programme made a difference
 * (difference in differences with matched controls). Plain values in, plain values out: no files, SQL or HTTP.
 */
package org.momentum.targets;
