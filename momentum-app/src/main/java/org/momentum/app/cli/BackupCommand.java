package org.momentum.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.momentum.app.backup.Backup;
import org.momentum.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momentum backup --out DIR}: a consistent snapshot of the store as CSV files and a manifest. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent snapshot of the store (one CSV per table and manifest.json with row counts and SHA-256)",
                "into a new or empty folder. On PostgreSQL it runs beside a running server; a DuckDB file is open to one process",
                "at a time, so with --server the running server writes the backup itself (to a folder on its machine)."})
public final class BackupCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The backup folder (new or empty).")
    Path out;

    @Option(names = "--server", paramLabel = "URL",
            description = "Ask the running server at URL (e.g. http://127.0.0.1:8080) to write the backup; needs an administrator's token.")
    String server;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the administrator's API token (default: the MOMENTUM_TOKEN environment variable).")
    Path tokenFile;

    @Override
    public Integer call() throws Exception {
        if (server != null) return throughServer();
        try (Database store = Database.open(Database.resolveUrl(db.url))) {
            Backup.Manifest m = Backup.write(store, out, java.time.Instant.now());
            spec.commandLine().getOut().printf("backed up %d tables, %,d rows, schema version %s, to %s%n",
                    m.tables().size(), m.rows(), m.schemaVersion(), out);
            return 0;
        }
    }

    private int throughServer() throws Exception {
        String token = tokenFile != null ? java.nio.file.Files.readString(tokenFile).trim() : System.getenv("MOMENTUM_TOKEN");
        if (token == null || token.isBlank())
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--server needs an administrator's token: --token-file FILE or MOMENTUM_TOKEN");
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of("out", out.toAbsolutePath().normalize().toString()));
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.replaceAll("/+$", "") + "/api/admin/backup"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            spec.commandLine().getErr().println("the server refused the backup (HTTP " + r.statusCode() + "): " + r.body());
            return 1;
        }
        com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
        spec.commandLine().getOut().printf("the server backed up %d tables, %,d rows, schema version %s, to %s%n",
                j.get("tables").asInt(), j.get("rows").asLong(), j.get("schema_version").asText(), j.get("out").asText());
        return 0;
    }
}
