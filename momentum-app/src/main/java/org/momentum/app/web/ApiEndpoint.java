package org.momentum.app.web;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One route of the API (GET unless said) with what its OpenAPI description needs. The routes are registered from a list of
 * these and /api/openapi.json is generated from the same list, so the document cannot miss a route.
 * {@code handler} is null for routes registered elsewhere (Server's own) that are only described here.
 */
public record ApiEndpoint(String method, String path, String tag, String summary, String description, List<Param> params,
                          List<String> produces, Handler handler) {

    public ApiEndpoint {
        if (!method.equals("get") && !method.equals("post")) throw new IllegalArgumentException("method must be get or post: " + method);
    }

    /** A GET route. */
    public ApiEndpoint(String path, String tag, String summary, String description, List<Param> params,
                       List<String> produces, Handler handler) {
        this("get", path, tag, summary, description, params, produces, handler);
    }

    /** A POST route (described here, registered by its owner). */
    public static ApiEndpoint post(String path, String tag, String summary, String description, List<Param> params) {
        return new ApiEndpoint("post", path, tag, summary, description, params, JSON, null);
    }

    /** A parameter: in "query" or "path"; {@code allowed} lists the values of an enumeration (empty: free). */
    public record Param(String name, String in, boolean required, String type, List<String> allowed, String description, String example) {
        public static Param query(String name, String type, String description, String example, String... allowed) {
            return new Param(name, "query", false, type, List.of(allowed), description, example);
        }

        public static Param path(String name, String description, String example) {
            return new Param(name, "path", true, "string", List.of(), description, example);
        }
    }

    public static final List<String> JSON = List.of("application/json");
    public static final List<String> JSON_CSV = List.of("application/json", "text/csv");
    public static final List<String> JSON_CSV_XLSX = List.of("application/json", "text/csv", TableResponse.XLSX_TYPE);
    public static final List<String> HTML = List.of("text/html");
}
