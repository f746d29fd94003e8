package org.momentum.app.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.classification.Period;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public dashboard in a real headless Chromium (Debian's chromium and chromium-driver, installed by
 * scripts/install-browser.sh when missing), over {@link ReleaseScenario}'s store with the 2017-03 release
 * published. Expected numbers are worked by hand from the scenario's levels: total output 2017-03 = 392
 * (2016-03: 320, 2017-02: 358), division 34 = E1 = 132 (2016-03: 110). Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {
    ReleaseScenario s;
    String beforeRelease;
    WebDriver browser;

    @BeforeAll
    void publishAndOpenBrowser(@TempDir Path dir) throws Exception {
        s = ReleaseScenario.withPricesAndSteelTarget(dir);
        beforeRelease = s.request("/").body();
        // cut off after the prices: the release carries output at comparable prices, its outlook and the steel target
        s.publishAtEmbargo(s.approved(Period.of(2017, 3), s.clock.instant(), 0, null));
        browser = Browser.open();
    }

    @AfterAll
    void close() {
        if (browser != null) browser.quit();
        if (s != null) s.close();
    }

    @Test
    void beforeAnyReleaseThePublicSeesNoWorkingData() {
        assertTrue(beforeRelease.contains("id=\"no-release\""), beforeRelease);
        assertFalse(beforeRelease.contains("392"), "the working figures are not public");
    }

    @Test
    void dashboardDrawsItsCharts() throws Exception {
        browser.get(s.base + "/");
        waitFor(() -> drawnPixels("#trend") > 2000, "the trend chart draws");
        waitFor(() -> drawnPixels(".spark") > 5, "the first sparkline draws (one point here: Jan–Feb have no monthly growth)");
        assertTrue(browser.findElement(By.cssSelector(".tile .big")).getText().equals("+22.5%"), "392 / 320 − 1");
        // the release's outlook: April–December 2017 drawn as the 80% and 95% fan; the adjusted series (15 months are
        // too few for X-13) said to be absent, the chart still drawn
        waitFor(() -> "9".equals(browser.findElement(By.id("trend")).getAttribute("data-fan")), "the forecast fan is drawn");
        waitFor(() -> browser.findElement(By.id("trend-notes")).getText().contains("seasonally adjusted"), "absent parts are named");
        assertFalse(browser.findElement(By.id("trend-notes")).getText().contains("forecast fan"));
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js("return echarts.getInstanceByDom(document.getElementById('trend')).getOption().series.map(function(x){return x.name;});");
        assertTrue(names.contains("80% interval") && names.contains("95% interval"), names.toString());
        // the fan starts from the level at the prices of 2017's months: its first month's band holds the forecast
        @SuppressWarnings("unchecked")
        List<Object> mean = (List<Object>) js("var o = echarts.getInstanceByDom(document.getElementById('trend')).getOption();"
                + "var s = o.series.filter(function(x){return x.name.indexOf('Forecast') === 0;})[0]; return s.data[0];");
        assertEquals("2017-04", mean.get(0));
        assertTrue(((Number) mean.get(1)).doubleValue() > 300 && ((Number) mean.get(1)).doubleValue() < 500, mean.toString());
        WebElement div34 = row("sectors", "34");
        // growth at comparable prices (the release has a prices file: PPI 1.02): 132 / 110 / 1.02 − 1
        assertEquals("+17.6", div34.findElements(By.tagName("td")).get(2).getText(), "132 / 110 / 1.02 − 1");
        assertEquals("33.7", div34.findElements(By.tagName("td")).get(4).getText(), "share 132 / 392");
        // sorting by share, descending: the total first, then 36 (260 / 392 = 66.3 %)
        browser.findElement(By.cssSelector("#sectors th:nth-child(5) button")).click();
        List<WebElement> rows = browser.findElements(By.cssSelector("#sectors tbody tr"));
        assertEquals("ALL", rows.get(0).findElement(By.tagName("td")).getText());
        assertEquals("descending", browser.findElement(By.cssSelector("#sectors th:nth-child(5)")).getAttribute("aria-sort"));
        screenshot("dashboard");
    }

    @Test
    void targetsBoardShowsTheSteelTargetAchieved() throws Exception {
        browser.get(s.base + "/targets");
        WebElement steel = browser.findElement(By.cssSelector("#targets tr[data-target='steel-capacity-2017']"));
        List<WebElement> td = steel.findElements(By.tagName("td"));
        assertEquals("Achieved", td.get(5).getText(), "cut 60 t of the 50 t before the deadline");
        assertEquals("achieved", td.get(5).getAttribute("class"));
        assertEquals("100", steel.findElement(By.tagName("progress")).getAttribute("value").replace(".0", ""), "the bar is full");
        assertEquals("120.0%", td.get(4).getText().trim());
        assertFalse(td.get(6).getText().isEmpty(), "a probability, or — without a forecast");
        screenshot("targets");
        browser.get(s.base + "/targets?lang=zh");
        assertEquals("已完成", browser.findElement(By.cssSelector("#targets tr[data-target='steel-capacity-2017'] td.achieved")).getText());
        assertEquals(401, s.request("/working/targets").statusCode(), "the working board stays staff-only");
    }

    @Test
    void mapShowsTheProvinces() throws Exception {
        browser.get(s.base + "/");
        waitFor(() -> "34".equals(browser.findElement(By.id("map")).getAttribute("data-drawn")), "the boundaries are registered (34 features)");
        waitFor(() -> drawnPixels("#map") > 20000, "the map draws");
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js("return echarts.getInstanceByDom(document.getElementById('map')).getOption().series[0].data.map(function(d){return d.name;});");
        assertEquals(List.of("北京", "上海"), names, "the provinces with published figures, by the boundaries' names");
        screenshot("map");
    }

    @Test
    void fitsAPhone() throws Exception {
        org.openqa.selenium.Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.get(s.base + "/");
            waitFor(() -> drawnPixels("#trend") > 1000, "the trend chart draws on a phone");
            long overflow = ((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
            assertEquals(0, overflow, "no sideways scrolling of the page (wide tables scroll inside themselves)");
            screenshot("dashboard-phone");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void languageSwitchKeepsThePage() throws Exception {
        browser.get(s.base + "/explorer?measure=output_value&industry=ALL&region=ALL&units=pc1");
        browser.findElement(By.id("lang-zh")).click();
        waitFor(() -> browser.getCurrentUrl().contains("lang=zh"), "the Chinese page");
        assertTrue(browser.getCurrentUrl().contains("/explorer?") && browser.getCurrentUrl().contains("units=pc1"), browser.getCurrentUrl());
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("数据查询", browser.findElement(By.tagName("h2")).getText());
        browser.findElement(By.id("lang-en")).click();
        waitFor(() -> browser.getCurrentUrl().contains("lang=en"), "back to English");
        assertTrue(browser.getCurrentUrl().contains("units=pc1"));
        assertEquals("Series explorer", browser.findElement(By.tagName("h2")).getText());
    }

    @Test
    void explorerChangesUnits() throws Exception {
        browser.get(s.base + "/explorer?measure=output_value&industry=ALL&region=ALL&units=lin");
        assertEquals("392", cellOf("2017-03"));
        new Select(browser.findElement(By.id("units"))).selectByValue("pc1");
        waitFor(() -> browser.getCurrentUrl().contains("units=pc1"), "the form is submitted on change");
        assertEquals("+22.5", cellOf("2017-03"), "392 / 320 − 1");
        waitFor(() -> drawnPixels("#explorer") > 2000, "the explorer chart draws");
        screenshot("explorer-yoy");
        new Select(browser.findElement(By.id("units"))).selectByValue("pch");
        waitFor(() -> browser.getCurrentUrl().contains("units=pch"), "month on month");
        assertEquals("+9.5", cellOf("2017-03"), "392 / 358 − 1 = 9.497 %");
        assertTrue(browser.findElement(By.id("mom-note")).getText().contains("not seasonally adjusted"));
    }

    @Test
    void downloadsOfEveryTable() throws Exception {
        String sectors = s.request("/downloads/sectors.csv").body();
        assertEquals("period,industry,name,yoy_pct,contribution_pp,share_pct,status", sectors.lines().findFirst().orElseThrow());
        String[] div34 = sectors.lines().filter(l -> l.startsWith("2017-03,34,")).findFirst().orElseThrow().split(",");
        assertEquals((132.0 / 110 / 1.02 - 1) * 100, Double.parseDouble(div34[3]), 1e-9, "132 / 110 / 1.02 − 1, at comparable prices");
        assertEquals(100 * 132.0 / 392, Double.parseDouble(div34[5]), 1e-9);
        String provinces = s.request("/downloads/provinces.csv?lang=zh").body();
        assertTrue(provinces.contains("2017-03,output_value,110000,北京市,132,"), provinces);
        String headline = s.request("/downloads/headline.csv").body();
        String[] total = headline.lines().filter(l -> l.startsWith("2017-03,output_value,")).findFirst().orElseThrow().split(",");
        assertEquals(22.5, Double.parseDouble(total[3]), 1e-9, "392 / 320 − 1");
        String explorer = s.request("/downloads/explorer.csv?measure=output_value&industry=ALL&region=ALL&units=pc1&compare=output_value.34.ALL&add=1").body();
        assertEquals("period,output_value.34.ALL.pc1,output_value.ALL.ALL.pc1", explorer.lines().findFirst().orElseThrow());
        byte[] xlsx = s.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base + "/downloads/explorer.xlsx?units=pc1")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row march = null;
            for (org.apache.poi.ss.usermodel.Row row : sheet) if ("2017-03".equals(row.getCell(0).getStringCellValue())) march = row;
            assertTrue(march != null, "a row for 2017-03");
            assertEquals(22.5, march.getCell(1).getNumericCellValue(), 1e-9, "the XLSX holds the same growth as a number");
        }
        // every table's download as a workbook too: the same rows as its CSV
        for (String table : List.of("sectors", "provinces", "headline")) {
            byte[] book = s.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base + "/downloads/" + table + ".xlsx")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
            long csvRows = s.request("/downloads/" + table + ".csv").body().lines().count();
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook b = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(book))) {
                org.apache.poi.ss.usermodel.Sheet sh = b.getSheetAt(0);
                int data = 0;
                for (org.apache.poi.ss.usermodel.Row row : sh) if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().startsWith("2017-03")) data++;
                assertEquals(csvRows - 1, data, table);
            }
        }
        assertEquals(400, s.request("/explorer?units=log").statusCode(), "the explorer's units are level, YoY and MoM");
        assertEquals(404, s.request("/products/gold").statusCode());
        assertTrue(s.request("/products/nev").body().contains("id=\"no-release\""), "a product not in any release is absent, not zero");
        assertEquals("public, max-age=86400", s.request("/assets/js/dashboard.js").headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void noInlineScriptSoACspWithoutUnsafeInlineHolds() throws Exception {
        for (String page : List.of("/", "/explorer?units=pc1", "/products/cement", "/?lang=zh", "/targets", "/targets?lang=zh")) {
            String html = s.request(page).body();
            assertFalse(html.matches("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"), page + " has an inline script");
            assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), page + " has an inline event handler");
        }
    }

    // ---- helpers ----

    private String cellOf(String period) {
        for (WebElement tr : browser.findElements(By.cssSelector("#explorer-table tbody tr"))) {
            List<WebElement> td = tr.findElements(By.tagName("td"));
            if (td.get(0).getText().equals(period)) return td.get(1).getText();
        }
        throw new AssertionError("no row " + period);
    }

    private WebElement row(String table, String code) {
        for (WebElement tr : browser.findElements(By.cssSelector("#" + table + " tbody tr")))
            if (tr.findElement(By.tagName("td")).getText().equals(code)) return tr;
        throw new AssertionError("no row " + code + " in " + table);
    }

    /** Pixels of the element's first canvas that are not transparent: a blank canvas has none. */
    private long drawnPixels(String selector) {
        Object n = js("var c = document.querySelector(arguments[0] + ' canvas'); if (!c || !c.width) return 0;"
                + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, k = 0;"
                + "for (var i = 3; i < d.length; i += 4) if (d[i] > 0) k++; return k;", selector);
        return ((Number) n).longValue();
    }

    private Object js(String script, Object... args) { return ((JavascriptExecutor) browser).executeScript(script, args); }

    private void waitFor(java.util.function.BooleanSupplier ok, String what) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> ok.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(what + " (timed out) at " + browser.getCurrentUrl() + "\n" + browser.findElement(By.tagName("main")).getAttribute("innerHTML"));
        }
    }

    private void screenshot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(f.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Headless Debian Chromium through its chromedriver; never Selenium Manager (nothing is downloaded at run time). */
    static final class Browser {
        static WebDriver open() throws Exception {
            if (!Files.isExecutable(Path.of("/usr/bin/chromedriver")) || !Files.isExecutable(Path.of("/usr/bin/chromium"))) {
                Process p = new ProcessBuilder("bash", "../scripts/install-browser.sh").inheritIO().start();
                assertEquals(0, p.waitFor(), "scripts/install-browser.sh failed");
            }
            ChromeOptions o = new ChromeOptions();
            o.setBinary("/usr/bin/chromium");
            o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1800", "--lang=en");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            return new ChromeDriver(service, o);
        }
    }
}
