package org.momentum.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.router.Endpoint;
import org.momentum.app.ops.JsonLog;
import org.momentum.app.ops.Metrics;

/** Operations: Prometheus metrics at /metrics, and every request timed by route and logged as one JSON line. */
public final class OpsRoutes {
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(Metrics.scrape()));
        cfg.requestLogger.http((ctx, ms) -> {
            Endpoint e = ctx.endpoints().matchedHttpEndpoint();
            String route = e == null ? "unmatched" : e.path; // the pattern: bounded label values
            Metrics.httpRequest(ctx.method().name(), route, ctx.statusCode(), ms);
            JsonLog.info("http_request", "method", ctx.method().name(), "route", route, "path", ctx.path(),
                    "status", ctx.statusCode(), "ms", Math.round(ms * 1000) / 1000.0);
        });
    }
}
