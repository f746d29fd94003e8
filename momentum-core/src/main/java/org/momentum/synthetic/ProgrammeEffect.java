package org.momentum.synthetic;

import java.util.Set;

/**
 * A programme effect to inject into the synthetic panel: the treated enterprises' output grows by {@code effect}
 * (a fraction) more than it would in the twelve months from {@code from}, so that an evaluation has a known effect
 * to find.
 */
public record ProgrammeEffect(Set<String> enterprises, int from, double effect) {
    public static final ProgrammeEffect NONE = new ProgrammeEffect(Set.of(), Integer.MAX_VALUE, 0);

    public ProgrammeEffect {
        enterprises = Set.copyOf(enterprises);
        if (!(effect > -1) || Double.isInfinite(effect)) throw new IllegalArgumentException("effect must be > −1: " + effect);
    }
}
