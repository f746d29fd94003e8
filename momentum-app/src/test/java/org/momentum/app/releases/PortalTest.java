package org.momentum.app.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.web.TestAccounts;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.dissemination.ReleaseStatus;
import org.momentum.security.Role;
import org.momentum.store.EnterpriseReports;
import org.momentum.store.Releases;

/**
 * The enterprise portal and the release workflow page over HTTP, on {@link ReleaseScenario}'s store. Reporter A
 * reports for E1a, whose output value is 44 in 2017-03 (132 / 3) and 36 in 2016-04 (108 / 3); reporter B for E2a.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalTest {
    ReleaseScenario s;
    String a, b, viewer, analyst, publisher;

    @BeforeAll
    void open(@TempDir Path dir) throws Exception {
        s = new ReleaseScenario(dir);
        a = TestAccounts.bearer(s.db, "firm-a", Role.REPORTER, Set.of("E1a"), Set.of());
        b = TestAccounts.bearer(s.db, "firm-b", Role.REPORTER, Set.of("E2a"), Set.of());
        viewer = TestAccounts.bearer(s.db, "firm-a2", Role.REPORTER, Set.of("E1b"), Set.of()); // E1b: the same figures as E1a, never changed here
        analyst = TestAccounts.analyst(s.db, "analyst");
        publisher = TestAccounts.bearer(s.db, "publisher", Role.PUBLISHER, Set.of(), Set.of());
    }

    @AfterAll
    void close() {
        if (s != null) s.close();
    }

    @Test
    void theFormIsTheMonthAfterTheLatestWithLastMonthAndLastYearBesideEachField() throws Exception {
        HttpResponse<String> r = get("/portal", viewer);
        assertEquals(200, r.statusCode(), r.body());
        String html = r.body();
        assertTrue(html.contains("name=\"period\" value=\"2017-04\""), "the month after 2017-03");
        String input = tag(html, "f-output_value");
        assertTrue(input.contains("data-last-month=\"44\""), input);
        assertTrue(input.contains("data-last-year=\"36\""), input);
        assertTrue(input.contains("aria-describedby=\"err-f-output_value cmp-f-output_value\""), input);
        for (String always : List.of("sales_value", "export_value", "revenue", "electricity", "employment"))
            assertTrue(html.contains("id=\"f-" + always + "\""), always);
        assertTrue(html.contains("<label for=\"f-output_value\">"), "every field has its label");
        assertTrue(html.contains("name=\"idempotency_key\""));
        assertTrue(html.contains("more than 50%"), "the page says when an explanation is required");
        assertFalse(html.matches("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"), "no inline script");
        assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "no inline event handler");
        String zh = get("/portal?lang=zh&period=2017-03", viewer).body();
        assertTrue(zh.contains("<html lang=\"zh-CN\"") && zh.contains("上年同月"), "Chinese labels");
        assertTrue(tag(zh, "f-output_value").contains("value=\"44\""), "a month already reported shows what stands (a revision)");
    }

    @Test
    void aBadValueIsRefusedWithTheErrorBesideItsField() throws Exception {
        HttpResponse<String> r = post("/portal", a, Map.of("enterprise", "E1a", "period", "2017-05", "v.output_value", "-3", "v.revenue", "12,5"));
        assertEquals(422, r.statusCode());
        assertTrue(errorOf(r.body(), "f-output_value").contains("-3 is negative"), r.body());
        assertTrue(errorOf(r.body(), "f-revenue").contains("no thousands separators"), r.body());
        assertTrue(tag(r.body(), "f-output_value").contains("aria-invalid=\"true\""));
        assertEquals(0, EnterpriseReports.month(s.db, "E1a", Period.of(2017, 5)).size(), "nothing stored");
    }

    @Test
    void aGoodReportGetsAReceiptOnceHoweverOftenItIsSent() throws Exception {
        Map<String, String> form = Map.of("enterprise", "E1a", "period", "2017-04", "v.output_value", "45", "v.electricity", "3.5",
                "idempotency_key", "form-key-1");
        HttpResponse<String> r = post("/portal", a, form);
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/portal/receipts/"), location);
        HttpResponse<String> again = post("/portal", a, form);
        assertEquals(location, again.headers().firstValue("Location").orElseThrow(), "a double click is one submission: the same receipt");
        assertEquals(Map.of("electricity", 3.5, "output_value", 45.0), EnterpriseReports.month(s.db, "E1a", Period.of(2017, 4)));
        String receipt = get(location, a).body();
        assertTrue(receipt.contains("id=\"receipt-id\">" + location.substring("/portal/receipts/".length()) + "<"), receipt);
        assertTrue(receipt.contains("<dd>2017-04</dd>"));
        assertTrue(get("/portal/history", a).body().contains("href=\"" + location + "\""), "the receipt is in the history");
        assertEquals(404, get(location, b).statusCode(), "another account's receipt is not found");
        assertFalse(get("/portal/history", b).body().contains(location));
        // a large change with its explanation: stored with the submission
        HttpResponse<String> big = post("/portal", a, Map.of("enterprise", "E1a", "period", "2017-04", "v.output_value", "90",
                "explanation", "a new production line opened in April"));
        assertEquals(303, big.statusCode(), big.body());
        String id = big.headers().firstValue("Location").orElseThrow().substring("/portal/receipts/".length());
        assertTrue(get(big.headers().firstValue("Location").orElseThrow(), a).body()
                .contains("id=\"receipt-explanation\">a new production line opened in April<"), "the receipt shows it");
        try (var c = s.db.connect(); var ps = c.prepareStatement("SELECT explanation FROM submission_receipt WHERE receipt = ?")) {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("a new production line opened in April", rs.getString(1));
            }
        }
    }

    @Test
    void aLargeChangeNeedsAnExplanation() throws Exception {
        // 100 against 37 in 2016-05 (112 / 3): +170 %
        HttpResponse<String> r = post("/portal", a, Map.of("enterprise", "E1a", "period", "2017-05", "v.output_value", "100", "explanation", " "));
        assertEquals(422, r.statusCode());
        assertTrue(errorOf(r.body(), "explanation").contains("output_value"), r.body());
        assertTrue(r.body().contains("id=\"warn-f-output_value\">changes by more than 50%"));
        assertEquals(0, EnterpriseReports.month(s.db, "E1a", Period.of(2017, 5)).size(), "nothing stored");
    }

    @Test
    void anotherEnterpriseIsRefused() throws Exception {
        for (String path : List.of("/portal?enterprise=E1a", "/portal/history?enterprise=E1a")) {
            HttpResponse<String> r = get(path, b);
            assertEquals(403, r.statusCode(), path);
            assertFalse(r.body().contains("44"), path);
        }
        HttpResponse<String> own = get("/portal/history", b);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("E2a") && !own.body().contains("E1a"), "B's history is B's");
        assertEquals(403, post("/portal", b, Map.of("enterprise", "E1a", "period", "2017-04", "v.output_value", "45")).statusCode());
        assertEquals(403, get("/releases/manage", b).statusCode(), "staff pages are not for reporters");
        assertEquals(403, get("/portal", analyst).statusCode(), "the portal is for reporters");
    }

    @Test
    void anUploadWithAnyErrorAppliesNothingAndListsLinesAndColumns() throws Exception {
        String csv = "enterprise_id,period,indicator,value\nE1a,2016-06,output_value,45\nE2a,2016-06,output_value,80\nE1a,2016-06,revenue,abc\n";
        HttpResponse<String> r = upload(a, "march.csv", csv);
        assertEquals(422, r.statusCode(), r.body());
        String table = r.body().substring(r.body().indexOf("id=\"upload-errors\""));
        assertTrue(table.contains("<td>3</td><td>enterprise_id</td><td>this account does not report for enterprise E2a</td>"), table);
        assertTrue(table.contains("<td>4</td><td>value</td><td>&#39;abc&#39; is not a number</td>"), table);
        assertEquals(Map.of("output_value", 38.0), EnterpriseReports.month(s.db, "E1a", Period.of(2016, 6)), "all or nothing: 115 / 3 stands");
    }

    @Test
    void anUploadOfOwnReportsIsAppliedAndItsRevisionsShowInTheHistory() throws Exception {
        HttpResponse<String> r = upload(a, "e1a-2016.csv", "enterprise_id,period,indicator,value\nE1a,2016-01,output_value,34\nE1a,2016-01,electricity,7.5\n");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("id=\"upload-receipt\""), r.body());
        assertEquals(Map.of("output_value", 34.0, "electricity", 7.5), EnterpriseReports.month(s.db, "E1a", Period.of(2016, 1)));
        String history = get("/portal/history", a).body();
        // 2016-01 output was 33 (100 / 3), now 34: both revisions listed, the old one superseded
        assertTrue(history.contains("<td>2016-01</td><td>output_value</td><td>34</td><td>2</td><td>current</td>"), history);
        assertTrue(history.contains("<td>2016-01</td><td>output_value</td><td>33</td><td>1</td><td>superseded</td>"), history);
        assertTrue(history.contains("e1a-2016.csv") && history.contains("firm-a"), "the upload's file and sender");
        assertTrue(get("/portal?period=2016-02", a).body().contains("id=\"f-electricity\""), "an indicator reported once is on the form");
    }

    @Test
    void staffRunTheReleaseWorkflowFromThePage() throws Exception {
        String page = get("/releases/manage", analyst).body();
        assertTrue(page.contains("id=\"create-form\"") && !page.contains("id=\"approve-"), "analysts create; they do not approve");
        String latest = Period.format(org.momentum.store.Reports.periodRange(s.db)[1]);
        assertTrue(page.contains("href=\"/quality?period=" + latest + "\""), "the staff navigation links the quality queue of the latest month");
        HttpResponse<String> created = post("/releases/manage/create", analyst, Map.of("period", "2017-02", "embargo", "2030-01-01T09:30"));
        assertEquals(303, created.statusCode(), created.body());
        String job = created.headers().firstValue("Location").orElseThrow();
        assertTrue(get(job, analyst).body().contains("data-job-url=\"/releases/manage/jobs/"), "the page polls the creation");
        String jobUrl = "/releases/manage/jobs/" + job.substring(job.indexOf("job=") + 4);
        JsonNode status = null;
        for (int i = 0; i < 400; i++) {
            status = s.json.readTree(get(jobUrl, analyst).body());
            if (!status.get("state").asText().equals("running")) break;
            Thread.sleep(50);
        }
        assertEquals("done", status.get("state").asText(), status.toString());
        long id = status.get("release_id").asLong();
        Release draft = Releases.get(s.db, id);
        assertEquals(ReleaseStatus.DRAFT, draft.status());
        assertEquals("analyst", draft.createdBy());
        assertEquals(403, post("/releases/manage/" + id + "/approve", analyst, Map.of()).statusCode(), "only a publisher approves");
        assertTrue(get("/releases/manage", publisher).body().contains("id=\"approve-" + id + "\""));
        assertEquals(303, post("/releases/manage/" + id + "/approve", publisher, Map.of("embargo", "2030-01-01T09:30")).statusCode());
        assertEquals(ReleaseStatus.APPROVED, Releases.get(s.db, id).status());
        assertEquals(java.time.Instant.parse("2030-01-01T01:30:00Z"), Releases.get(s.db, id).embargoAt(), "China time");
        HttpResponse<String> again = post("/releases/manage/" + id + "/approve", publisher, Map.of());
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("only a draft can be approved"), again.body());
        assertEquals(403, post("/releases/manage/" + id + "/discard", analyst, Map.of()).statusCode(), "an approved release is a publisher's");
        assertEquals(303, post("/releases/manage/" + id + "/publish", publisher, Map.of()).statusCode());
        Release published = Releases.get(s.db, id);
        assertEquals(ReleaseStatus.PUBLISHED, published.status());
        assertEquals("publisher", published.publishedBy());
        HttpResponse<String> twice = post("/releases/manage/create", analyst, Map.of("period", "2017-02"));
        String failed = "/releases/manage/jobs/" + twice.headers().firstValue("Location").orElseThrow().replaceAll(".*job=(\\d+).*", "$1");
        for (int i = 0; i < 400 && (status = s.json.readTree(get(failed, analyst).body())).get("state").asText().equals("running"); i++) Thread.sleep(50);
        assertEquals("failed", status.get("state").asText());
        assertTrue(status.get("message").asText().contains("must be a correction"), status.toString());
    }

    @Test
    void aSessionsFormsAndUploadsCarryItsCsrfToken() throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String token = csrf(browser.send(HttpRequest.newBuilder(URI.create(s.base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> in = browser.send(HttpRequest.newBuilder(URI.create(s.base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=firm-a&password=" + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, in.statusCode(), in.body());
        assertEquals("/portal", in.headers().firstValue("Location").orElseThrow(), "a reporter lands on the portal");
        String session = csrf(browser.send(HttpRequest.newBuilder(URI.create(s.base + "/portal")).build(), HttpResponse.BodyHandlers.ofString()).body());
        String csv = "enterprise_id,period,indicator,value\nE1a,2016-06,revenue,-1\n";
        assertEquals(403, browser.send(multipart("/portal/upload", csv, null), HttpResponse.BodyHandlers.ofString()).statusCode(), "no token, no upload");
        HttpResponse<String> withToken = browser.send(multipart("/portal/upload", csv, session), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, withToken.statusCode(), "with the token the file is read (and its error listed)");
        assertTrue(withToken.body().contains("-1 is negative"), withToken.body());
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(s.base + "/portal")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("enterprise=E1a&period=2017-05&v.output_value=40")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, form.statusCode(), "the month's form needs the token too");
        assertEquals(0, EnterpriseReports.month(s.db, "E1a", Period.of(2017, 5)).size());
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    private HttpRequest multipart(String path, String csv, String csrf) {
        String boundary = "----momentum" + System.nanoTime();
        String body = (csrf == null ? "" : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"reports\"; filename=\"r.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + csv + "\r\n--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(URI.create(s.base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    // ---- helpers ----

    private HttpResponse<String> get(String path, String auth) throws Exception {
        return s.http.send(HttpRequest.newBuilder(URI.create(s.base + path)).header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String auth, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> e : form.entrySet())
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        return s.http.send(HttpRequest.newBuilder(URI.create(s.base + path)).header("Authorization", auth)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String auth, String name, String csv) throws Exception {
        String boundary = "----momentum" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"reports\"; filename=\"" + name + "\"\r\nContent-Type: text/csv\r\n\r\n"
                + csv + "\r\n--" + boundary + "--\r\n";
        return s.http.send(HttpRequest.newBuilder(URI.create(s.base + "/portal/upload")).header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The opening tag of the element with this id. */
    private static String tag(String html, String id) {
        Matcher m = Pattern.compile("<[a-z]+ id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertTrue(m.find(), "no element " + id);
        return m.group();
    }

    /** The text of the error element beside a field. */
    private static String errorOf(String html, String id) {
        Matcher m = Pattern.compile("id=\"err-" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        assertTrue(m.find(), "no error element for " + id);
        return m.group(1);
    }
}
