package org.momentum.app.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.momentum.app.security.AccountService;
import org.momentum.security.Role;
import org.momentum.store.Database;

/** Tests call the server as a real account: a user created in the store and a Bearer token for it. */
public final class TestAccounts {
    public static final String PASSWORD = "correct horse battery";

    private TestAccounts() {}

    /** Creates the user and returns the value of its Authorization header ("Bearer mtk_..."), scope write. */
    public static String bearer(Database db, String username, Role role, Set<String> enterprises, Set<String> provinces) {
        AccountService a = new AccountService(db, Clock.systemUTC());
        a.create("test", username, role, PASSWORD.toCharArray(), enterprises, provinces);
        return "Bearer " + a.createToken("test", username, "write", Duration.ofDays(3650));
    }

    /** A national analyst's header. */
    public static String analyst(Database db, String username) {
        return bearer(db, username, Role.ANALYST, Set.of(), Set.of());
    }
}
