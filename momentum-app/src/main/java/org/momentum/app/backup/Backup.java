package org.momentum.app.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.momentum.app.files.AtomicOutput;
import org.momentum.app.files.CsvOut;
import org.momentum.app.files.InputFileException;
import org.momentum.app.files.TableReader;
import org.momentum.store.AuditLog;
import org.momentum.store.Database;
import org.momentum.store.TableDump;

/**
 * A backup folder: one CSV per table (header = column names, UTF-8, RFC 4180, SQL NULL written as {@code \N}
 * and a text starting with a backslash given one more) and {@code manifest.json} with the schema version, each
 * sequence's next value, and each file's columns, row count and SHA-256. The manifest is written last: a folder
 * without it is an unfinished backup. Restore checks every checksum before loading, loads everything in one
 * transaction into an empty database migrated to the backup's schema version, checks the row counts and the audit
 * chain, and only then commits and runs any later migrations.
 */
public final class Backup {
    public static final String MANIFEST = "manifest.json";
    public static final String FORMAT = "momentum-backup/1";
    static final String NULL = "\\N";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Backup() {}

    public record TableEntry(String name, String file, List<String> columns, long rows, String sha256) {}

    public record Manifest(String schemaVersion, String source, Instant createdAt, Map<String, Long> sequences, List<TableEntry> tables) {
        public long rows() { return tables.stream().mapToLong(TableEntry::rows).sum(); }
    }

