package org.momentum.app.targets;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorRow;
import org.momentum.registry.Enterprise;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.store.Database;
import org.momentum.store.IndicatorValues;
import org.momentum.store.Registers;
import org.momentum.store.TargetStore;

/**
 * What targets and programmes are assessed on: the indicator series, the register and enterprises' own reports.
 * {@link #store} reads the store's current tables (the staff's working views); a release reads its snapshot
 * ({@code TargetsComponent}), so that its board is computed from the same data as its indicators. The targets,
 * programmes, pilots and KPI reports themselves are reference tables and always come from {@link #db}.
 */
public interface TargetData {
    Database db();

    /** The latest month assessed by default (null when there is none). */
    Integer latestPeriod();

    /** A cell's rows of a measure, any order. */
    List<IndicatorRow> series(String measure, String industry, String region);

    List<Enterprise> register();

    /** An indicator's reports by enterprise and month, for enterprises whose class starts with the prefix. */
    Map<String, NavigableMap<Integer, Double>> reportsByEnterprise(String indicator, String classPrefix);

    /** An indicator's annual totals by enterprise and year, the years with all twelve months reported. */
    Map<String, Map<Integer, Double>> annualTotals(String indicator);

    /** The store's current data. */
    static TargetData store(Database db) {
        return new TargetData() {
            @Override public Database db() { return db; }

            @Override public Integer latestPeriod() { return IndicatorValues.latestPeriod(db, IndicatorCatalog.OUTPUT_VALUE); }

            @Override public List<IndicatorRow> series(String measure, String industry, String region) {
                return IndicatorValues.series(db, measure, industry, region, Period.of(1900, 1), Period.of(2999, 12));
            }

            @Override public List<Enterprise> register() { return Registers.enterprises(db); }

            @Override public Map<String, NavigableMap<Integer, Double>> reportsByEnterprise(String indicator, String classPrefix) {
                return TargetStore.reportsByEnterprise(db, indicator, classPrefix);
            }

            @Override public Map<String, Map<Integer, Double>> annualTotals(String indicator) { return TargetStore.annualTotals(db, indicator); }
        };
    }
}
