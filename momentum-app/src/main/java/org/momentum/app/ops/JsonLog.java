package org.momentum.app.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Structured logs: one JSON object per line (time, level, event, then the event's fields), on standard error. */
public final class JsonLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile PrintStream out = System.err;

    private JsonLog() {}

    /** Where lines go (tests capture them). */
    public static void to(PrintStream stream) { out = stream; }

    /** Fields come in pairs: name, value. */
    public static void info(String event, Object... fields) { write("info", event, fields); }

    public static void warn(String event, Object... fields) { write("warn", event, fields); }

    public static String line(String level, String event, Object... fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ts", Instant.now().toString());
        m.put("level", level);
        m.put("event", event);
        for (int i = 0; i + 1 < fields.length; i += 2) m.put(String.valueOf(fields[i]), fields[i + 1]);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            return "{\"level\":\"error\",\"event\":\"log_failed\"}";
        }
    }

    private static void write(String level, String event, Object... fields) {
        out.println(line(level, event, fields));
    }
}
