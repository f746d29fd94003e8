package org.momentum.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.Main;
import org.momentum.app.security.AccountService;
import org.momentum.security.Role;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import picocli.CommandLine;

/** {@code momentum audit verify} finds a row edited by hand and a row deleted by hand (PostgreSQL: the subclass). */
class AuditVerifyCommandTest {
    @TempDir Path dir;

    protected String newDatabaseUrl(String name) { return "jdbc:duckdb:" + dir.resolve(name + ".duckdb"); }

    /** A store with a few audited changes: reference data, three users. */
    private String store(String name) {
        String url = newDatabaseUrl(name);
        try (Database db = Database.open(url)) {
            ReferenceData.shipped().installIfEmpty(db);
            AccountService a = new AccountService(db, java.time.Clock.systemUTC());
            for (String u : new String[] {"li", "wang", "zhang"}) a.create("admin", u, Role.PUBLISHER, "a long enough password".toCharArray(), Set.of(), Set.of());
        }
        return url;
    }

    private static void sql(String url, String statement) throws Exception {
        try (Database db = Database.open(url); Connection c = db.connect(); Statement st = c.createStatement()) {
            st.executeUpdate(statement); // the tampering under test: fixed text, no input
        }
    }

    private static int verify(String url, StringWriter out, StringWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute("audit", "verify", "--db", url);
    }

    @Test
    void intactEditedAndDeleted() throws Exception {
        String edited = store("edited");
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, verify(edited, out, err), err.toString());
        assertTrue(out.toString().matches("(?s)audit log intact: 4 entries, head [0-9a-f]{64}\\s*"), out.toString());

        sql(edited, "UPDATE audit_log SET detail = 'before: none; after: role=admin enterprises=[] provinces=[]' WHERE seq = 3");
        err = new StringWriter();
        assertEquals(1, verify(edited, new StringWriter(), err));
        assertEquals("audit log broken: audit entry 3 was altered", err.toString().strip());

        String actor = store("actor");
        sql(actor, "UPDATE audit_log SET actor = 'someone else' WHERE seq = 2");
        err = new StringWriter();
        assertEquals(1, verify(actor, new StringWriter(), err));
        assertEquals("audit log broken: audit entry 2 was altered", err.toString().strip());

        String deleted = store("deleted");
        sql(deleted, "DELETE FROM audit_log WHERE seq = 2");
        err = new StringWriter();
        assertEquals(1, verify(deleted, new StringWriter(), err));
        assertEquals("audit log broken: audit entry 2 is missing (next is 3)", err.toString().strip());
    }
}
