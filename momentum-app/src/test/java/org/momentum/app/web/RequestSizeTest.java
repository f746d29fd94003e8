package org.momentum.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.security.Role;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/**
 * Every state-changing route refuses a body over {@link Security#MAX_REQUEST_BYTES} with 413 and a sentence saying
 * so: one that declares its length (refused before a byte is read) and one sent in chunks, of unknown length.
 */
class RequestSizeTest {
    @TempDir static Path dir;
    static Database db;
    static Javalin app;
    static String admin;

    @BeforeAll
    static void start() {
        ReferenceData ref = ReferenceData.shipped();
        db = Database.open("jdbc:duckdb:" + dir.resolve("size.duckdb"));
        ref.installIfEmpty(db);
        admin = TestAccounts.bearer(db, "root", Role.ADMIN, Set.of(), Set.of());
        app = new Server(db, ref).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (db != null) db.close();
    }

    /** Every registered route that changes something (POST, PUT, PATCH, DELETE), with its {params} filled in. */
    static List<String[]> changingRoutes() {
        Set<String> out = new TreeSet<>();
        for (var e : app.unsafe.internalRouter.allHttpHandlers()) {
            String m = e.endpoint.method.name();
            if (Set.of("POST", "PUT", "PATCH", "DELETE").contains(m)) out.add(m + " " + e.endpoint.path.replaceAll("\\{[^}]+}", "x"));
        }
        List<String[]> routes = new ArrayList<>();
        for (String r : out) routes.add(r.split(" ", 2));
        return routes;
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedOnEveryChangingRoute() throws Exception {
        List<String[]> routes = changingRoutes();
        assertTrue(routes.size() >= 8, routes.toString());
        for (String[] r : routes) {
            try (Socket sock = new Socket("127.0.0.1", app.port())) {
                sock.setSoTimeout(10_000);
                sock.getOutputStream().write((r[0] + " " + r[1] + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + admin
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + (Security.MAX_REQUEST_BYTES + 1)
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                sock.getOutputStream().flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(sock.getInputStream(), StandardCharsets.UTF_8));
                String status = in.readLine();
                StringBuilder rest = new StringBuilder();
                for (String line = in.readLine(); line != null; line = in.readLine()) rest.append(line).append('\n');
                assertTrue(status != null && status.contains(" 413 "), r[0] + " " + r[1] + ": " + status);
                assertTrue(rest.toString().contains("the request body is larger than 1000000 bytes"), r[0] + " " + r[1] + ": " + rest);
            }
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedOnEveryChangingRoute() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        byte[] big = new byte[(int) Security.MAX_REQUEST_BYTES + 10_000];
        java.util.Arrays.fill(big, (byte) 'a');
        for (String[] r : changingRoutes()) {
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + r[1]))
                    .header("Authorization", admin).header("Content-Type", "application/x-www-form-urlencoded")
                    .method(r[0], HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))) // no length: chunked
                    .build();
            HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, res.statusCode(), r[0] + " " + r[1] + ": " + res.body());
            assertTrue(res.body().contains("the request body is larger than 1000000 bytes"), r[0] + " " + r[1] + ": " + res.body());
        }
        // a body within the limit still reaches the handler (here: a form the administrator page refuses for its content)
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/admin/users"))
                .header("Authorization", admin).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("username=a&role=bogus".getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, ok.statusCode(), ok.body());
    }
}