    /** Writes a consistent snapshot of the store into {@code dir}, which must be missing or empty. */
    public static Manifest write(Database db, Path dir, Instant now) {
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || hasEntries(dir)))
                throw new IllegalArgumentException(dir + ": the backup folder must be new or empty");
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        List<TableEntry> entries = new ArrayList<>();
        TableDump.Meta meta = TableDump.read(db, (table, rows) -> {
            String file = table.name() + ".csv";
            long[] n = {0};
            AtomicOutput.write(dir.resolve(file), w -> {
                w.write(String.join(",", table.columnNames()));
                w.write('\n');
                try {
                    for (String[] r = rows.next(); r != null; r = rows.next()) {
                        for (int i = 0; i < r.length; i++) {
                            if (i > 0) w.write(',');
                            w.write(encode(r[i]));
                        }
                        w.write('\n');
                        n[0]++;
                    }
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
            entries.add(new TableEntry(table.name(), file, table.columnNames(), n[0], sha256(dir.resolve(file))));
        });
        Manifest m = new Manifest(meta.schemaVersion(), db.isDuckDb() ? "duckdb" : "postgresql", now, meta.nextValues(), List.copyOf(entries));
        AtomicOutput.write(dir.resolve(MANIFEST), w -> w.write(JSON.writeValueAsString(toJson(m))));
        return m;
    }

    /** Rebuilds the backup in {@code dir} into the empty database at {@code url}; returns the manifest restored. */
    public static Manifest restore(Path dir, String url) {
        Manifest m = readManifest(dir);
        for (TableEntry t : m.tables()) {
            String actual = sha256(dir.resolve(t.file()));
            if (!actual.equals(t.sha256()))
                throw new IllegalArgumentException(dir.resolve(t.file()) + ": checksum " + actual + " differs from the manifest's " + t.sha256() + "; the backup is damaged");
        }
        try (Database db = Database.open(url, m.schemaVersion())) {
            db.inTransaction(c -> {
                String version = TableDump.schemaVersion(c);
                if (!m.schemaVersion().equals(version))
                    throw new SQLException("the database is at schema version " + version + ", the backup at " + m.schemaVersion()
                            + "; restore into a new, empty database");
                Map<String, TableDump.Table> targets = new LinkedHashMap<>();
                for (TableDump.Table t : TableDump.tables(c)) targets.put(t.name(), t);
                for (String name : targets.keySet()) {
                    if (TableDump.count(c, name) > 0)
                        throw new SQLException("table " + name + " is not empty; restore into a new, empty database");
                }
                for (TableEntry t : m.tables()) {
                    TableDump.Table target = targets.get(t.name());
                    if (target == null) throw new SQLException("the backup has table " + t.name() + ", the database at version " + version + " has not");
                    long loaded = load(c, target, dir.resolve(t.file()), t.columns());
                    if (loaded != t.rows() || TableDump.count(c, t.name()) != t.rows())
                        throw new SQLException(t.file() + ": " + loaded + " rows loaded, the manifest says " + t.rows());
                }
                TableDump.setNextValues(db, c, m.sequences());
                String audit = AuditLog.verify(c);
                if (audit != null) throw new SQLException("the restored audit log is broken: " + audit);
                return null;
            });
            db.migrate(); // later migrations, if this build has any, run over the restored data
        }
        return m;
    }

    private static long load(Connection c, TableDump.Table target, Path file, List<String> columns) throws SQLException {
        try (TableReader r = TableReader.open(file, "UTF-8", columns, List.of(), false)) {
            if (!List.of(r.header()).equals(columns)) throw new SQLException(file + ": header " + List.of(r.header()) + " differs from the manifest's " + columns);
            return TableDump.load(c, target, columns, () -> {
                if (!r.next()) return null;
                String shape = r.shapeProblem();
                if (shape != null) throw new SQLException(file + ":" + r.line() + ": " + shape);
                String[] raw = r.rawFields();
                String[] v = new String[columns.size()];
                for (int i = 0; i < v.length; i++) v[i] = decode(raw[i]);
                return v;
            });
        } catch (TableReader.FatalRowException e) {
            throw new SQLException(e.error().toString(), e);
        } catch (SQLException e) {
            throw new SQLException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    static String encode(String v) {
        if (v == null) return NULL;
        // no formula neutralising: restore must read back exactly what was stored
        return CsvOut.rfc4180(v.startsWith("\\") ? "\\" + v : v);
    }

    static String decode(String field) {
        if (field.equals(NULL)) return null;
        return field.startsWith("\\") ? field.substring(1) : field;
    }

    public static Manifest readManifest(Path dir) {
        Path file = dir.resolve(MANIFEST);
        if (!Files.exists(file)) throw new InputFileException(file + ": no such file; not a finished backup");
        try {
            JsonNode j = JSON.readTree(file.toFile());
            if (!FORMAT.equals(j.path("format").asText())) throw new InputFileException(file + ": format: expected " + FORMAT);
            Map<String, Long> seqs = new LinkedHashMap<>();
            j.path("sequences").fields().forEachRemaining(e -> seqs.put(e.getKey(), e.getValue().asLong()));
            List<TableEntry> tables = new ArrayList<>();
            for (JsonNode t : j.path("tables")) {
                List<String> cols = new ArrayList<>();
                t.path("columns").forEach(c -> cols.add(c.asText()));
                String name = t.path("name").asText();
                String f = t.path("file").asText();
                if (!name.matches("[a-z_][a-z0-9_]*") || !f.equals(name + ".csv"))
                    throw new InputFileException(file + ": tables: '" + name + "' / '" + f + "' is not a table name with its file");
                tables.add(new TableEntry(name, f, List.copyOf(cols), t.path("rows").asLong(), t.path("sha256").asText()));
            }
            return new Manifest(j.path("schema_version").asText(), j.path("source").asText(), Instant.parse(j.path("created_at").asText()), seqs, List.copyOf(tables));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputFileException ife) throw ife;
            throw new InputFileException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static ObjectNode toJson(Manifest m) {
        ObjectNode j = JSON.createObjectNode();
        j.put("format", FORMAT);
        j.put("created_at", m.createdAt().toString());
        j.put("source", m.source());
        j.put("schema_version", m.schemaVersion());
        j.put("null", NULL);
        ObjectNode seqs = j.putObject("sequences");
        m.sequences().forEach(seqs::put);
        ArrayNode tables = j.putArray("tables");
        for (TableEntry t : m.tables()) {
            ObjectNode o = tables.addObject();
            o.put("name", t.name());
            o.put("file", t.file());
            ArrayNode cols = o.putArray("columns");
            t.columns().forEach(cols::add);
            o.put("rows", t.rows());
            o.put("sha256", t.sha256());
        }
        return j;
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }
}
