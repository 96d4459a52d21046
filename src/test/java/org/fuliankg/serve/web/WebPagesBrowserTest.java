package org.fuliankg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.fuliankg.serve.KgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a researcher meets them: a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; other paths via {@code -Dchromium=… -Dchromedriver=…}) on the real server over the seeds.
 * Screenshots go to {@code target/screenshots/}. Without Chromium the test is skipped with how to install it, unless
 * {@code FULIAN_KG_REQUIRE_BROWSER=1} (set by {@code .ci/run}) makes that a failure.
 */
class WebPagesBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String REQUIRE_BROWSER = "FULIAN_KG_REQUIRE_BROWSER";
    private static final String MISSING = "the browser test needs Chromium and its driver: apt-get install -y chromium "
            + "chromium-driver fonts-wqy-zenhei (looked for " + CHROMIUM + " and " + CHROMEDRIVER + ")";

    @TempDir
    static Path dataDir;
    @TempDir
    static Path profileDir;

    private static KgServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // CI sets FULIAN_KG_REQUIRE_BROWSER=1 (.ci/run): there a missing browser fails; elsewhere each test is skipped
        if ("1".equals(System.getenv(REQUIRE_BROWSER))) assertTrue(installed, MISSING + "; " + REQUIRE_BROWSER + "=1");
        if (!installed) return;
        server = WebPagesTest.startOnSeeds(dataDir);
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,900",
                "--user-data-dir=" + profileDir);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    /** Skipped, saying how to install the browser, where it is missing (and not required). */
    @BeforeEach
    void browserInstalled() {
        assumeTrue(browser != null, MISSING);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void aQueryFromTheListRunsAndShowsRows() throws IOException {
        browser.get(base() + "/");
        var wait = waitUpTo(30);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        browser.findElement(By.cssSelector("#queries a[data-file='officials.rq']")).click();
        String loaded = (String) script("return yasgui.getTab().getQuery();");
        assertTrue(loaded.contains("fl:PostHolding"), "officials.rq is in the editor: " + loaded);

        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".yasr tbody tr"), 0));
        List<WebElement> cells = browser.findElements(By.cssSelector(".yasr tbody td"));
        assertTrue(cells.stream().anyMatch(c -> c.getText().contains("主席")), "a chair is among the rows");
        screenshot("query-page.png");
    }

    @Test
    void anEntityPageLeadsToItsDrawnNeighbourhood() throws IOException {
        browser.get(base() + "/entity?iri=" + URLEncoder.encode(WebPagesTest.FEDERATION, StandardCharsets.UTF_8));
        assertEquals("自贡市妇联", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> quotes = browser.findElements(By.cssSelector("blockquote.source .sentence"));
        assertFalse(quotes.isEmpty(), "the sentences it was read from are shown");
        List<WebElement> timeline = browser.findElements(By.cssSelector("ol.timeline li a.post"));
        assertTrue(timeline.stream().anyMatch(a -> a.getText().equals("自贡市妇联 主席 · 沈焰林")),
                "the post timeline names its chair: " + timeline.stream().map(WebElement::getText).toList());
        assertTrue(timeline.get(0).isDisplayed());
        screenshot("entity-page.png");

        browser.findElement(By.id("graph-link")).click();
        var wait = waitUpTo(30);
        wait.until(d -> ((Number) script("return window.cy ? cy.nodes().length : 0;")).intValue() > 1);
        assertFalse(browser.findElements(By.cssSelector("#cy canvas")).isEmpty(), "Cytoscape drew on a canvas");
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) script("return cy.nodes().map(n => n.data('label'));");
        assertTrue(labels.contains("四川省妇联"), "its parent federation, labelled in Chinese: " + labels);

        // Clicking a node adds its neighbours: the provincial federation brings its other cities.
        long before = (Long) script("return cy.nodes().length;");
        script("cy.nodes().filter(n => n.data('label') === '四川省妇联').emit('tap');");
        wait.until(d -> (Long) script("return cy.nodes().length;") > before);
        assertTrue(browser.findElement(By.id("selected-page")).getAttribute("href").contains("/entity?iri="),
                "the selected node links to its entity page");
        screenshot("graph-view.png");
    }

    @Test
    void aProgrammePageDrawsItsMoneyPerYearAndABarLeadsToItsFigures() throws IOException {
        browser.get(base() + "/id/programme/%E6%98%A5%E8%95%BE%E8%AE%A1%E5%88%92"); // 春蕾计划
        var wait = waitUpTo(30);
        wait.until(d -> (Boolean) script("return !!window.ledgerChart;"));
        @SuppressWarnings("unchecked")
        List<String> years = (List<String>) script("return ledgerChart.data.labels;");
        assertEquals(List.of("2022"), years);
        assertEquals(10_400_800L, ((Number) script("return ledgerChart.data.datasets[0].data[0];")).longValue());
        screenshot("programme-ledger.png");

        // a click in the middle of the 2022 received bar goes to that year's figures
        script("const bar = ledgerChart.getDatasetMeta(0).data[0];"
                + "const rect = ledgerChart.canvas.getBoundingClientRect();"
                + "ledgerChart.canvas.dispatchEvent(new MouseEvent('click', {clientX: rect.left + bar.x,"
                + " clientY: rect.top + (bar.y + bar.base) / 2, bubbles: true}));");
        wait.until(d -> ((String) script("return location.hash;")).equals("#ledger-2022"));
        assertTrue(browser.findElement(By.id("ledger-2022")).isDisplayed());
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
