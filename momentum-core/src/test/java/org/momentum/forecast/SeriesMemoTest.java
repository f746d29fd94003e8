package org.momentum.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Reusing members' forecasts inside a backtest changes no number: comb and auto equal their stand-alone forecasts. */
class SeriesMemoTest {
    @Test
    void backtestWithSharedMembersGivesTheStandAloneForecasts() {
        List<Backtest.Series> all = M3.series();
        List<Backtest.Series> some = List.of(all.get(0), all.get(100), all.get(700), all.get(1400));
        List<Forecaster> methods = Forecasters.list("ets,arima,theta,comb,auto");
        Backtest.Result r = Backtest.run(some, methods, ForkJoinPool.commonPool(), null);
        for (int s = 0; s < some.size(); s++) {
            Backtest.Series x = some.get(s);
            for (int k = 0; k < methods.size(); k++) {
                Forecast alone = methods.get(k).forecast(x.train(), x.frequency(), x.test().length);   // no memo here
                Forecast shared = r.forecasts().get(k)[s];
                assertArrayEquals(alone.mean(), shared.mean(), 0, methods.get(k).name() + " " + x.id());
                assertArrayEquals(alone.lo95(), shared.lo95(), 0, methods.get(k).name() + " " + x.id());
                assertEquals(alone.method(), shared.method());
            }
        }
    }

    @Test
    void outsideAScopeNothingIsKept() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        int[] calls = {0};
        Forecaster counting = new Forecaster() {
            @Override public String name() { return "counting"; }
            @Override public Forecast forecast(double[] v, int f, int h) { calls[0]++; return new Naive().forecast(v, f, h); }
        };
        SeriesMemo.forecast(counting, y, 1, 2);
        SeriesMemo.forecast(counting, y, 1, 2);
        assertEquals(2, calls[0]);
        SeriesMemo.within(() -> {
            SeriesMemo.forecast(counting, y, 1, 2);
            SeriesMemo.forecast(counting, y, 1, 2);
            SeriesMemo.forecast(counting, y.clone(), 1, 2);   // another series (by identity)
        });
        assertEquals(4, calls[0]);
    }
}
