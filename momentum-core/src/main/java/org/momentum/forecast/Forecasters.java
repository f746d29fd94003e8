package org.momentum.forecast;

import java.util.ArrayList;
import java.util.List;

/** The methods by name, for the command line and backtests. arima, comb and auto arrive with ARIMA. */
public final class Forecasters {
    /** Names {@link #byName} accepts now. */
    public static final List<String> AVAILABLE = List.of("naive", "snaive", "naive2", "theta", "ets");
    /** Names of the methods still to come (next milestone). */
    public static final List<String> PLANNED = List.of("arima", "comb", "auto");

    private Forecasters() {}

    public static Forecaster byName(String name) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "naive" -> new Naive();
            case "snaive" -> new SeasonalNaive();
            case "naive2" -> new Naive2();
            case "theta" -> new Theta();
            case "ets" -> new Ets();
            // named in issue 4 and refused with their own message until ARIMA (and so comb and auto) exist
            case "arima", "comb", "auto" -> throw new IllegalArgumentException(
                    "method " + name + " is not available in this version (available: " + String.join(", ", AVAILABLE) + ")");
            default -> throw new IllegalArgumentException(
                    "unknown method " + name + " (available: " + String.join(", ", AVAILABLE) + ")");
        };
    }

    /** A comma-separated list of names, in order. */
    public static List<Forecaster> list(String names) {
        List<Forecaster> out = new ArrayList<>();
        for (String n : names.split(",")) if (!n.isBlank()) out.add(byName(n));
        if (out.isEmpty()) throw new IllegalArgumentException("no methods named");
        return out;
    }
}
