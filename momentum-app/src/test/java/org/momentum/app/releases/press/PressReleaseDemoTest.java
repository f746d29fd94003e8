package org.momentum.app.releases.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.Main;
import org.momentum.app.demo.DemoRelease;
import org.momentum.app.demo.PanelFiles;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.intake.ImportService;
import org.momentum.app.releases.ReleaseService;
import org.momentum.app.web.Server;
import org.momentum.app.web.TestAccounts;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;
import org.momentum.synthetic.DemoProgramme;
import org.momentum.synthetic.GeneratorSpec;
import picocli.CommandLine;

/**
 * The done-criterion of the press release: on the demo's data, the press release of December 2017 states output
 * growth, robots and new-energy vehicles as computed. The panel is a smaller deterministic equivalent of the demo
 * (the demo's seed and pilots, 2016–2017 (products have no restated base: theirs is the report a year before), the headline, the four products and steel capacity, with the demo's targets; the national calibration holds at
 * any size; with 3,000 firms, disclosure control withholds the national year to date as a complement), loaded as {@code momentum demo} loads it, and December released as the demo releases it. The
 * expected figures are computed from the generated microdata by {@link Expected2017}, not by the release's code.
 */
class PressReleaseDemoTest {
    static final ReferenceData REF = ReferenceData.shipped();
    static final int DEC = Period.of(2017, 12);
    @TempDir static Path dir;
    static Database db;
    static Javalin app;
    static Release december, draft;
    static Expected2017 expected;
    static String analyst, dbUrl;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void loadAndRelease() {
        GeneratorSpec demo = GeneratorSpec.demo();
        GeneratorSpec spec = new GeneratorSpec(6_000, Period.of(2016, 1), DEC, demo.seed(),
                Set.of("output_value", "product.industrial_robot", "product.nev", "product.crude_steel", "product.cement", "capacity.crude_steel"), true);
        DemoProgramme pilots = DemoProgramme.of(spec);
        PanelFiles.Written w = PanelFiles.generate(spec, pilots.effect(), dir.resolve("demo"), Progress.NONE);
        expected = new Expected2017(spec, pilots.effect(), REF.industries());
        dbUrl = "jdbc:duckdb:" + dir.resolve("demo.duckdb");
        db = Database.open(dbUrl);
        REF.installIfEmpty(db);
        ImportService svc = new ImportService(db, REF, Period.of(2026, 1), "test");
        assertFalse(svc.importEnterprises(w.enterprises(), ReadOptions.strict(), Progress.NONE).refused());
        assertFalse(svc.importReports(w.reports(), ReadOptions.strict(), Progress.NONE).refused());
        assertFalse(svc.importPrices(w.prices(), ReadOptions.strict(), Progress.NONE).refused());
        new IndicatorService(REF).recomputeAll(db, "test");
        for (var r : org.momentum.app.demo.DemoTargets.load(db, REF, pilots, dir.resolve("demo"), "test")) assertFalse(r.refused(), r::toString);
        sleep();
        december = DemoRelease.publishLatest(db, REF, Clock.systemUTC(), "demo"); // as momentum demo releases it
        assertNotNull(december);
        assertEquals(DEC, december.period());
        // November as a draft not yet public: a staff preview only
        sleep();
        draft = new ReleaseService(db, REF, Clock.systemUTC()).create(Period.of(2017, 11), null, Instant.now().plus(1, ChronoUnit.DAYS), 0, null, "ana").release();
        app = new Server(db, REF, Clock.systemUTC(), 60_000).start("127.0.0.1", 0);
        analyst = TestAccounts.analyst(db, "analyst");
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (db != null) db.close();
    }

