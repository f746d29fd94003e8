package org.momentum.app.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.web.TestAccounts;
import org.momentum.classification.Period;
import org.momentum.dissemination.ReleaseStatus;
import org.momentum.security.Role;
import org.momentum.store.EnterpriseReports;
import org.momentum.store.Releases;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The enterprise portal and the release workflow in headless Chromium, signed in through the login page as real
 * accounts: reporter A (E1a: output 44 in 2017-03, 36 in 2016-04), reporter B (E2a) and a publisher. One flow, in
 * order. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTest {
    ReleaseScenario s;
    WebDriver browser;

    @BeforeAll
    void open(@TempDir Path dir) throws Exception {
        s = new ReleaseScenario(dir);
        TestAccounts.bearer(s.db, "reporter-a", Role.REPORTER, Set.of("E1a"), Set.of());
        TestAccounts.bearer(s.db, "reporter-b", Role.REPORTER, Set.of("E2a"), Set.of());
        TestAccounts.bearer(s.db, "publisher", Role.PUBLISHER, Set.of(), Set.of());
        browser = DashboardBrowserTest.Browser.open();
    }

    @AfterAll
    void close() {
        if (browser != null) browser.quit();
        if (s != null) s.close();
    }

    @Test
    void reportThenIsolationThenApproval() throws Exception {
        // reporter A: a bad value is shown beside its field at once, and the form is not sent
        logIn("reporter-a");
        waitFor(() -> browser.getCurrentUrl().endsWith("/portal"), "a reporter lands on the portal");
        WebElement output = browser.findElement(By.id("f-output_value"));
        assertEquals("44", output.getAttribute("data-last-month"));
        output.sendKeys("-5");
        waitFor(() -> errorText("f-output_value").contains("negative"), "the error beside the field as it is typed");
        assertEquals("true", output.getAttribute("aria-invalid"));
        browser.findElement(By.id("submit-report")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/portal"), "not sent");
        assertEquals("f-output_value", js("return document.activeElement.id;"), "the keyboard focus goes to the field to correct");
        screenshot("portal-error");
        // on a phone: the form fits, no sideways scrolling
        org.openqa.selenium.Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            long overflow = ((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
            assertEquals(0, overflow, "no sideways scrolling on a phone");
            screenshot("portal-phone");
        } finally {
            browser.manage().window().setSize(desktop);
        }
        // 100 is +127 % on last month: the explanation becomes required
        output.clear();
        output.sendKeys("100");
        waitFor(() -> browser.findElement(By.id("warn-f-output_value")).getText().contains("50%"), "the large change is flagged");
        assertEquals("", errorText("f-output_value"));
        browser.findElement(By.id("submit-report")).click();
        waitFor(() -> !browser.findElement(By.id("err-explanation")).getText().isEmpty(), "an explanation is asked for");
        assertEquals("explanation", js("return document.activeElement.id;"));
        // a good value: the receipt
        output.clear();
        output.sendKeys("45");
        browser.findElement(By.id("submit-report")).click();
        waitFor(() -> browser.getCurrentUrl().contains("/portal/receipts/"), "the receipt page");
        String receiptUrl = browser.getCurrentUrl();
        String receipt = browser.findElement(By.id("receipt-id")).getText();
        assertFalse(receipt.isBlank());
        assertEquals(45.0, EnterpriseReports.month(s.db, "E1a", Period.of(2017, 4)).get("output_value"));
        screenshot("portal-receipt");
        // the language switch keeps the page
        browser.findElement(By.id("lang-zh")).click();
        waitFor(() -> browser.getCurrentUrl().contains("lang=zh"), "the Chinese page");
        assertTrue(browser.getCurrentUrl().contains("/portal/receipts/" + receipt), browser.getCurrentUrl());
        assertEquals("回执", browser.findElement(By.tagName("h2")).getText());
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("lang-en")).click();
        waitFor(() -> browser.getCurrentUrl().contains("lang=en"), "back to English");
        browser.get(s.base + "/portal/history");
        assertTrue(browser.findElement(By.id("receipts")).getText().contains(receipt), "the receipt in A's history");
        logOut();

        // reporter B sees nothing of A's: not in its history, not on its form, not by A's id or A's receipt URL
        logIn("reporter-b");
        waitFor(() -> browser.getCurrentUrl().endsWith("/portal"), "B's portal");
        assertTrue(browser.findElement(By.cssSelector(".who")).getText().startsWith("E2a"));
        browser.get(s.base + "/portal/history");
        String history = browser.findElement(By.tagName("main")).getText();
        assertFalse(history.contains("E1a") || history.contains(receipt), history);
        browser.get(s.base + "/portal?enterprise=E1a");
        String refused = browser.findElement(By.tagName("body")).getText();
        assertTrue(refused.contains("does not report for that enterprise"), refused);
        assertFalse(refused.contains("44"));
        browser.get(receiptUrl);
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("no receipt"), "A's receipt is not found for B");
        browser.get(s.base + "/portal");
        logOut();

        // a publisher creates a draft (progress polled), then approves it with an embargo time
        logIn("publisher");
        browser.get(s.base + "/releases/manage");
        assertTrue(browser.findElement(By.id("nav")).getText().contains("Release workflow"));
        js("document.getElementById('create-period').value = '2017-03';");
        browser.findElement(By.id("create")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("#draft tbody tr")).isEmpty(), "the draft appears when its creation is done");
        long id = Long.parseLong(browser.findElement(By.cssSelector("#draft tbody tr td")).getText());
        js("document.getElementById('embargo-" + id + "').value = '2030-04-17T09:30';");
        screenshot("releases-draft");
        browser.findElement(By.id("approve-" + id)).click();
        waitFor(() -> !browser.findElements(By.id("publish-" + id)).isEmpty(), "approved, with its publish button");
        assertTrue(browser.findElement(By.id("approved")).getText().contains("2030-04-17 09:30:00"), "the embargo in China time");
        assertEquals(ReleaseStatus.APPROVED, Releases.get(s.db, id).status());
        assertEquals("publisher", Releases.get(s.db, id).approvedBy());
        screenshot("releases-approved");
    }

    // ---- helpers ----

    private void logIn(String user) {
        browser.get(s.base + "/login");
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        waitFor(() -> !browser.getCurrentUrl().contains("/login"), user + " logs in");
    }

    private void logOut() {
        browser.findElement(By.cssSelector("form.logout button")).click();
        waitFor(() -> browser.manage().getCookieNamed("momentum_session") == null, "logged out");
    }

    private String errorText(String field) { return browser.findElement(By.id("err-" + field)).getText(); }

    private Object js(String script) { return ((JavascriptExecutor) browser).executeScript(script); }

    private void waitFor(java.util.function.BooleanSupplier ok, String what) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> ok.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(what + " (timed out) at " + browser.getCurrentUrl() + "\n" + browser.findElement(By.tagName("body")).getAttribute("innerHTML"));
        }
    }

    private void screenshot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(f.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
