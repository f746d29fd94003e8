package org.momentum.app.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Request bodies in JSON, read strictly: one object, no second value after it, no key twice (which of two values
 * would count is a guess an attacker could exploit), nested at most {@link #MAX_DEPTH} levels, strings and numbers
 * of bounded length. Every refusal is a {@link Server.BadRequest} that says what is wrong and where.
 */
final class JsonBodies {
    static final int MAX_DEPTH = 32;
    static final int MAX_STRING = 100_000;
    static final int MAX_NUMBER = 100;

    private static final ObjectMapper JSON = strictMapper();

    private JsonBodies() {}

    /** A mapper that reads by these rules (each route may add its own features, e.g. decimals as BigDecimal). */
    static ObjectMapper strictMapper() {
        return new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING)
                        .maxNumberLength(MAX_NUMBER).build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Why a body was refused, in words: "not accepted: it is nested deeper than 32 levels", "not JSON: …", with where. */
    static String reason(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String m = e.getOriginalMessage();
            String why = m.contains("nesting depth") ? "it is nested deeper than " + MAX_DEPTH + " levels"
                    : m.contains("String value length") ? "a string is longer than " + MAX_STRING + " characters"
                    : m.contains("Number value length") ? "a number is longer than " + MAX_NUMBER + " digits" : m;
            return "not accepted: " + why + where(e);
        }
        return "not JSON: " + e.getOriginalMessage() + where(e);
    }

    /** The body as a JSON object. */
    static JsonNode object(String body) {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Server.BadRequest("the body is " + reason(e));
        }
        if (n == null || n.isMissingNode() || !n.isObject()) throw new Server.BadRequest("the body must be a JSON object");
        return n;
    }

    /** A text member: null when absent or blank (an error if required), and an error when not a JSON string. */
    static String text(JsonNode body, String field, boolean required, int maxLength) {
        JsonNode n = body.get(field);
        if (n != null && !n.isNull() && !n.isTextual()) throw new Server.BadRequest(field + " must be a JSON string, not " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        if (n == null || n.isNull() || n.asText().isBlank()) {
            if (required) throw new Server.BadRequest(field + " is required");
            return null;
        }
        String v = n.asText().trim();
        if (v.length() > maxLength) throw new Server.BadRequest(field + " is longer than " + maxLength + " characters");
        return v;
    }

    private static String where(JsonProcessingException e) {
        var loc = e.getLocation();
        return loc == null || loc.getLineNr() < 1 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

}