    private static void sleep() {
        try {
            Thread.sleep(5); // cut-offs strictly after what they freeze
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the expected words, formatted here (one decimal half up; thousands separators; 万 in Chinese) ----

    static String pct(double x) { return BigDecimal.valueOf(Math.abs(x)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%"; }

    static String thousands(double v) { return String.format(Locale.ROOT, "%,d", Math.round(v)); }

    static String wan(double v) { return BigDecimal.valueOf(v / 1e4).setScale(1, RoundingMode.HALF_UP).toPlainString() + "万"; }

    record Stated(String en, String zh) {}

    private static List<Stated> statements;

    /** The sentences the December press release must contain, from the microdata. */
    static synchronized List<Stated> statements() {
        if (statements == null) statements = computeStatements();
        return statements;
    }

    private static List<Stated> computeStatements() {
        List<Stated> out = new ArrayList<>();
        Expected2017.Sums ytd = expected.yearToDate("output_value", DEC, true), dec = expected.month("output_value", DEC, null, true);
        assertTrue(ytd.growthPct() > 0 && dec.growthPct() > 0, "the demo's 2017 grew");
        out.add(new Stated("In December 2017, industrial output at constant prices grew " + pct(dec.growthPct()) + " on a year earlier",
                "2017年12月份，全部工业总产值（不变价）按可比口径同比增长" + pct(dec.growthPct()) + "。"));
        out.add(new Stated("In January–December 2017, it grew " + pct(ytd.growthPct()) + ".", "1–12月份，同比增长" + pct(ytd.growthPct()) + "。"));

        Expected2017.Sums robots = expected.yearToDate("product.industrial_robot", DEC, false), nev = expected.yearToDate("product.nev", DEC, false);
        // the demo's calibration (NBS, 2017: robots up 68.1%, new-energy vehicles 794,000 up 51.1%), within what a 3,000-firm panel keeps
        assertEquals(68.1, robots.growthPct(), 6, "robots' 2017 growth");
        assertEquals(51.1, nev.growthPct(), 6, "new-energy vehicles' 2017 growth");
        assertTrue(robots.level() >= 1e4 && robots.level() < 1e7 && nev.level() >= 1e4 && nev.level() < 1e7, "both in 万 with one decimal");
        out.add(new Stated(thousands(robots.level()) + " sets in January–December 2017, up " + pct(robots.growthPct()) + ".",
                "1–12月份产量" + wan(robots.level()) + "套，同比增长" + pct(robots.growthPct()) + "。"));
        out.add(new Stated(thousands(nev.level()) + " vehicles in January–December 2017, up " + pct(nev.growthPct()) + ".",
                "1–12月份产量" + wan(nev.level()) + "辆，同比增长" + pct(nev.growthPct()) + "。"));

        // the division contributing most to December's growth, with its points
        String top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (String d : expected.divisions()) {
            if (expected.month("output_value", DEC, d, true).base() == 0) continue;
            double pp = expected.contributionPp(d, DEC);
            if (pp > best) { best = pp; top = d; }
        }
        assertNotNull(top);
        var ind = REF.industries().get(top);
        out.add(new Stated("The largest contributions to growth came from " + (ind.nameEn() == null || ind.nameEn().isBlank() ? ind.nameZh() : ind.nameEn())
                + " (" + pct(best).replace("%", "") + " percentage points", "拉动全部工业增长最多的行业：" + ind.nameZh() + "拉动" + pct(best).replace("%", "") + "个百分点"));
        return out;
    }

    // ---- the page, the PDF, the CLI ----

    static HttpResponse<byte[]> get(String path, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (auth != null) b.header("Authorization", auth);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) { return new String(r.body(), StandardCharsets.UTF_8); }

    /** The page's text as a reader sees it (tags dropped, entities read). */
    static String readable(String html) {
        return html.replaceAll("<[^>]+>", "\n").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void theDecemberPressReleaseStatesTheFiguresAsComputedInBothLanguages() throws Exception {
        HttpResponse<byte[]> en = get("/releases/" + december.id() + "/press?lang=en", null);
        assertEquals(200, en.statusCode(), text(en));
        assertTrue(en.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        HttpResponse<byte[]> zh = get("/releases/" + december.id() + "/press?lang=zh", null);
        assertEquals(200, zh.statusCode());
        String enText = readable(text(en)), zhText = readable(text(zh));
        assertTrue(enText.contains("Industrial production, December 2017"), enText);
        assertTrue(zhText.contains("2017年12月份工业生产情况"), zhText);
        for (Stated s : statements()) {
            assertTrue(enText.contains(s.en()), () -> "English page lacks «" + s.en() + "»:\n" + enText);
            assertTrue(zhText.contains(s.zh()), () -> "Chinese page lacks «" + s.zh() + "»:\n" + zhText);
        }
        assertTrue(text(en).contains("@media print"), "a print style sheet");
    }

    @Test
    void thePdfCarriesTheSameFiguresWithTheChineseFontEmbedded() throws Exception {
        if (CjkFont.find() == null) { // as the browser tests install their browser: the project's script, idempotent
            Process p = new ProcessBuilder("bash", "../scripts/install-fonts.sh").inheritIO().start();
            assertEquals(0, p.waitFor(), "scripts/install-fonts.sh failed");
        }
        assertNotNull(CjkFont.find(), "a TrueType CJK font (scripts/install-fonts.sh)");
        for (String lang : List.of("en", "zh")) {
            HttpResponse<byte[]> pdf = get("/releases/" + december.id() + "/press.pdf?lang=" + lang, null);
            assertEquals(200, pdf.statusCode(), () -> text(pdf));
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            String t = pdfText(pdf.body()).replaceAll("\\s+", "");
            for (Stated s : statements()) {
                String want = (lang.equals("zh") ? s.zh() : s.en()).replaceAll("\\s+", "");
                assertTrue(t.contains(want), () -> lang + " PDF lacks «" + want + "»:\n" + t);
            }
        }
    }

    @Test
    void theCliWritesTheSamePressReleaseAsHtmlAndPdf() throws Exception {
        Path html = dir.resolve("out/press-zh.html"), pdf = dir.resolve("out/press-en.pdf");
        // the CLI opens the store itself: the test's connection is shared in-process by DuckDB's driver
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute("release", "press", "--db", dbUrl, "--release", Long.toString(december.id()), "--lang", "zh", "--format", "html",
                "--out", html.toString()), err::toString);
        assertTrue(out.toString().startsWith("wrote the Chinese press release of release " + december.id() + " (2017-12, published)"), out.toString());
        assertEquals(0, cl.execute("release", "press", "--db", dbUrl, "--release", Long.toString(december.id()), "--lang", "en", "--format", "pdf",
                "--out", pdf.toString()), err::toString);
        String page = readable(Files.readString(html)), t = pdfText(Files.readAllBytes(pdf)).replaceAll("\\s+", "");
        for (Stated s : statements()) {
            assertTrue(page.contains(s.zh()), s.zh());
            assertTrue(t.contains(s.en().replaceAll("\\s+", "")), s.en());
        }
        assertEquals(2, cl.execute("release", "press", "--db", dbUrl, "--release", "999", "--out", pdf.toString()));
        assertTrue(err.toString().contains("there is no release 999"), err.toString());
        assertEquals(2, cl.execute("release", "press", "--db", dbUrl, "--release", "1", "--lang", "fr", "--out", pdf.toString()));
        assertTrue(err.toString().contains("--lang: 'fr' is not en or zh"), err.toString());
    }

    @Test
    void aDraftIsStaffOnlyAndMarkedAsAPreview() throws Exception {
        String path = "/releases/" + draft.id() + "/press";
        assertEquals(404, get(path, null).statusCode(), "the public never sees a release before it is public");
        assertEquals(404, get(path + ".pdf", null).statusCode());
        HttpResponse<byte[]> staff = get(path + "?lang=en", analyst);
        assertEquals(200, staff.statusCode(), text(staff));
        assertTrue(text(staff).contains("Staff preview: this release is not public (status DRAFT)."));
        assertTrue(readable(text(staff)).contains("In November 2017, industrial output at constant prices grew "
                + pct(expected.month("output_value", Period.of(2017, 11), null, true).growthPct())), text(staff));
        assertEquals("no-store", staff.headers().firstValue("Cache-Control").orElse(""));
        // approved, embargo tomorrow: still not public by the clock
        Releases.approve(db, draft.id(), "pat", Instant.now().plus(1, ChronoUnit.DAYS), Instant.now());
        assertEquals(404, get(path + "?lang=zh", null).statusCode());
        assertTrue(text(get(path + "?lang=zh", analyst)).contains("内部预览：本次发布尚未公开（状态：APPROVED）。"));
        assertEquals(404, get("/releases/999/press", analyst).statusCode());
        assertEquals(400, get("/releases/" + december.id() + "/press?lang=fr", null).statusCode());
    }

    @Test
    void theTargetsAndTheOutlookFrozenWithTheReleaseAreStated() throws Exception {
        String en = readable(text(get("/releases/" + december.id() + "/press?lang=en", null)));
        var steel = org.momentum.store.PublishedTargets.read(db, december.id()).target(org.momentum.app.demo.DemoTargets.STEEL);
        assertNotNull(steel, "the demo's steel target is on the December board");
        assertTrue(en.contains("Cut crude-steel capacity by more than 50 Mt in 2017: " + steel.status().labelEn().toLowerCase(Locale.ROOT) + ". Outcome \u2212"
                + BigDecimal.valueOf(-steel.outcome() / 1e6).setScale(1, RoundingMode.HALF_UP) + " million tonnes per year against a goal of \u221250.0 million tonnes per year by December 2017."), en);
        var outlook = org.momentum.store.PublishedOutlook.read(db, december.id(), "output_value_real", "ALL", "ALL");
        assertNotNull(outlook, "a release with output_value_real carries its outlook");
        assertTrue(en.contains("Industrial output at constant prices is expected to grow about " + Math.round(outlook.growthPct()) + "% in " + outlook.year()), en);
    }

    @Test
    void theCalendarAndTheDashboardLinkToThePressRelease() throws Exception {
        assertTrue(text(get("/releases", null)).contains("href=\"/releases/" + december.id() + "/press\""));
        assertFalse(text(get("/releases", null)).contains("/releases/" + draft.id() + "/press"), "a draft is not in the public calendar");
        assertTrue(text(get("/?lang=zh", null)).contains("href=\"/releases/" + december.id() + "/press?lang=zh\""));
        assertTrue(Releases.all(db).size() >= 2);
    }
}
