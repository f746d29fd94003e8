package org.momentum.forecast;

import java.time.LocalDate;
import java.util.Set;
import jdplus.toolkit.base.api.timeseries.TsData;
import jdplus.toolkit.base.api.timeseries.TsPeriod;
import jdplus.toolkit.base.api.timeseries.TsUnit;
import jdplus.toolkit.base.core.regsarima.regular.RegSarimaModel;
import jdplus.tramoseats.base.api.tramo.TramoSpec;
import jdplus.tramoseats.base.core.tramo.TramoKernel;

/**
 * Automatic seasonal ARIMA by TRAMO's automatic model identification (Gómez &amp; Maravall 2001, "Automatic modeling
 * methods for univariate series", ch. 7 of Peña, Tiao &amp; Tsay; JDemetra+ 3.5 {@code TramoKernel}, spec TR3: log/level
 * test, differencing and ARMA orders chosen by TRAMO, mean test, AO/TC/LS outliers, no calendar effects because a
 * forecast series carries no calendar here). Forecasts and their standard errors come from the estimated regARIMA
 * model ({@code RegSarimaModel.forecasts}: outlier and mean effects included). After a log transform the point
 * forecast is the median exp(f): the intervals exp(f ± z·se) are exact transforms of the log-scale intervals and
 * contain it, it is what TRAMO and R's {@code forecast(..., biasadj = FALSE)} report, and the median is the optimal
 * point under the absolute-error losses (sMAPE, MASE) the method is judged by.
 * <p>
 * Why TRAMO and not a port of Hyndman–Khandakar's auto.arima: TRAMO is the official-statistics standard (ESS
 * guidelines on seasonal adjustment), already a dependency, and well tested on short monthly series; a faithful port
 * of auto.arima (KPSS/OCSB tests, CSS-ML, stepwise search) would be a second ARIMA estimator to maintain.
 * <p>
 * Never throws on finite data: if TRAMO fails (too short a series, numerical failure, non-finite forecasts) the
 * airline model is tried, then the random walk with drift; {@link ArimaFit#fallback()} records why.
 */
public record Arima(TramoSpec spec) implements Forecaster {
    /** TRAMO's annual frequencies; others are modelled without a seasonal part. */
    static final Set<Integer> FREQUENCIES = Set.of(1, 2, 3, 4, 6, 12);

    public Arima() { this(TramoSpec.TR3); }

    @Override public String name() { return "arima"; }

    @Override
    public Forecast forecast(double[] y, int frequency, int horizon) {
        Forecaster.check(y, frequency, horizon);
        return fit(y, frequency, horizon).forecast(horizon, name());
    }

    /** TRAMO's model for y, or the first fallback that works (finite forecasts up to {@code horizon}). */
    public ArimaFit fit(double[] y, int frequency, int horizon) {
        Forecaster.check(y, frequency, horizon);
        int period = frequency;
        String note = "";
        if (!FREQUENCIES.contains(frequency)) {
            period = 1;
            note = "frequency " + frequency + " is not one TRAMO models: non-seasonal model";
        }
        String reason;
        try {
            ArimaFit f = tramo(y, period, spec, note.isEmpty() ? null : note, horizon);
            if (f != null) return f;
            reason = "TRAMO's forecasts are not finite";
        } catch (RuntimeException e) {
            reason = "TRAMO failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        }
        if (!note.isEmpty()) reason = note + "; " + reason;
        try {
            ArimaFit f = tramo(y, period, AIRLINE, reason + "; airline model", horizon);
            if (f != null) return f;
            reason += "; the airline model's forecasts are not finite";
        } catch (RuntimeException e) {
            reason += "; airline model failed too";
        }
        return ArimaFit.randomWalk(y, reason + "; random walk with drift");
    }

    /** The airline model (0,1,1)(0,1,1) with TRAMO's log/level test and nothing else. */
    static final TramoSpec AIRLINE = TramoSpec.TR0.toBuilder().transform(TramoSpec.TR1.getTransform()).build();

    private static ArimaFit tramo(double[] y, int period, TramoSpec spec, String fallback, int horizon) {
        TsData ts = TsData.ofInternal(TsPeriod.of(TsUnit.ofAnnualFrequency(period), LocalDate.of(2000, 1, 1)), y.clone());
        RegSarimaModel model = TramoKernel.of(spec, null).process(ts, null);
        if (model == null) throw new IllegalStateException("no model");
        ArimaFit fit = ArimaFit.of(model, fallback);
        return fit.finite(horizon) ? fit : null;
    }
}
