package org.momentum.registry;

import org.momentum.classification.Period;

/**
 * One unit of the statistical register. {@code scopeTo} is {@link Period#OPEN} while the enterprise is
 * still in scope ("above designated size").
 */
public record Enterprise(String id, String name, String industry, String region, EnterpriseSize size,
                         int scopeFrom, int scopeTo) {

    public boolean inScope(int period) { return scopeFrom <= period && period <= scopeTo; }

    public String province() { return region.substring(0, 2) + "0000"; }
}
