package org.momentum.forecast;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Work already done for one series on one thread, reused while a backtest goes through its methods: comb and auto
 * refit ets, arima and theta, and ets and the Akaike-weighted ets fit the same candidate models. Every method is a
 * deterministic function of (method, series, frequency, horizon), so a result computed once is the result; outside
 * a scope ({@link #within}) nothing is kept. The series is matched by identity: the backtest hands every method the
 * same array.
 */
final class SeriesMemo {
    private static final ThreadLocal<Map<Key, Object>> SCOPE = new ThreadLocal<>();

    private SeriesMemo() {}

    private record Key(String what, Object method, double[] y, int frequency, int horizon) {
        @Override public boolean equals(Object o) {
            return o instanceof Key k && k.y == y && k.frequency == frequency && k.horizon == horizon
                    && k.what.equals(what) && java.util.Objects.equals(k.method, method);
        }

        @Override public int hashCode() {
            return ((what.hashCode() * 31 + java.util.Objects.hashCode(method)) * 31 + System.identityHashCode(y)) * 31 + frequency * 37 + horizon;
        }
    }

    /** Runs {@code work} with an empty memo on this thread; the memo is dropped afterwards. */
    static void within(Runnable work) {
        Map<Key, Object> previous = SCOPE.get();
        SCOPE.set(new HashMap<>());
        try {
            work.run();
        } finally {
            if (previous == null) SCOPE.remove(); else SCOPE.set(previous);
        }
    }

    /** A method's forecast of y, from the memo when this series already had it. */
    static Forecast forecast(Forecaster method, double[] y, int frequency, int horizon) {
        return get(new Key("forecast", method, y, frequency, horizon), () -> method.forecast(y, frequency, horizon));
    }

    /** Any other per-series result (e.g. every ETS candidate fitted), by a name. */
    static <T> T get(String what, double[] y, int frequency, Supplier<T> compute) {
        return get(new Key(what, null, y, frequency, 0), compute);
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Key key, Supplier<T> compute) {
        Map<Key, Object> memo = SCOPE.get();
        if (memo == null) return compute.get();
        Object known = memo.get(key);
        if (known == null) {
            known = compute.get();                      // a failure is not kept: it is thrown again on the next call
            memo.put(key, known);
        }
        return (T) known;
    }
}
