package org.momentum.app.web;

import static org.momentum.app.web.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.0.3 document of the API, generated from the route table ({@link ApiEndpoint}), and the human page
 * rendered from the same document (/api/docs).
 */
final class OpenApiDocument {
    private OpenApiDocument() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> build(List<ApiEndpoint> endpoints) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Momentum API", "version", "1",
                "description", "Published industrial statistics: series, observations with FRED's units and frequency aggregation, "
                        + "vintages (what was public as of any instant), and the release calendar: only published releases are served there. "
                        + "Targets, programmes and the analysts' quality review are described too."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (ApiEndpoint e : endpoints) {
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("tags", List.of(e.tag()));
            op.put("summary", e.summary());
            op.put("description", e.description());
            op.put("operationId", operationId(e.method(), e.path()));
            List<Map<String, Object>> params = new ArrayList<>();
            for (ApiEndpoint.Param p : e.params()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", p.name());
                m.put("in", p.in());
                m.put("required", p.required());
                m.put("description", p.description());
                Map<String, Object> schema = new LinkedHashMap<>();
                schema.put("type", p.type());
                if (!p.allowed().isEmpty()) schema.put("enum", p.allowed());
                m.put("schema", schema);
                if (p.example() != null) m.put("example", p.example());
                params.add(m);
            }
            op.put("parameters", params);
            Map<String, Object> content = new LinkedHashMap<>();
            for (String type : e.produces()) content.put(type, Map.of("schema", Map.of("type", type.equals("application/json") ? "object" : "string")));
            Map<String, Object> responses = new LinkedHashMap<>();
            responses.put("200", Map.of("description", "OK", "content", content));
            if (!e.params().isEmpty()) responses.put("400", errorResponse("A parameter is not valid; the message names it and says why."));
            if (e.params().stream().anyMatch(p -> p.in().equals("path"))) responses.put("404", errorResponse("Nothing public has this id."));
            op.put("responses", responses);
            ((Map<String, Object>) paths.computeIfAbsent(e.path(), k -> new LinkedHashMap<String, Object>())).put(e.method(), op);
        }
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", Map.of("Error", Map.of("type", "object",
                "properties", Map.of("error", Map.of("type", "string")), "required", List.of("error")))));
        return doc;
    }

    private static Map<String, Object> errorResponse(String text) {
        return Map.of("description", text, "content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
    }

    private static String operationId(String method, String path) {
        StringBuilder b = new StringBuilder(method);
        for (String part : path.split("[/{}._]+")) {
            if (part.isEmpty() || part.equals("api")) continue;
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    /** The human page: every path with its parameters, from the document itself. */
    @SuppressWarnings("unchecked")
    static String page(Map<String, Object> doc) {
        StringBuilder h = new StringBuilder(16_000);
        Map<String, Object> info = (Map<String, Object>) doc.get("info");
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc((String) info.get("title")))
                .append("</title><style>").append(CSS).append("</style></head><body><main><h1>").append(esc((String) info.get("title")))
                .append("</h1><p>").append(esc((String) info.get("description"))).append("</p><p>OpenAPI ")
                .append(esc((String) doc.get("openapi"))).append(" document: <a href=\"/api/openapi.json\">/api/openapi.json</a></p>");
        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        for (Map.Entry<String, Object> pe : paths.entrySet())
          for (Map.Entry<String, Object> e : ((Map<String, Object>) pe.getValue()).entrySet()) {
            Map<String, Object> op = (Map<String, Object>) e.getValue();
            h.append("<section><h2><code>").append(esc(e.getKey().toUpperCase(java.util.Locale.ROOT))).append(' ').append(esc(pe.getKey())).append("</code></h2><p><strong>").append(esc((String) op.get("summary")))
                    .append("</strong></p><p>").append(esc((String) op.get("description"))).append("</p>");
            List<Map<String, Object>> params = (List<Map<String, Object>>) op.get("parameters");
            if (!params.isEmpty()) {
                h.append("<table><thead><tr><th>parameter</th><th>in</th><th>values</th><th>meaning</th></tr></thead><tbody>");
                for (Map<String, Object> p : params) {
                    Map<String, Object> schema = (Map<String, Object>) p.get("schema");
                    Object allowed = schema.get("enum");
                    h.append("<tr><td><code>").append(esc((String) p.get("name"))).append("</code>").append(Boolean.TRUE.equals(p.get("required")) ? " (required)" : "")
                            .append("</td><td>").append(esc((String) p.get("in"))).append("</td><td>")
                            .append(esc(allowed == null ? (String) schema.get("type") : String.join(", ", (List<String>) allowed)))
                            .append(p.get("example") == null ? "" : "<br>e.g. <code>" + esc((String) p.get("example")) + "</code>")
                            .append("</td><td>").append(esc((String) p.get("description"))).append("</td></tr>");
                }
                h.append("</tbody></table>");
            }
            h.append("</section>");
        }
        return h.append("</main></body></html>").toString();
    }

    private static final String CSS = """
            body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
            main{padding:16px 24px;max-width:1100px} section{background:#fff;border-radius:8px;padding:4px 16px 12px;margin:12px 0;box-shadow:0 1px 2px #0002}
            table{border-collapse:collapse;width:100%} th,td{padding:4px 8px;border-bottom:1px solid #e3e6ea;text-align:left;vertical-align:top}
            code{background:#eef3f8;padding:0 3px;border-radius:3px}
            """;
}
