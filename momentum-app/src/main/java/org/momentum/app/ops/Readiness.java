package org.momentum.app.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.momentum.store.Database;

/** Ready to serve: the database answers a query and every migration this build knows is applied. */
public record Readiness(boolean databaseReachable, int pendingMigrations, String problem) {
    public boolean ready() { return databaseReachable && pendingMigrations == 0; }

    public static Readiness check(Database db) {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1")) {
            rs.next();
        } catch (RuntimeException | java.sql.SQLException e) {
            return new Readiness(false, -1, "database unreachable: " + e.getMessage());
        }
        try {
            int pending = db.pendingMigrations();
            return new Readiness(true, pending, pending == 0 ? null : pending + " migration(s) not applied");
        } catch (RuntimeException e) {
            return new Readiness(true, -1, "cannot read the migration history: " + e.getMessage());
        }
    }

    /** For /api/health. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ready", ready());
        m.put("database_reachable", databaseReachable);
        m.put("pending_migrations", pendingMigrations);
        if (problem != null) m.put("problem", problem);
        return m;
    }
}
