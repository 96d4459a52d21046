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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.fuliankg.serve.KgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

    private static final String PREFIXES = "PREFIX fl: <https://w3id.org/fulian-kg/ontology#> "
            + "PREFIX org: <http://www.w3.org/ns/org#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> ";
    /** The graphs of the documents (one per input; the reference data and person links are others). */
    private static final String IN_DOCUMENTS = "FILTER (STRSTARTS(STR(?g), 'https://w3id.org/fulian-kg/graph/')) ";

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
        browser.findElement(By.cssSelector(".to-query a")).click(); // the editor, one click from the front page
        var wait = waitUpTo(30);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        browser.findElement(By.cssSelector("#queries a[data-file='officials.rq']")).click();
        String loaded = (String) script("return yasgui.getTab().getQuery();");
        assertTrue(loaded.contains("SELECT ?file ?name ?position ?org ?orgWritten"), "officials.rq is in the editor: " + loaded);

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

    @Test
    void theFrontPageShowsTheStoresCountsAndItsSearchLeadsToAPersonsPage() throws IOException {
        browser.get(base() + "/");
        Map<String, String> counted = new LinkedHashMap<>();
        for (String[] c : new String[][] {{"documents", "fl:Document"}, {"federations", "fl:WomensFederation"},
                {"persons", "foaf:Person"}, {"posts", "org:Post"}, {"post-holdings", "fl:PostHolding"},
                {"programmes", "fl:Programme"}, {"funding-figures", "fl:FundingFigure"}}) {
            counted.put(c[0], "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a " + c[1] + " } " + IN_DOCUMENTS + "}");
        }
        counted.put("other-organisations", "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a org:Organization } "
                + IN_DOCUMENTS + " MINUS { ?s a fl:WomensFederation } }");
        counted.put("officials", "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?post org:heldBy ?s }");
        counted.put("hierarchy", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/fulian-kg/reference-data> "
                + "{ ?s a fl:WomensFederation } }");
        counted.forEach((key, query) -> {
            long expected = count(query);
            WebElement shown = browser.findElement(By.cssSelector(".count[data-key='" + key + "']"));
            assertEquals(String.format(java.util.Locale.ROOT, "%,d", expected), shown.findElement(By.className("n"))
                    .getText(), key + " shown as the store counts it");
            assertTrue(expected > 0, key + ": the seeds have some");
        });
        long documents = count(counted.get("documents"));
        List<WebElement> years = browser.findElements(By.cssSelector("#years tr[data-value]"));
        assertEquals(documents, years.stream().mapToLong(y -> Long.parseLong(y.getAttribute("data-value"))).sum(),
                "every document is in one year's bar");
        assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { ?d a fl:Document ; dcterms:date ?date "
                        + "FILTER (STRSTARTS(STR(?date), '2023')) }"),
                years.stream().filter(y -> y.getText().startsWith("2023")).mapToLong(y -> Long.parseLong(
                        y.getAttribute("data-value"))).sum(), "documents of 2023");
        assertFalse(browser.findElements(By.cssSelector("#provinces tr[data-value] a[href='/id/region/510000']")).isEmpty(),
                "四川省 is among the provinces, linked to its page");
        assertTrue(browser.findElement(By.cssSelector("#programmes tr[data-value] a")).getText().equals("春蕾计划"),
                "the programme with most figures comes first");
        assertEquals(base() + "/query", browser.findElement(By.cssSelector(".to-query a")).getAttribute("href"));
        screenshot("front-page.png");

        WebElement box = browser.findElement(By.id("search"));
        box.sendKeys("沈焰林");
        box.submit();
        WebElement hit = waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.linkText("沈焰林")));
        screenshot("search-results.png");
        hit.click();
        assertEquals("沈焰林", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getCurrentUrl().contains("/id/person/"), browser.getCurrentUrl());
        screenshot("person-page.png");

        // traditional-script input finds the simplified name
        browser.get(base() + "/search?q=" + URLEncoder.encode("自貢市婦聯", StandardCharsets.UTF_8));
        assertFalse(browser.findElements(By.linkText("自贡市妇联")).isEmpty(), browser.getPageSource());
    }

    @Test
    void aRunningTotalIsListedWithItsPeriodNotDrawnOnAnEmptyAxis() throws IOException {
        browser.get(base() + "/id/programme/%E4%B8%A4%E7%99%8C%E6%95%91%E5%8A%A9"); // 两癌救助
        assertTrue(browser.findElements(By.id("ledger-chart")).isEmpty(), "no chart: the programme has no yearly sum");
        assertTrue(browser.findElement(By.className("no-chart")).isDisplayed());
        WebElement total = browser.findElement(By.cssSelector("aside.running-totals li[data-period='2012–2022']"));
        assertTrue(total.getText().contains("14,330,000"), total.getText());
        assertTrue(total.getText().contains("筹集与拨付"), "its measure, plainly named: " + total.getText());
        WebElement received = browser.findElement(By.cssSelector("dl.measures dt[data-measure='received'] + dd"));
        assertTrue(received.getText().contains("拨付") && received.getText().contains("allocated"), received.getText());
        screenshot("programme-running-total.png", browser.findElement(By.id("ledger")));
    }

    @Test
    void federationAndProvincePagesDrawTheirMoneyPerYear() throws IOException {
        browser.get(base() + "/id/org/510500-%E5%A6%87%E8%81%94"); // 泸州市妇联: 727.08万元 raised in 2022
        waitUpTo(30).until(d -> (Boolean) script("return !!window.ledgerChart;"));
        assertEquals(List.of("2022"), script("return ledgerChart.data.labels;"));
        assertEquals(7_270_800L, ((Number) script("return ledgerChart.data.datasets[0].data[0];")).longValue());
        screenshot("federation-ledger.png", browser.findElement(By.id("ledger")));

        browser.get(base() + "/id/region/510000"); // 四川省: its cities' figures, computed here by the ledger query
        waitUpTo(30).until(d -> (Boolean) script("return !!window.ledgerChart;"));
        long sichuan2022 = 0;
        try (var ledger = QueryExecutionHTTP.service(base() + "/kg/sparql",
                Files.readString(Path.of("queries/funding-ledger.rq")))) {
            for (var rows = ledger.execSelect(); rows.hasNext(); ) {
                var row = rows.next();
                if (row.getLiteral("regionCode").getString().startsWith("51") && row.getLiteral("period").getString()
                        .equals("2022") && row.getLiteral("measure").getString().equals("received")
                        && row.contains("lowerBound")) sichuan2022 += row.getLiteral("lowerBound").getLong();
            }
        }
        assertTrue(sichuan2022 > 7_270_800L, "more than 泸州 alone: " + sichuan2022);
        assertEquals(sichuan2022, ((Number) script("return ledgerChart.data.datasets[0].data[0];")).longValue());
        assertFalse(browser.findElements(By.cssSelector("aside.running-totals li[data-period='2012–2022']")).isEmpty(),
                "自贡's running total is listed beside the chart");
        screenshot("province-ledger.png", browser.findElement(By.id("ledger")));
    }

    private static long count(String select) {
        try (var exec = QueryExecutionHTTP.service(base() + "/kg/sparql", PREFIXES + select)) {
            return exec.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Stretches the window to the page's height (at most 4,000 pixels), so a screenshot holds it all; returns its size. */
    private static Dimension stretchWindow() {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) script("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(4000, Math.max(height,
                window.getHeight()) + 140)));
        return window;
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    /** One element of the page, e.g. a section, whole. */
    private static void screenshot(String name, WebElement element) throws IOException {
        Dimension window = stretchWindow();
        File shot = element.getScreenshotAs(OutputType.FILE);
        browser.manage().window().setSize(window);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The whole page. */
    private static void screenshot(String name) throws IOException {
        Dimension window = stretchWindow();
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        browser.manage().window().setSize(window);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
