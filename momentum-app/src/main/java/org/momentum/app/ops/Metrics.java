package org.momentum.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The process's metrics (Micrometer, scraped by Prometheus at /metrics): HTTP requests and their latency by
 * route, report rows accepted and rejected by imports, and the time indicator recomputations take.
 */
public final class Metrics {
    private static final PrometheusMeterRegistry REGISTRY = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private static final Counter ACCEPTED = Counter.builder("momentum.reports.accepted")
            .description("Report rows accepted into the store by an import").register(REGISTRY);
    private static final Counter REJECTED = Counter.builder("momentum.reports.rejected")
            .description("Report rows turned away: rows with errors, and every row of a refused file").register(REGISTRY);

    private Metrics() {}

    public static PrometheusMeterRegistry registry() { return REGISTRY; }

    /** The Prometheus text exposition of every meter. */
    public static String scrape() { return REGISTRY.scrape(); }

    public static void reports(long accepted, long rejected) {
        if (accepted > 0) ACCEPTED.increment(accepted);
        if (rejected > 0) REJECTED.increment(rejected);
    }

    /** Times one recomputation of the indicators; scope "all" or "revision". */
    public static int recompute(String scope, IntSupplier work) {
        Timer t = Timer.builder("momentum.recompute").description("Indicator recomputation time").tag("scope", scope).register(REGISTRY);
        long t0 = System.nanoTime();
        try {
            return work.getAsInt();
        } finally {
            t.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
        }
    }

    /** One HTTP request: route is the matched route's pattern (e.g. /api/releases/{id}), never the raw path. */
    public static void httpRequest(String method, String route, int status, double millis) {
        Timer.builder("http.server.requests").description("HTTP requests by route")
                .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .register(REGISTRY).record((long) (millis * 1e6), TimeUnit.NANOSECONDS);
    }
}
