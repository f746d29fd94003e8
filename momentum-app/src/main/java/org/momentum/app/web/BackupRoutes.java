package org.momentum.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.momentum.app.backup.Backup;
import org.momentum.store.AuditLog;
import org.momentum.store.Database;

/**
 * {@code POST /api/admin/backup}: the running server writes a consistent backup of its own store into a folder on its
 * machine. A DuckDB file is open to one process at a time, so {@code momentum backup --server URL} asks the server
 * that holds it; the snapshot is one read transaction ({@link Backup#write}), taken while submissions go on.
 */
public final class BackupRoutes {
    private final Database db;
    private final Clock clock;

    public BackupRoutes(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/admin/backup", this::backup);
    }

    private void backup(Context ctx) throws Exception {
        JsonNode body = JsonBodies.object(ctx.body());
        String out = JsonBodies.text(body, "out", true, 4096);
        Path dir = Path.of(out);
        if (!dir.isAbsolute()) throw new Server.BadRequest("out: '" + out + "' must be an absolute path on the server's machine");
        Backup.Manifest m;
        try {
            m = Backup.write(db, dir.normalize(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new Server.BadRequest("out: " + e.getMessage());
        }
        String who = Security.principal(ctx).name();
        try (Connection c = db.connect()) {
            AuditLog.append(c, who, "backup", "store", dir.normalize().toString(), m.tables().size() + " tables, " + m.rows() + " rows");
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("out", dir.normalize().toString());
        r.put("tables", m.tables().size());
        r.put("rows", m.rows());
        r.put("schema_version", m.schemaVersion());
        r.put("created_at", m.createdAt().toString());
        ctx.status(201).contentType("application/json").result(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(r));
    }
}
