package org.momentum.app.cli;

import java.io.Console;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.momentum.app.security.AccountService;
import org.momentum.security.Role;
import org.momentum.store.Accounts;
import org.momentum.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code momentum user create|disable|enable|reset|list|token}: accounts and API tokens, every change audited
 * (actor: $MOMENTUM_ACTOR, else the operating-system user). Passwords come from --password-file (its first line),
 * $MOMENTUM_PASSWORD or the console,
 * never from the command line (it would show in the process list and shell history).
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Accounts and API tokens.",
        subcommands = {UserCommand.Create.class, UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.Reset.class,
                UserCommand.ListUsers.class, UserCommand.Token.class})
public final class UserCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    static String actor() {
        String a = System.getenv("MOMENTUM_ACTOR");
        return a == null || a.isBlank() ? "cli:" + System.getProperty("user.name", "unknown") : a.trim();
    }

    static char[] password(java.nio.file.Path file) {
        if (file != null) {
            try {
                String first = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8).stream().findFirst().orElse("");
                return first.toCharArray();
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(file + ": cannot read the password file: " + e.getMessage());
            }
        }
        String env = System.getenv("MOMENTUM_PASSWORD");
        if (env != null && !env.isEmpty()) return env.toCharArray();
        Console c = System.console();
        if (c == null) throw new IllegalArgumentException("set MOMENTUM_PASSWORD or run in a terminal to type the password");
        char[] p = c.readPassword("Password: ");
        char[] again = c.readPassword("Again: ");
        if (!java.util.Arrays.equals(p, again)) throw new IllegalArgumentException("the two passwords differ");
        return p;
    }

    /** Runs an account change; a refused one prints its reason and exits 2. */
    static int change(CommandSpec spec, DbOption db, Change work) {
        try (Database store = db.open()) {
            String done = work.run(new AccountService(store, Clocks.clock()), store);
            spec.commandLine().getOut().println(done);
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("momentum user: " + e.getMessage());
            return 2;
        }
    }

    interface Change {
        String run(AccountService accounts, Database store);
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates an account.")
    public static final class Create implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;
        @Parameters(index = "0", paramLabel = "USERNAME") String username;
        @Option(names = "--role", required = true, description = "reporter, analyst, publisher or admin.") String role;
        @Option(names = "--enterprise", split = ",", description = "A reporter's enterprise ids.") java.util.List<String> enterprises = new java.util.ArrayList<>();
        @Option(names = "--province", split = ",", description = "An analyst's provinces NN0000 (none: national).") java.util.List<String> provinces = new java.util.ArrayList<>();
        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of FILE (else $MOMENTUM_PASSWORD, else the console).") java.nio.file.Path passwordFile;

        @Override
        public Integer call() {
            return change(spec, db, (a, s) -> {
                a.create(actor(), username, Role.parse(role), password(passwordFile), new java.util.TreeSet<>(enterprises), new java.util.TreeSet<>(provinces));
                return "created " + username + " (" + role + ")";
            });
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disables an account and its tokens.")
    public static final class Disable implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;
        @Parameters(index = "0", paramLabel = "USERNAME") String username;

        @Override
        public Integer call() {
            return change(spec, db, (a, s) -> { a.disable(actor(), username, true); return "disabled " + username; });
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enables a disabled account.")
    public static final class Enable implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;
        @Parameters(index = "0", paramLabel = "USERNAME") String username;

        @Override
        public Integer call() {
            return change(spec, db, (a, s) -> { a.disable(actor(), username, false); return "enabled " + username; });
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true, description = "Sets a new password and lifts a lockout.")
    public static final class Reset implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;
        @Parameters(index = "0", paramLabel = "USERNAME") String username;
        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of FILE (else $MOMENTUM_PASSWORD, else the console).") java.nio.file.Path passwordFile;

        @Override
        public Integer call() {
            return change(spec, db, (a, s) -> { a.reset(actor(), username, password(passwordFile)); return "reset " + username; });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists accounts: username,role,enterprises,provinces,state.")
    public static final class ListUsers implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;

        @Override
        public Integer call() {
            return change(spec, db, (a, s) -> {
                StringBuilder b = new StringBuilder("username,role,enterprises,provinces,state");
                for (Accounts.User u : Accounts.list(s))
                    b.append('\n').append(u.username()).append(',').append(u.role()).append(',').append(String.join(" ", u.enterprises()))
                            .append(',').append(String.join(" ", u.provinces())).append(',').append(u.disabled() ? "disabled" : "active");
                return b.toString();
            });
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true, description = "API tokens for machine-to-machine calls.",
            subcommands = {TokenCreate.class, TokenRevoke.class, TokenList.class})
    public static final class Token implements Runnable {
        @Spec CommandSpec spec;

        @Override
        public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Creates a token and prints it once (only its hash is kept): send it as 'Authorization: Bearer <token>'.")
    public static final class TokenCreate implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;
        @Parameters(index = "0", paramLabel = "USERNAME") String username;
        @Option(names = "--scope", defaultValue = "read", description = "read (GET only) or write (default: ${DEFAULT-VALUE}).") String scope;
        @Option(names = "--days", defaultValue = "90", description = "Days until it expires (default: ${DEFAULT-VALUE}).") int days;

        @Override
        public Integer call() {
            if (days < 1 || days > 366) {
                spec.commandLine().getErr().println("momentum user token create: --days must be 1 to 366");
                return 2;
            }
            return change(spec, db, (a, s) -> {
                String secret = a.createToken(actor(), username, scope, Duration.ofDays(days));
                return "id " + AccountService.tokenId(secret) + "\ntoken " + secret + "\n(shown once: only its hash is kept)";
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token at once, by its id (the 12 characters after mtk_, printed at creation).")
    public static final class TokenRevoke implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;
        @Parameters(index = "0", paramLabel = "TOKEN_ID") String id;

        @Override
        public Integer call() {
            return change(spec, db, (a, s) -> {
                if (!a.revokeToken(actor(), id)) throw new IllegalArgumentException("no live token " + id);
                return "revoked " + id;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists tokens (never their secrets): id,username,scope,created_at,expires_at,state; of one user or of all.")
    public static final class TokenList implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;
        @Parameters(index = "0", arity = "0..1", paramLabel = "USERNAME") String username;

        @Override
        public Integer call() {
            return change(spec, db, (a, s) -> {
                java.time.Instant now = Clocks.now(Clocks.clock());
                StringBuilder b = new StringBuilder("id,username,scope,created_at,expires_at,state");
                for (Accounts.TokenInfo t : Accounts.tokens(s, username))
                    b.append('\n').append(t.id()).append(',').append(t.username()).append(',').append(t.scope()).append(',').append(t.createdAt())
                            .append(',').append(t.expiresAt()).append(',')
                            .append(t.revokedAt() != null ? "revoked " + t.revokedAt() : now.isBefore(t.expiresAt()) ? "live" : "expired");
                return b.toString();
            });
        }
    }
}
