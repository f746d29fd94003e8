package org.momentum.forecast;

import java.util.ArrayList;
import java.util.List;

/** The methods by name, for the command line and backtests. */
public final class Forecasters {
    /** Names {@link #byName} accepts now. */
    public static final List<String> AVAILABLE = List.of("naive", "snaive", "naive2", "theta", "ets", "arima", "comb", "auto");

    private Forecasters() {}

    public static Forecaster byName(String name) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "naive" -> new Naive();
            case "snaive" -> new SeasonalNaive();
            case "naive2" -> new Naive2();
            case "theta" -> new Theta();
            case "ets" -> new Ets();
            case "arima" -> new Arima();
            case "comb" -> Combination.comb();
            case "auto" -> new Auto();
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
