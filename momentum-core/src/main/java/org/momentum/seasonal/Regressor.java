package org.momentum.seasonal;

import java.util.Arrays;
import org.momentum.classification.Period;

/**
 * A monthly user-defined regression variable: a name (letters and digits, as JDemetra+ takes it for a
 * context variable) and its values from {@code startPeriod} ({@link Period} ints) on.
 */
public record Regressor(String name, int startPeriod, double[] values) {
    public Regressor {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*"))
            throw new IllegalArgumentException("regressor name '" + name + "' must be letters, digits or _");
        values = values.clone();
    }

    @Override public double[] values() { return values.clone(); }

    public int endPeriod() { return startPeriod + values.length - 1; }

    /** Value at a period; the caller checks coverage. */
    public double at(int period) { return values[period - startPeriod]; }

    public boolean covers(int from, int to) { return from >= startPeriod && to <= endPeriod(); }

    @Override public String toString() {
        return "Regressor[" + name + ", " + Period.format(startPeriod) + ".." + Period.format(endPeriod()) + "]";
    }

    @Override public boolean equals(Object o) {
        return o instanceof Regressor r && r.name.equals(name) && r.startPeriod == startPeriod && Arrays.equals(r.values, values);
    }

    @Override public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(values); }
}
