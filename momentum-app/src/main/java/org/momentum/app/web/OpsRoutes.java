package org.momentum.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.router.Endpoint;
import org.momentum.app.ops.JsonLog;
import org.momentum.app.ops.Metrics;

/** Operations: Prometheus metrics at /metrics, and every request timed by route and logged as one JSON line. */
public final class OpsRoutes {
    /** A fixed small JSON body, for the API benchmark's ceiling (issue 6); registered only with -Dmomentum.bench.ceiling=true. */
    public static final String CEILING_PATH = "/bench/ceiling";
    public static final String CEILING_PROPERTY = "momentum.bench.ceiling";
    private static final byte[] CEILING_BODY = "{\"status\":\"ok\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    public void register(JavalinConfig cfg) {
        cfg.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(Metrics.scrape()));
        if (Boolean.getBoolean(CEILING_PROPERTY))
            cfg.routes.get(CEILING_PATH, ctx -> ctx.contentType("application/json; charset=utf-8").result(CEILING_BODY));
        cfg.requestLogger.http((ctx, ms) -> {
            Endpoint e = ctx.endpoints().matchedHttpEndpoint();
            String route = e == null ? "unmatched" : e.path; // the pattern: bounded label values
            Metrics.httpRequest(ctx.method().name(), route, ctx.statusCode(), ms);
            JsonLog.info("http_request", "method", ctx.method().name(), "route", route, "path", ctx.path(),
                    "status", ctx.statusCode(), "ms", Math.round(ms * 1000) / 1000.0);
        });
    }
}
