package org.momentum.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.TestFiles;
import org.momentum.app.security.AccountService;
import org.momentum.store.Database;

/** {@code momentum user ...} changes accounts and tokens, each audited; {@code audit verify} finds an edited or deleted row. */
class UserCommandTest {
    @TempDir Path dir;

    private static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void accountsTokensAndTheAuditChain() throws Exception {
        String db = "jdbc:duckdb:" + dir.resolve("u.duckdb");
        Path pw = TestFiles.write(dir, "pw.txt", "a long enough password\n");
        assertEquals(0, run("user", "create", "firm1", "--db", db, "--role", "reporter", "--enterprise", "E1,E2", "--password-file", pw.toString()).code());
        assertEquals(0, run("user", "create", "bj", "--db", db, "--role", "analyst", "--province", "110000", "--password-file", pw.toString()).code());
        CliRun bad = run("user", "create", "x", "--db", db, "--role", "analyst", "--province", "11", "--password-file", pw.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("province: '11' is not a code NN0000"), bad.err());
        CliRun shortPw = run("user", "create", "y", "--db", db, "--role", "admin", "--password-file", TestFiles.write(dir, "short.txt", "short\n").toString());
        assertEquals(2, shortPw.code());
        CliRun list = run("user", "list", "--db", db);
        assertTrue(list.out().contains("firm1,reporter,E1 E2,,active") && list.out().contains("bj,analyst,,110000,active"), list.out());

        CliRun token = run("user", "token", "create", "bj", "--db", db, "--scope", "read", "--days", "7");
        assertEquals(0, token.code(), token.err());
        String secret = token.out().lines().filter(l -> l.startsWith("token ")).findFirst().orElseThrow().substring(6);
        String id = token.out().lines().filter(l -> l.startsWith("id ")).findFirst().orElseThrow().substring(3);
        try (Database store = Database.open(db)) {
            assertNotNull(new AccountService(store, Clock.systemUTC()).fromToken(secret));
        }
        CliRun listed = run("user", "token", "list", "bj", "--db", db);
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().startsWith("id,username,scope,created_at,expires_at,state\n" + id + ",bj,read,"), listed.out());
        assertTrue(listed.out().strip().endsWith(",live") && !listed.out().contains(secret), listed.out());
        assertEquals(0, run("user", "token", "revoke", id, "--db", db).code());
        assertTrue(run("user", "token", "list", "--db", db).out().contains(id + ",bj,read,") , "all users' tokens");
        assertTrue(run("user", "token", "list", "bj", "--db", db).out().contains(",revoked "));
        assertEquals(2, run("user", "token", "revoke", id, "--db", db).code(), "already revoked");
        assertEquals(0, run("user", "disable", "firm1", "--db", db).code());
        assertEquals(0, run("user", "reset", "bj", "--db", db, "--password-file", pw.toString()).code());
        try (Database store = Database.open(db)) {
            assertNull(new AccountService(store, Clock.systemUTC()).fromToken(secret));
            assertTrue(run("user", "list", "--db", db).out().contains("firm1,reporter,E1 E2,,disabled"));
            List<String> actions = new ArrayList<>();
            try (Connection c = store.connect(); Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT action, detail FROM audit_log WHERE entity IN ('user', 'api_token') ORDER BY seq")) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                    assertTrue(!rs.getString(2).contains("argon2") && !rs.getString(2).contains(secret), "no secrets in the log");
                }
            }
            assertEquals(List.of("user.create", "user.create", "token.create", "token.revoke", "user.disable", "user.reset"), actions);
        }
        CliRun ok = run("audit", "verify", "--db", db);
        assertEquals(0, ok.code());
        assertTrue(ok.out().contains("audit log intact: "), ok.out());

        // one row edited by hand, then one deleted: both found
        try (Database store = Database.open(db); Connection c = store.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE audit_log SET detail = 'before: disabled=false; after: disabled=false' WHERE action = 'user.disable'");
        }
        CliRun edited = run("audit", "verify", "--db", db);
        assertEquals(1, edited.code());
        assertTrue(edited.err().contains("was altered"), edited.err());
        Path db2 = dir.resolve("u2.duckdb");
        String url2 = "jdbc:duckdb:" + db2;
        assertEquals(0, run("user", "create", "a", "--db", url2, "--role", "admin", "--password-file", pw.toString()).code());
        assertEquals(0, run("user", "create", "b", "--db", url2, "--role", "admin", "--password-file", pw.toString()).code());
        try (Database store = Database.open(url2); Connection c = store.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM audit_log WHERE action = 'user.create' AND entity_key = 'a'");
        }
        CliRun deleted = run("audit", "verify", "--db", url2);
        assertEquals(1, deleted.code());
        assertTrue(deleted.err().contains("missing"), deleted.err());
    }
}
