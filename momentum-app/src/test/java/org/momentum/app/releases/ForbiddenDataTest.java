package org.momentum.app.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.TestFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.intake.ImportService;
import org.momentum.app.web.AccessPolicy;
import org.momentum.app.web.TestAccounts;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.security.Role;
import org.momentum.security.RoutePolicy;
import org.momentum.store.QualityReview;
import org.momentum.store.Releases;

/**
 * Issue 8's "every endpoint refuses forbidden data to each role", driven by the server's own route table: every
 * registered route must have sample requests in {@link #SAMPLES} (or this test fails naming it), and each sample is
 * sent by the public, a reporter of E1a, a publisher, an analyst bound to Beijing, a national analyst and an
 * administrator.
 * <p>
 * The store holds three published releases (2017-02; 2017-03 and its published correction) and, unpublished: a
 * draft of 2017-04, an approved 2017-05 under embargo, and an approved, embargoed correction of 2017-02. The reports
 * behind those three carry values that appear nowhere else ({@link #markers}, with the month 2017-04 that only the
 * draft and the embargoed release hold). None may appear in any response of a public route (whoever asks: they
 * serve published releases only), nor in any response to the public or a reporter. Staff's working-data routes
 * (e.g. the review's sensitivity table) legitimately show every month reported, so they are exempt for staff only.
 * E1* are Beijing (110101) enterprises, E2* Shanghai (310101) ones; each has a flagged, queried 2017-01 report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForbiddenDataTest {
    // new values of file 4: a revision of E1's February and the months 2017-04 and 2017-05 (firm totals)
    static final long E1_FEB = 654_321, E1_APR = 813_577, E2_APR = 926_483, E1_MAY = 571_939, E2_MAY = 482_917;

    ReleaseScenario s;
    Release draft, embargoed, embargoedCorrection;
    final List<Long> releaseIds = new ArrayList<>();
    final List<String> markers = new ArrayList<>();
    final Map<String, String> callers = new LinkedHashMap<>();   // name -> Authorization header (null: public)
    final Map<String, Role> roleOf = new LinkedHashMap<>();

    static final String OWN_ENTERPRISE = "E1a", OTHER_ENTERPRISE = "E2a", OWN_REGION = "110000", OTHER_REGION = "310000";

    @BeforeAll
    void scenario(@TempDir Path dir) throws Exception {
        s = new ReleaseScenario(dir);
        Release r1 = s.publishAtEmbargo(s.approved(Period.of(2017, 2), s.afterFile1, 0, null));
        Release r2 = s.publishAtEmbargo(s.approved(Period.of(2017, 3), s.afterFile2, 0, null));
        Release r3 = s.publishAtEmbargo(s.approved(Period.of(2017, 3), s.afterFile3, r2.id(), "late revision"));
        ImportService intake = new ImportService(s.db, s.ref, Period.of(2026, 11), "test");
        String file4 = ReleaseScenario.HEADER + ReleaseScenario.parts("E1", "2017-02", E1_FEB)
                + ReleaseScenario.parts("E1", "2017-04", E1_APR) + ReleaseScenario.parts("E2", "2017-04", E2_APR)
                + ReleaseScenario.parts("E1", "2017-05", E1_MAY) + ReleaseScenario.parts("E2", "2017-05", E2_MAY);
        assertFalse(intake.importReports(TestFiles.write(dir, "r4.csv", file4), ReadOptions.strict(), Progress.NONE).refused());
        Thread.sleep(5);
        Instant cutoff = Instant.now();
        draft = s.service().create(Period.of(2017, 4), cutoff, s.clock.instant().plusSeconds(3600), 0, null, "analyst").release();
        embargoed = s.approved(Period.of(2017, 5), cutoff, 0, null);
        embargoedCorrection = s.approved(Period.of(2017, 2), cutoff, r1.id(), "a firm's February revised");
        for (Release r : List.of(r1, r2, r3, draft, embargoed, embargoedCorrection)) releaseIds.add(r.id());
        assertTrue(Releases.get(s.db, draft.id()).status().name().equals("DRAFT"));
        seedQueries();

        // the numbers only the unpublished releases hold: levels, year-to-date and growth on a year earlier of the
        // firms (= their province, division and class cells) and of the total
        double[] e1 = ReleaseScenario.E1, e2 = ReleaseScenario.E2; // from 2016-01
        addLevelMarkers(E1_FEB, E1_FEB + e2[13]);                   // February revised: Beijing, total
        addGrowthMarkers(E1_FEB, e1[1]);
        addGrowthMarkers(E1_FEB + e2[13], e1[1] + e2[1]);
        addLevelMarkers(E1_APR, E2_APR, E1_APR + E2_APR, E1_MAY, E2_MAY, E1_MAY + E2_MAY);
        addLevelMarkers(e1[12] + E1_FEB + e1[14] + E1_APR, e1[12] + E1_FEB + e1[14] + E1_APR + E1_MAY);
        addGrowthMarkers(E1_APR, e1[3]);
        addGrowthMarkers(E2_APR, e2[3]);
        addGrowthMarkers(E1_APR + E2_APR, e1[3] + e2[3]);
        addGrowthMarkers(E1_MAY, e1[4]);
        addGrowthMarkers(E2_MAY, e2[4]);
        addGrowthMarkers(E1_MAY + E2_MAY, e1[4] + e2[4]);
        double ytd16 = 0, ytd17 = E1_FEB + E1_APR + E1_MAY + E2_APR + E2_MAY + e1[12] + e1[14] + e2[12] + e2[13] + ReleaseScenario.E2_MARCH_CORRECTED;
        for (int m = 0; m < 5; m++) ytd16 += e1[m] + e2[m];
        addGrowthMarkers(ytd17, ytd16);
        addGrowthMarkers(ytd17 - E1_MAY - E2_MAY, ytd16 - e1[4] - e2[4]);
        markers.add("2017-04");
        markers.add("2017年4月");
        markers.add("April 2017");

        callers.put("public", null);
        callers.put("reporter E1a", TestAccounts.bearer(s.db, "firm1", Role.REPORTER, Set.of(OWN_ENTERPRISE), Set.of()));
        callers.put("publisher", TestAccounts.bearer(s.db, "pub", Role.PUBLISHER, Set.of(), Set.of()));
        callers.put("analyst 110000", TestAccounts.bearer(s.db, "bj", Role.ANALYST, Set.of(), Set.of(OWN_REGION)));
        callers.put("analyst national", TestAccounts.analyst(s.db, "national"));
        callers.put("admin", TestAccounts.bearer(s.db, "root", Role.ADMIN, Set.of(), Set.of()));
        roleOf.put("public", Role.PUBLIC);
        roleOf.put("reporter E1a", Role.REPORTER);
        roleOf.put("publisher", Role.PUBLISHER);
        roleOf.put("analyst 110000", Role.ANALYST);
        roleOf.put("analyst national", Role.ANALYST);
        roleOf.put("admin", Role.ADMIN);
    }

    private void seedQueries() throws Exception {
        try (Connection c = s.db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO quality_flag (enterprise_id, period, indicator, score, rule, detail, report_score, computed_at) VALUES (?, '2017-01', 'output_value', 0.9, 'jump', 'seeded', 0.9, ?)")) {
            for (String e : List.of(OWN_ENTERPRISE, OTHER_ENTERPRISE)) {
                ps.setString(1, e);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
        }
        for (String e : List.of(OWN_ENTERPRISE, OTHER_ENTERPRISE))
            QualityReview.act(s.db, e, Period.of(2017, 1), "query", "please confirm " + e, null, Double.NaN, "seed");
    }

    private void addLevelMarkers(double... values) {
        for (double v : values) {
            long n = Math.round(v);
            markers.add(Long.toString(n));
            markers.add(String.format(java.util.Locale.ROOT, "%,d", n));
        }
    }

    /** The whole-number part of the growth on a year earlier (these growths are in the thousands of per cent). */
    private void addGrowthMarkers(double now, double yearBefore) {
        long whole = (long) Math.floor((now / yearBefore - 1) * 100);
        assertTrue(whole > 10_000, "a growth distinctive enough to be a marker");
        markers.add(Long.toString(whole));
        markers.add(String.format(java.util.Locale.ROOT, "%,d", whole));
    }

    @AfterAll
    void stop() { if (s != null) s.close(); }

    /**
     * Sample requests for every registered route, keyed "METHOD pattern". Placeholders: {region} (sent as the
     * Beijing analyst's own province and as Shanghai), {enterprise} (E1a, the reporter's own, and E2a, Shanghai's),
     * {release} (every release: published, draft, embargoed). A POST sample is "path|content type|body".
     */
    static final Map<String, List<String>> SAMPLES = new TreeMap<>();

    private static void sample(String route, String... requests) { SAMPLES.put(route, List.of(requests)); }

    static {
        sample("GET /", "/", "/?lang=zh");
        sample("GET /api/health", "/api/health");
        sample("GET /api/series", "/api/series", "/api/series?region={region}", "/api/series?format=csv", "/api/series?as_of=2999-01-01T00:00:00Z",
                "/api/series?search=2017");
        sample("GET /api/series/{id}", "/api/series/output_value.ALL.ALL", "/api/series/output_value.ALL.{region}", "/api/series/output_value.3491.ALL.yoy_pct");
        sample("GET /api/series/{id}/observations", "/api/series/output_value.ALL.ALL/observations",
                "/api/series/output_value.ALL.{region}/observations?format=csv", "/api/series/output_value.ALL.ALL/observations?as_of=2999-01-01T00:00:00Z",
                "/api/series/output_value.ALL.ALL.yoy_pct/observations", "/api/series/output_value.ALL.ALL.ytd_value/observations",
                "/api/series/output_value.ALL.ALL/observations?units=pc1&frequency=q&aggregation_method=sum");
        sample("GET /api/series/{id}/vintages", "/api/series/output_value.ALL.ALL/vintages", "/api/series/output_value.ALL.{region}/vintages?format=csv");
        sample("GET /api/releases", "/api/releases", "/api/releases?format=csv");
        sample("GET /api/releases/{id}", "/api/releases/{release}", "/api/releases/{release}?format=csv");
        sample("GET /api/openapi.json", "/api/openapi.json");
        sample("GET /api/docs", "/api/docs");
        sample("GET /releases", "/releases", "/releases?lang=zh");
        sample("GET /releases/{id}/press", "/releases/{release}/press", "/releases/{release}/press?lang=zh");
        sample("GET /releases/{id}/press.pdf", "/releases/{release}/press.pdf");
        sample("GET /products/{code}", "/products/industrial_robot", "/products/nev?lang=zh");
        sample("GET /explorer", "/explorer", "/explorer?region={region}", "/explorer?industry=3491&units=pc1", "/explorer?lang=zh&region={region}");
        for (String table : List.of("headline", "sectors", "provinces"))
            for (String ext : List.of("csv", "xlsx")) sample("GET /downloads/" + table + "." + ext, "/downloads/" + table + "." + ext);
        sample("GET /downloads/products/{file}", "/downloads/products/nev.csv");
        sample("GET /downloads/explorer.csv", "/downloads/explorer.csv?region={region}");
        sample("GET /downloads/explorer.xlsx", "/downloads/explorer.xlsx?region={region}");
        for (String resource : List.of("dataflow", "datastructure", "codelist", "conceptscheme")) {
            String b = "/sdmx/" + resource;
            sample("GET " + b, b);
            sample("GET " + b + "/{agency}", b + "/MOMENTUM");
            sample("GET " + b + "/{agency}/{id}", b + "/MOMENTUM/all");
            sample("GET " + b + "/{agency}/{id}/{version}", b + "/all/all/latest?references=all");
        }
        sample("GET /sdmx/data/{flow}", "/sdmx/data/INDUSTRY", "/sdmx/data/INDUSTRY?format=csv");
        sample("GET /sdmx/data/{flow}/{key}", "/sdmx/data/INDUSTRY/all", "/sdmx/data/INDUSTRY/M.output_value.ALL.{region}.value?format=csv",
                "/sdmx/data/INDUSTRY/M.output_value.ALL.ALL.value?startPeriod=2017-04", "/sdmx/data/INDUSTRY/all?updatedAfter=2000-01-01T00:00:00Z");
        sample("GET /sdmx/data/{flow}/{key}/{provider}", "/sdmx/data/INDUSTRY/all/all");
        sample("GET /login", "/login");
        sample("POST /login", "/login|application/x-www-form-urlencoded|username=firm1&password=wrong");
        sample("POST /logout", "/logout|application/x-www-form-urlencoded|");
        sample("GET /api/indicators", "/api/indicators", "/api/indicators?region={region}&from=2017-01&to=2017-12");
        sample("GET /working", "/working");
        sample("GET /api/adjusted", "/api/adjusted", "/api/adjusted?region={region}");
        sample("GET /adjusted", "/adjusted?region={region}");
        sample("GET /api/outlook", "/api/outlook", "/api/outlook?region={region}");
        sample("GET /api/forecasts/accuracy", "/api/forecasts/accuracy?region={region}");
        sample("GET /metrics", "/metrics");
        sample("GET /api/targets", "/api/targets");
        sample("GET /api/targets/{id}", "/api/targets/T1");
        sample("GET /api/programmes", "/api/programmes");
        sample("GET /api/programmes/{id}", "/api/programmes/P1");
        sample("GET /targets", "/targets", "/targets?lang=zh");
        sample("GET /programmes/{id}", "/programmes/P1");
        sample("GET /api/forecasts", "/api/forecasts", "/api/forecasts?format=csv", "/api/forecasts?as_of=2999-01-01T00:00:00Z");
        sample("GET /api/working/targets", "/api/working/targets");
        sample("GET /api/working/targets/{id}", "/api/working/targets/T1");
        sample("GET /api/working/programmes", "/api/working/programmes");
        sample("GET /api/working/programmes/{id}", "/api/working/programmes/P1");
        sample("GET /working/targets", "/working/targets");
        sample("GET /working/programmes/{id}", "/working/programmes/P1");
        sample("GET /api/reports/{enterprise}/{period}", "/api/reports/{enterprise}/2017-04", "/api/reports/{enterprise}/2017-05");
        sample("GET /api/receipts", "/api/receipts");
        // a month no release covers, so an accepted report adds no marker; the other enterprise's id is refused to a reporter
        sample("POST /api/reports", "/api/reports|application/json|{\"enterprise_id\":\"{enterprise}\",\"period\":\"2017-06\",\"rows\":[{\"indicator\":\"output_value\",\"value\":1}]}");
        sample("GET /portal", "/portal", "/portal?enterprise={enterprise}&period=2017-04", "/portal?lang=zh");
        sample("GET /portal/history", "/portal/history", "/portal/history?enterprise={enterprise}");
        sample("GET /portal/receipts/{receipt}", "/portal/receipts/R0");
        sample("POST /portal", "/portal|application/x-www-form-urlencoded|enterprise={enterprise}&period=2017-06&output_value=1");
        sample("POST /portal/upload", "/portal/upload|application/x-www-form-urlencoded|"); // rows for other enterprises: PortalTest
        // the workflow's changing steps on a release that does not exist (the unpublished ones must stay so)
        sample("GET /releases/manage", "/releases/manage", "/releases/manage?lang=zh");
        sample("GET /releases/manage/jobs/{job}", "/releases/manage/jobs/none");
        sample("POST /releases/manage/create", "/releases/manage/create|application/x-www-form-urlencoded|period=2017-13");
        for (String step : List.of("approve", "publish", "discard"))
            sample("POST /releases/manage/{id}/" + step, "/releases/manage/999999/" + step + "|application/x-www-form-urlencoded|");
        // a relative folder is refused before anything is written
        sample("POST /api/admin/backup", "/api/admin/backup|application/json|{\"out\":\"relative/backup\"}");
        sample("POST /api/quality/run", "/api/quality/run?period=2017-05|application/json|");
        sample("GET /api/quality/flags", "/api/quality/flags?period=2017-01", "/api/quality/flags?period=2017-05");
        sample("POST /api/quality/actions", "/api/quality/actions|application/json|{\"enterprise_id\":\"{enterprise}\",\"period\":\"2017-01\",\"action\":\"query\",\"reason\":\"still unclear\"}");
        sample("GET /api/quality/sensitivity", "/api/quality/sensitivity?period=2017-04");
        sample("GET /quality", "/quality?period=2017-01");
        sample("GET /api/quality/queries", "/api/quality/queries?enterprise_id={enterprise}");
        sample("GET /admin/users", "/admin/users");
        sample("POST /admin/users", "/admin/users|application/x-www-form-urlencoded|username=x&role=bogus&password=short");
        sample("POST /admin/users/{username}/{action}", "/admin/users/nobody/bogus|application/x-www-form-urlencoded|");
        sample("GET /admin/tokens", "/admin/tokens");
        sample("POST /admin/tokens", "/admin/tokens|application/x-www-form-urlencoded|username=nobody&scope=bogus&days=1");
        sample("POST /admin/tokens/{id}/revoke", "/admin/tokens/000000000000/revoke|application/x-www-form-urlencoded|");
        sample("GET /account", "/account");
        sample("POST /account/tokens", "/account/tokens|application/x-www-form-urlencoded|scope=bogus&days=1");
        sample("POST /account/tokens/{id}/revoke", "/account/tokens/000000000000/revoke|application/x-www-form-urlencoded|");
    }

    /** Routes that filter rows themselves for a provincial analyst or a reporter (the review queue and queries). */
    static final Set<String> ROW_FILTERED = Set.of("GET /api/quality/flags", "GET /quality", "GET /api/quality/queries",
            "POST /api/quality/actions", "POST /api/quality/run", "GET /api/health");
    /** Routes that show a reporter its own enterprises' reports (other enterprises' ids are refused, checked below). */
    static final Set<String> OWN_REPORTS = Set.of("GET /api/reports/{enterprise}/{period}", "GET /api/receipts", "POST /api/reports",
            "GET /portal", "GET /portal/history", "GET /portal/receipts/{receipt}", "POST /portal", "POST /portal/upload");
    /** Public routes that show staff a preview of an unpublished release (the public gets 404 until its time). */
    static final Set<String> STAFF_PREVIEW = Set.of("GET /releases/{id}/press", "GET /releases/{id}/press.pdf");
    /** Routes whose published forecasts name the months after their release's month. */
    static final Set<String> FORECAST_MONTHS = Set.of("GET /api/forecasts");
    /** Routes whose data are the caller's own account, not statistics. */
    static final Set<String> ACCOUNT_ROUTES = Set.of("GET /account", "POST /account/tokens", "POST /account/tokens/{id}/revoke", "POST /logout");

    private List<String> registeredRoutes() {
        List<String> out = new ArrayList<>();
        for (var e : s.app.unsafe.internalRouter.allHttpHandlers()) {
            String method = e.endpoint.method.name();
            if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) out.add(method + " " + e.endpoint.path);
        }
        return out;
    }

    @Test
    @Order(1)
    void everyRouteHasSamples() {
        List<String> missing = new ArrayList<>();
        for (String r : registeredRoutes()) if (!SAMPLES.containsKey(r)) missing.add(r);
        assertEquals(List.of(), missing, "routes without sample requests in ForbiddenDataTest.SAMPLES: add them so they are checked");
        Map<String, AccessPolicy.Scope> scope = AccessPolicy.provincialScope();
        RoutePolicy policy = AccessPolicy.table();
        List<String> unlimited = new ArrayList<>();
        for (String r : registeredRoutes()) {
            String method = r.substring(0, r.indexOf(' ')), pattern = r.substring(r.indexOf(' ') + 1);
            Set<Role> roles = policy.rule(method, pattern).orElseThrow().roles();
            if (roles.contains(Role.ANALYST) && !roles.contains(Role.PUBLIC) && !scope.containsKey(pattern) && !ROW_FILTERED.contains(r)
                    && !ACCOUNT_ROUTES.contains(r))
                unlimited.add(r);
        }
        assertEquals(List.of(), unlimited, "working-data routes open to analysts with no province limit (AccessPolicy.provincialScope)");
    }

    @Test
    @Order(2)
    void noRouteShowsUnpublishedDataOrAnotherEnterpriseOrProvinceToAnyone() throws Exception {
        RoutePolicy policy = AccessPolicy.table();
        Map<String, AccessPolicy.Scope> scope = AccessPolicy.provincialScope();
        List<String> problems = new ArrayList<>();
        int requests = 0;
        for (String route : registeredRoutes()) {
            String method = route.substring(0, route.indexOf(' ')), pattern = route.substring(route.indexOf(' ') + 1);
            Set<Role> allowed = policy.rule(method, pattern).orElseThrow().roles();
            boolean isPublic = allowed.contains(Role.PUBLIC);
            for (String sample : SAMPLES.getOrDefault(route, List.of())) {
                for (Map.Entry<String, String> x : expand(sample).entrySet()) {
                    String request = x.getKey(), other = x.getValue(); // other: "enterprise", "region" or ""
                    for (var caller : callers.entrySet()) {
                        String who = caller.getKey();
                        Role role = roleOf.get(who);
                        HttpResponse<byte[]> res = send(method, request, caller.getValue());
                        requests++;
                        String body = text(res);
                        String where = who + " " + method + " " + request + " -> " + res.statusCode();
                        int st = res.statusCode();
                        if (st >= 500) problems.add(where + ": server error " + body);
                        // staff's working data hold every month reported; the press release previews a draft for staff
                        boolean workingData = (!isPublic || STAFF_PREVIEW.contains(route)) && RoutePolicy.STAFF.contains(role);
                        // an enterprise's own reports are its own to see, every month it sent
                        boolean ownReports = OWN_REPORTS.contains(route) && role == Role.REPORTER && !other.equals("enterprise");
                        for (String m : markers) {
                            // a forecast names the months after its release's: the month alone is no leak there, values are
                            if (FORECAST_MONTHS.contains(route) && m.matches("\\d{4}-\\d{2}")) continue;
                            if (!workingData && !ownReports && body.contains(m)) problems.add(where + ": shows '" + m + "', a value of an unpublished release");
                        }
                        if (!allowed.contains(role) && st != 401 && st != 403) problems.add(where + ": the policy refuses " + role);
                        boolean refused = st == 401 || st == 403 || st == 404;
                        if (who.equals("reporter E1a") && !isPublic) {
                            if (other.equals("enterprise") && !refused) problems.add(where + ": another enterprise's data");
                            if (body.contains("E2a") || body.contains("E2b")) problems.add(where + ": names another enterprise");
                        }
                        if (who.equals("analyst 110000") && !isPublic && allowed.contains(Role.ANALYST)) {
                            if (!other.isEmpty() && !refused) problems.add(where + ": another province's data");
                            if (scope.get(pattern) == AccessPolicy.Scope.NATIONAL && st != 403) problems.add(where + ": national figures for a provincial analyst");
                            if (scope.get(pattern) == AccessPolicy.Scope.REGION && !request.contains("region=" + OWN_REGION) && st != 403)
                                problems.add(where + ": national figures for a provincial analyst");
                            if (body.contains("E2a") || body.contains("please confirm E2")) problems.add(where + ": names another province's enterprise");
                        }
                        if (who.equals("public") && !isPublic && body.contains("E1a")) problems.add(where + ": microdata for the public");
                    }
                }
            }
        }
        assertTrue(requests > 600, "requests sent: " + requests);
        assertEquals(List.of(), problems);
        // the unpublished releases are still unpublished: nothing above could have passed for want of them
        assertEquals("DRAFT", Releases.get(s.db, draft.id()).status().name());
        assertEquals("APPROVED", Releases.get(s.db, embargoed.id()).status().name());
        assertEquals("APPROVED", Releases.get(s.db, embargoedCorrection.id()).status().name());
    }

    @Test
    @Order(3)
    void theMarkersAppearOnceTheEmbargoEnds() throws Exception {
        // the check above would pass vacuously if the markers could never show: at the embargo time they do
        s.publishAtEmbargo(embargoed);
        String obs = text(send("GET", "/api/series/output_value.ALL.ALL/observations", null));
        assertTrue(obs.contains("\"2017-04\"") && obs.contains(Long.toString(E1_MAY + E2_MAY)), obs);
        String csv = text(send("GET", "/downloads/headline.csv", null));
        assertTrue(markers.stream().anyMatch(csv::contains), csv);
    }

    /** Placeholders expanded: request → which kind of foreign id it holds ("" for none). */
    private Map<String, String> expand(String sample) {
        Map<String, String> out = new LinkedHashMap<>();
        if (sample.contains("{release}")) {
            for (long id : releaseIds) out.put(sample.replace("{release}", Long.toString(id)), "");
        } else if (sample.contains("{region}")) {
            out.put(sample.replace("{region}", OWN_REGION), "");
            out.put(sample.replace("{region}", OTHER_REGION), "region");
        } else if (sample.contains("{enterprise}")) {
            out.put(sample.replace("{enterprise}", OWN_ENTERPRISE), "");
            out.put(sample.replace("{enterprise}", OTHER_ENTERPRISE), "enterprise");
        } else {
            out.put(sample, "");
        }
        return out;
    }

    private HttpResponse<byte[]> send(String method, String sample, String auth) throws Exception {
        String[] parts = sample.split("\\|", -1);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base + parts[0]));
        if (auth != null) b.header("Authorization", auth);
        if (parts.length > 1) b.header("Content-Type", parts[1]);
        b.method(method, parts.length > 2 ? HttpRequest.BodyPublishers.ofString(parts[2]) : HttpRequest.BodyPublishers.noBody());
        return s.http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The body as text; a workbook (zip) as the text of its parts. */
    static String text(HttpResponse<byte[]> r) throws Exception {
        byte[] b = r.body();
        if (b.length > 4 && b[0] == 'P' && b[1] == 'K') {
            // read through the central directory: POI's streaming writer leaves sizes out of the local headers
            StringBuilder out = new StringBuilder();
            java.nio.file.Path tmp = java.nio.file.Files.createTempFile("forbidden", ".xlsx");
            try {
                java.nio.file.Files.write(tmp, b);
                try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(tmp.toFile())) {
                    for (var e : java.util.Collections.list(z.entries()))
                        out.append(new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
            return out.toString();
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
